/// Cuts one page out of rows that match a query: the keyset pagination that
/// every list shares, for stores that hold their rows in memory.
///
/// Complexity: O(*n* log *k*) comparisons for *n* matching rows and a page of *k*.
public struct KeysetPager<Row> {
    let direction: SortDirection
    let cursor: Cursor?
    let limit: Int
    let field: String

    /// A pager for one sort, cursor and limit.
    public init(field: String, direction: SortDirection, cursor: Cursor?, limit: ListLimit) {
        self.field = field
        self.direction = direction
        self.cursor = cursor
        self.limit = limit.value
    }

    /// The page of `rows` (each with its sort key) past the cursor; `total` counts them all.
    public func page(_ rows: some Sequence<(key: SortKey, row: Row)>) -> Page<Row> {
        var total = 0
        // The best `limit + 1` rows past the cursor, kept in order: one more than a page
        // tells whether there is a next page.
        var best: [(key: SortKey, row: Row)] = []
        let capacity = limit + 1
        let ascending = direction == .ascending
        func better(_ lhs: SortKey, _ rhs: SortKey) -> Bool { ascending ? lhs < rhs : rhs < lhs }
        for entry in rows {
            total += 1
            guard isPastCursor(entry.key) else { continue }
            if best.count == capacity, let worst = best.last, !better(entry.key, worst.key) { continue }
            var low = 0
            var high = best.count
            while low < high {
                let middle = (low + high) >> 1
                if better(best[middle].key, entry.key) { low = middle + 1 } else { high = middle }
            }
            best.insert(entry, at: low)
            if best.count > capacity { best.removeLast() }
        }
        let pageRows = best.prefix(limit)
        let next: Cursor? =
            best.count > limit ? pageRows.last.map { Cursor(after: $0.key, field: field, direction: direction) } : nil
        return Page(items: pageRows.map(\.row), total: total, nextCursor: next)
    }

    /// Whether a row with `key` comes strictly after the cursor.
    public func isPastCursor(_ key: SortKey) -> Bool {
        guard let cursor else { return true }
        switch cursor.position {
        case .after(let after):
            return direction == .ascending ? after < key : key < after
        case .timestamp(let milliseconds):
            guard case .integer(let time)? = key.values.first else { return false }
            return direction == .ascending ? time > milliseconds : time < milliseconds
        }
    }
}

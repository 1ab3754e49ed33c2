/// Answering a ``TicketQuery`` from the indexes.
///
/// A selective filter (its smallest group at most ``candidateLimit`` rows, such as one
/// customer's or one agent's tickets) is answered by testing those rows and keeping
/// the best of them. A broad one counts with bitmaps (or a set's own count) and pages
/// by walking the sort order: row order itself while rows are clustered, else the
/// `created_at` or `updated_at` index; priority walks each rank in turn.
extension TicketTable {
    /// The largest candidate set tested row by row.
    var candidateLimit: Int { max(2_048, live.count / 64) }

    func page(_ query: TicketQuery) -> Page<TicketRecord> {
        let filter = filter(for: query)
        let field = query.sort.field
        let descending = query.sort.direction == .descending
        let bound = Self.bound(of: query.cursor, field: field)
        let wanted = query.limit.value + 1
        let estimates = filter.groups.map(estimate)
        if estimates.contains(0) { return Page(items: [], total: 0, nextCursor: nil) }

        var total: Int
        var keys: [RowKey]
        if let smallest = estimates.indices.min(by: { estimates[$0] < estimates[$1] }),
            estimates[smallest] <= candidateLimit, case .anyOf(let sets) = filter.groups[smallest]
        {
            var top = TopRows(capacity: wanted, descending: descending)
            total = 0
            for row in Self.union(sets) where filter.contains(row) {
                total += 1
                let key = key(of: row, by: field)
                if isPast(key, bound, descending: descending) { top.offer(key, in: self) }
            }
            keys = top.keys
        } else {
            let membership: (Int32) -> Bool
            (total, membership) = count(filter)
            keys = walk(field: field, descending: descending, bound: bound, wanted: wanted, where: membership)
        }
        let next =
            keys.count == wanted ? cursor(after: keys[wanted - 2], field: field, direction: query.sort.direction) : nil
        let items = keys.prefix(wanted - 1).compactMap { slots[Int($0.row)]?.value }
        return Page(items: items, total: total, nextCursor: next)
    }

    /// The rows of several sets, each once, in ascending order.
    private static func union(_ sets: [RowSet]) -> [Int32] {
        guard sets.count > 1 else { return sets.first?.rows ?? [] }
        return Array(Set(sets.flatMap(\.rows))).sorted()
    }

    /// How many live rows pass `filter`, and a membership test for them.
    private func count(_ filter: RowFilter) -> (Int, (Int32) -> Bool) {
        let slots = slots
        guard let first = filter.groups.first else { return (live.count, { slots[Int($0)] != nil }) }
        if filter.groups.count == 1, case .anyOf(let sets) = first, sets.count == 1 {
            let set = sets[0]
            return (set.count, { set.contains($0) })
        }
        var result = bitmap(of: first)
        for group in filter.groups.dropFirst() { result.formIntersection(bitmap(of: group)) }
        let bitmap = result
        return (bitmap.count, { bitmap.contains($0) })
    }

    /// The first `wanted` rows past `bound` in the sort, that pass `membership`.
    private func walk(
        field: TicketQuery.Field, descending: Bool, bound: RowBound?, wanted: Int, where membership: (Int32) -> Bool
    ) -> [RowKey] {
        var keys: [RowKey] = []
        switch field {
        case .createdAt:
            walkCreated(descending: descending, after: bound.map { ($0.primary, $0.id) }) { row in
                if membership(row) { keys.append(key(of: row, by: .createdAt)) }
                return keys.count < wanted
            }
        case .updatedAt:
            let ids = rowIDs
            byUpdated.walk(descending: descending, after: Self.indexBound(bound), id: { ids[Int($0)].rawValue }) { row in
                if membership(row) { keys.append(key(of: row, by: .updatedAt)) }
                return keys.count < wanted
            }
        case .priority:
            let ranks = TicketPriority.allCases.map(\.rank)
            for rank in descending ? ranks.reversed() : ranks {
                if let bound, descending ? Int64(rank) > bound.primary : Int64(rank) < bound.primary { continue }
                let createdBound = bound.flatMap { $0.primary == Int64(rank) ? ($0.secondary, $0.id) : nil }
                let ranked = prioritySets[rank]
                walkCreated(descending: descending, after: createdBound) { row in
                    if ranked.contains(row), membership(row) { keys.append(key(of: row, by: .priority)) }
                    return keys.count < wanted
                }
                if keys.count == wanted { break }
            }
        }
        return keys
    }

    /// Visits rows by creation time, strictly past `bound`, until `visit` answers false.
    private func walkCreated(descending: Bool, after bound: (key: Int64, id: String?)?, _ visit: (Int32) -> Bool) {
        if isClustered {
            var row = clusteredStart(after: bound, descending: descending)
            while row >= 0, Int(row) < slots.count {
                if slots[Int(row)] != nil, !visit(row) { return }
                row += descending ? -1 : 1
            }
        } else {
            let ids = rowIDs
            let indexBound = bound.map { bound in
                bound.id.map { SortedRowIndex.Bound.entry(key: bound.key, id: $0) } ?? .key(bound.key)
            }
            byCreated.walk(descending: descending, after: indexBound, id: { ids[Int($0)].rawValue }, visit)
        }
    }

    private static func indexBound(_ bound: RowBound?) -> SortedRowIndex.Bound? {
        bound.map { bound in bound.id.map { .entry(key: bound.primary, id: $0) } ?? .key(bound.primary) }
    }
}

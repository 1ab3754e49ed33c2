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
        // Loops rather than closures here and below: a closure that uses `self` copies the
        // whole table (a retain of every index), which costs more than the query.
        var estimates: [Int] = []
        estimates.reserveCapacity(filter.groups.count)
        for group in filter.groups { estimates.append(estimate(group)) }
        if estimates.contains(0) { return Page(items: [], total: 0, nextCursor: nil) }

        var total: Int
        var rows: [Int32]
        if let smallest = estimates.indices.min(by: { estimates[$0] < estimates[$1] }),
            estimates[smallest] <= candidateLimit, case .anyOf(let sets) = filter.groups[smallest],
            !readsInOrder(filter, field: field)
        {
            var top = TopRows(capacity: wanted, descending: descending)
            total = 0
            // Rows ascend in creation order while clustered: visiting them in the sort's direction
            // lets the best rows come first, so that later ones are turned away by one comparison.
            let candidates = Self.union(sets)
            for offset in candidates.indices {
                let row = candidates[descending ? candidates.count - 1 - offset : offset]
                guard filter.contains(row, skipping: smallest) else { continue }
                total += 1
                let key = key(of: row, by: field)
                if isPast(key, bound, descending: descending) { top.offer(key, in: self) }
            }
            rows = top.keys.map(\.row)
        } else {
            let membership: Membership
            (total, membership) = count(filter, of: query)
            rows = walk(field: field, descending: descending, bound: bound, wanted: wanted, in: membership)
        }
        // Only the last row's key is read (for the cursor): each key is a cache miss at this size.
        let next =
            rows.count == wanted
            ? cursor(after: key(of: rows[wanted - 2], by: field), field: field, direction: query.sort.direction) : nil
        return Page(items: records(at: rows.prefix(wanted - 1)), total: total, nextCursor: next)
    }

    /// The records at `rows`, in their order (a row without one is skipped).
    ///
    /// Handing out a record retains it, an atomic operation that on x86 waits for every load
    /// before it: retaining row by row pays each row's two cache misses (its slot, then its
    /// record) one after the other. So a first pass reads every slot and record header with
    /// plain loads, whose misses overlap, and counts the records to size the answer (a use of
    /// those loads, without which the compiler would drop them); the second retains them, from
    /// cache, once each.
    private func records(at rows: ArraySlice<Int32>) -> [TicketRecord] {
        // An unsafe buffer checks no index in a release build, so each row is checked here: a
        // row past the slots (an index out of step with them) is skipped, never read.
        slots.withUnsafeBufferPointer { slots in
            var count = 0
            for row in rows where slots.indices.contains(Int(row)) && slots[Int(row)]?.value.headerWord != 0 {
                count += 1
            }
            return [TicketRecord](unsafeUninitializedCapacity: count) { records, initialized in
                for row in rows where initialized < records.count && slots.indices.contains(Int(row)) {
                    guard let stored = slots[Int(row)] else { continue }
                    records.initializeElement(at: initialized, to: stored.value)
                    initialized += 1
                }
            }
        }
    }

    /// Whether the filter is one set whose rows are already in the sort's order (a clustered
    /// table sorted by `created_at`): its count is its size and its page is read from one end,
    /// with no need to look at every row.
    private func readsInOrder(_ filter: RowFilter, field: TicketQuery.Field) -> Bool {
        guard isClustered, field == .createdAt, filter.groups.count == 1,
            case .anyOf(let sets) = filter.groups[0]
        else { return false }
        return sets.count == 1
    }

    /// The rows of several sets, each once, in ascending order.
    private static func union(_ sets: [RowSet]) -> [Int32] {
        guard sets.count > 1 else { return sets.first?.rows ?? [] }
        return Array(Set(sets.flatMap(\.rows))).sorted()
    }

    /// How many live rows pass `filter`, `query`'s filter, and which they are.
    private func count(_ filter: RowFilter, of query: TicketQuery) -> (Int, Membership) {
        guard let first = filter.groups.first else { return (live.count, .rows(live)) }
        if filter.groups.count == 1, case .anyOf(let sets) = first, sets.count == 1 {
            return (sets[0].count, .rows(sets[0]))
        }
        // A total kept already (cells summed, a pair of tags counted) spares counting an intersection.
        let knownTotal = cellTotal(for: query) ?? tagPairTotal(for: query)
        // Every group one bitmap (two tags; open and unassigned): count the intersection
        // word by word, without building it, and test membership against each.
        let bitmaps = filter.groups.compactMap { group -> Bitmap? in
            guard case .anyOf(let sets) = group, sets.count == 1 else { return nil }
            return sets[0].bitmap
        }
        if bitmaps.count == filter.groups.count {
            let sparsestFirst = bitmaps.sorted { $0.count < $1.count }
            return (knownTotal ?? Bitmap.intersectionCount(sparsestFirst), .intersection(sparsestFirst))
        }
        var result = bitmap(of: first)
        for group in filter.groups.dropFirst() { result.formIntersection(bitmap(of: group)) }
        return (result.count, .bits(result))
    }

    /// The first `wanted` rows past `bound` in the sort, that pass `membership`.
    private func walk(
        field: TicketQuery.Field, descending: Bool, bound: RowBound?, wanted: Int, in membership: Membership
    ) -> [Int32] {
        var rows: [Int32] = []
        rows.reserveCapacity(wanted)
        switch field {
        case .createdAt:
            walkCreated(descending: descending, after: bound.map { ($0.primary, $0.id) }, in: membership) { row in
                rows.append(row)
                return rows.count < wanted
            }
        case .updatedAt:
            let ids = rowIDs
            byUpdated.walk(
                descending: descending, after: Self.indexBound(bound), id: { ids[Int($0)].rawValue },
                visiting: { row in
                    if membership.contains(row) { rows.append(row) }
                    return rows.count < wanted
                })
        case .priority:
            let ranks = TicketPriority.allCases.map(\.rank)
            for rank in descending ? ranks.reversed() : ranks {
                if let bound, descending ? Int64(rank) > bound.primary : Int64(rank) < bound.primary { continue }
                let createdBound = bound.flatMap { $0.primary == Int64(rank) ? ($0.secondary, $0.id) : nil }
                let ranked = prioritySets[rank]
                if let both = Self.intersection(of: membership, and: ranked) {
                    walkCreated(descending: descending, after: createdBound, in: both) { row in
                        rows.append(row)
                        return rows.count < wanted
                    }
                } else {
                    walkCreated(descending: descending, after: createdBound, in: membership) { row in
                        if ranked.contains(row) { rows.append(row) }
                        return rows.count < wanted
                    }
                }
                if rows.count == wanted { break }
            }
        }
        return rows
    }

    /// Visits the rows of `membership` by creation time, strictly past `bound`, until
    /// `visit` answers false. Clustered rows are read straight from the set's bits or
    /// sorted rows, skipping what is not in it; otherwise the `created_at` index is walked.
    private func walkCreated(
        descending: Bool, after bound: (key: Int64, id: String?)?, in membership: Membership,
        _ visit: (Int32) -> Bool
    ) {
        guard isClustered else {
            let ids = rowIDs
            let indexBound = bound.map { bound in
                bound.id.map { SortedRowIndex.Bound.entry(key: bound.key, id: $0) } ?? .key(bound.key)
            }
            byCreated.walk(
                descending: descending, after: indexBound, id: { ids[Int($0)].rawValue },
                visiting: { row in membership.contains(row) ? visit(row) : true })
            return
        }
        let start = clusteredStart(after: bound, descending: descending)
        if case .intersection(let bitmaps) = membership, let sparsest = bitmaps.first {
            // Jump along the sparsest bitmap; the others only confirm.
            let others = bitmaps.dropFirst()
            var next = descending ? sparsest.last(atOrBelow: start) : sparsest.first(atOrAbove: start)
            while let row = next {
                if others.allSatisfy({ $0.contains(row) }), !visit(row) { return }
                next = descending ? sparsest.last(atOrBelow: row - 1) : sparsest.first(atOrAbove: row + 1)
            }
            return
        }
        switch membership.storage {
        case .bits(let bitmap):
            var next = descending ? bitmap.last(atOrBelow: start) : bitmap.first(atOrAbove: start)
            while let row = next, visit(row) {
                next = descending ? bitmap.last(atOrBelow: row - 1) : bitmap.first(atOrAbove: row + 1)
            }
        case .sorted(let rows):
            rows.walk(descending: descending, from: start, visiting: visit)
        }
    }

    /// The rows of both, as an intersection that walks the sparser bitmap, when both are
    /// kept as bitmaps (open tickets of one priority).
    private static func intersection(of membership: Membership, and set: RowSet) -> Membership? {
        guard case .rows(let rows) = membership, let first = rows.bitmap, let second = set.bitmap else { return nil }
        return .intersection(first.count <= second.count ? [first, second] : [second, first])
    }

    private static func indexBound(_ bound: RowBound?) -> SortedRowIndex.Bound? {
        bound.map { bound in bound.id.map { .entry(key: bound.primary, id: $0) } ?? .key(bound.primary) }
    }
}

/// The rows that pass a filter: a set of the table (no copy), a bitmap built for the
/// query, or the intersection of several of the table's bitmaps (sparsest first), never built.
enum Membership {
    case rows(RowSet)
    case bits(Bitmap)
    case intersection([Bitmap])

    func contains(_ row: Int32) -> Bool {
        switch self {
        case .rows(let set): set.contains(row)
        case .bits(let bitmap): bitmap.contains(row)
        case .intersection(let bitmaps): bitmaps.allSatisfy { $0.contains(row) }
        }
    }

    /// The rows as bits or as a sorted array, whichever they are kept as (an intersection:
    /// built here; walks read its parts instead).
    var storage: RowSet.Storage {
        switch self {
        case .rows(let set): return set.storage
        case .bits(let bitmap): return .bits(bitmap)
        case .intersection(let bitmaps):
            guard var result = bitmaps.first else { return .bits(Bitmap()) }
            for other in bitmaps.dropFirst() { result.formIntersection(other) }
            return .bits(result)
        }
    }
}

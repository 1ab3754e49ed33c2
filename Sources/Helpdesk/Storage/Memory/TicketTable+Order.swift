/// Where a ticket row stands in a sort, as two integers and its id: the fast form of
/// ``TicketRecord/sortKey(for:)``.
struct RowKey {
    var primary: Int64
    var secondary: Int64
    var row: Int32
}

/// A cursor as a position in a ticket sort: strictly past a key and id, or (a bare
/// timestamp) strictly past a primary value.
struct RowBound {
    var primary: Int64
    var secondary: Int64
    /// `nil` for a bare timestamp.
    var id: String?
}

extension TicketTable {
    /// The key of `row` in a sort by `field`.
    func key(of row: Int32, by field: TicketQuery.Field) -> RowKey {
        switch field {
        case .createdAt: RowKey(primary: createdKeys[Int(row)], secondary: 0, row: row)
        case .updatedAt: RowKey(primary: updatedKeys[Int(row)], secondary: 0, row: row)
        case .priority:
            RowKey(
                primary: Int64(slots[Int(row)]?.value.priority.rank ?? 0), secondary: createdKeys[Int(row)], row: row)
        }
    }

    /// Whether `lhs` sorts before `rhs` (ascending).
    func precedes(_ lhs: RowKey, _ rhs: RowKey) -> Bool {
        if lhs.primary != rhs.primary { return lhs.primary < rhs.primary }
        if lhs.secondary != rhs.secondary { return lhs.secondary < rhs.secondary }
        return rowIDs[Int(lhs.row)].rawValue.utf8.lexicographicallyPrecedes(rowIDs[Int(rhs.row)].rawValue.utf8)
    }

    /// Whether `key` comes strictly after `bound` in the sort's direction.
    func isPast(_ key: RowKey, _ bound: RowBound?, descending: Bool) -> Bool {
        guard let bound else { return true }
        guard let id = bound.id else {
            return descending ? key.primary < bound.primary : key.primary > bound.primary
        }
        if key.primary != bound.primary { return descending == (key.primary < bound.primary) }
        if key.secondary != bound.secondary { return descending == (key.secondary < bound.secondary) }
        let rowID = rowIDs[Int(key.row)].rawValue.utf8
        return descending ? rowID.lexicographicallyPrecedes(id.utf8) : id.utf8.lexicographicallyPrecedes(rowID)
    }

    /// The cursor of a query as a bound in its sort; `nil` when there is none (or it cannot be read).
    static func bound(of cursor: Cursor?, field: TicketQuery.Field) -> RowBound? {
        switch cursor?.position {
        case nil: return nil
        case .timestamp(let milliseconds)?: return RowBound(primary: milliseconds, secondary: 0, id: nil)
        case .after(let key)?:
            func integer(_ index: Int) -> Int64 {
                guard index < key.values.count, case .integer(let value) = key.values[index] else { return 0 }
                return value
            }
            return RowBound(primary: integer(0), secondary: field == .priority ? integer(1) : 0, id: key.id)
        }
    }

    /// The cursor that points past `key` in a sort by `field`.
    func cursor(after key: RowKey, field: TicketQuery.Field, direction: SortDirection) -> Cursor {
        let values: [SortValue] =
            field == .priority ? [.integer(key.primary), .integer(key.secondary)] : [.integer(key.primary)]
        return Cursor(
            after: SortKey(values, id: rowIDs[Int(key.row)].rawValue), field: field.rawValue, direction: direction)
    }

    /// In row order (while rows are clustered), the first row of a walk past `bound`
    /// by creation time: the highest row before it (descending) or the lowest after it.
    func clusteredStart(after bound: (key: Int64, id: String?)?, descending: Bool) -> Int32 {
        guard let bound else { return descending ? Int32(slots.count - 1) : 0 }
        // The first row that is not before the bound (ascending: not at or before it). The
        // closures use copies of two arrays, not `self`: that would retain every index.
        let keys = createdKeys
        let ids = rowIDs
        let low = keys.partitionPoint(
            keyIsBefore: { key in key == bound.key ? nil : key < bound.key },
            isBefore: { row in
                let key = keys[row]
                if key != bound.key { return key < bound.key }
                guard let id = bound.id else { return !descending }
                let rowID = ids[row].rawValue.utf8
                return descending ? rowID.lexicographicallyPrecedes(id.utf8) : !id.utf8.lexicographicallyPrecedes(rowID)
            })
        return descending ? Int32(low - 1) : Int32(low)
    }
}

/// The best `capacity` row keys seen so far, in sort order.
struct TopRows {
    let capacity: Int
    let descending: Bool
    private(set) var keys: [RowKey] = []

    init(capacity: Int, descending: Bool) {
        self.capacity = capacity
        self.descending = descending
        keys.reserveCapacity(capacity + 1)
    }

    /// Offers a key; it is kept if it is among the best.
    mutating func offer(_ key: RowKey, in table: TicketTable) {
        func better(_ lhs: RowKey, _ rhs: RowKey) -> Bool {
            descending ? table.precedes(rhs, lhs) : table.precedes(lhs, rhs)
        }
        if keys.count == capacity, let worst = keys.last, !better(key, worst) { return }
        var index = keys.count
        while index > 0, better(key, keys[index - 1]) { index -= 1 }
        keys.insert(key, at: index)
        if keys.count > capacity { keys.removeLast() }
    }
}

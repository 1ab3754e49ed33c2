/// Whether a cursor can continue a list in a given order.
extension Cursor {
    /// Checks that this cursor can continue a list of `kind` sorted by `sort`.
    ///
    /// A token must have been made for the same field and direction, and hold
    /// a key of that sort's shape (``SortField/valueKinds``) whose id is one of
    /// `kind`'s, so that a page of customers cannot continue a list of tickets.
    /// A bare timestamp fits only a sort whose field
    /// ``SortField/acceptsTimestampCursor``. The service checks every list's
    /// cursor so; call it as well before handing a store a query built in
    /// Swift around a client's cursor.
    ///
    /// - Throws: `BAD_REQUEST` naming `cursor`.
    public func validate<Field: SortField, Kind: ResourceKind>(
        for sort: Sort<Field>, listing kind: Kind.Type
    ) throws(HelpdeskError) {
        if let reason = mismatch(with: sort) ?? mismatch(listing: kind) { throw .invalidQuery(["cursor": reason]) }
    }

    /// Why this cursor cannot continue a list of `kind`: a key whose id is another kind's.
    func mismatch<Kind: ResourceKind>(listing kind: Kind.Type) -> String? {
        guard case .after(let key) = position, !key.id.hasPrefix(Kind.prefix) else { return nil }
        return "was made for another list"
    }

    /// Why this cursor cannot continue a list sorted by `sort`; `nil` if it can.
    func mismatch<Field: SortField>(with sort: Sort<Field>) -> String? {
        let anotherOrder = "was made for another order; send the order_by and order_dir of the page it came from"
        switch position {
        case .timestamp:
            guard sort.field.acceptsTimestampCursor else {
                let timeFields = Field.allCases.filter(\.acceptsTimestampCursor).map(\.rawValue)
                if timeFields.isEmpty { return "a bare timestamp is not a cursor for this list" }
                return "a bare timestamp is a cursor only when sorting by " + timeFields.joined(separator: " or ")
            }
            guard (sortField ?? sort.field.rawValue) == sort.field.rawValue,
                (direction ?? sort.direction) == sort.direction
            else { return anotherOrder }
        case .after(let key):
            guard sortField == sort.field.rawValue, direction == sort.direction else { return anotherOrder }
            guard key.values.map(\.kind) == sort.field.valueKinds else { return "is not a valid cursor for this order" }
        }
        return nil
    }
}

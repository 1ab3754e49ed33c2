/// The order of a list and the cursor that continues it.
extension QueryReader {
    /// The sort from `order_by` and `order_dir`, each defaulting to `fallback`'s;
    /// `nil` if either is refused.
    mutating func sort<Field: SortField>(default fallback: Sort<Field>) -> Sort<Field>? {
        let field = single(
            "order_by", "must be one of \(Field.allCases.map(\.rawValue).joined(separator: ", "))",
            Field.init(rawValue:))
        let direction = single(
            "order_dir", "must be \(SortDirection.allCases.map(\.rawValue).joined(separator: " or "))",
            SortDirection.init(rawValue:))
        guard problems["order_by"] == nil, problems["order_dir"] == nil else { return nil }
        return Sort(field ?? fallback.field, direction ?? fallback.direction)
    }

    /// `cursor`, checked against `sort` with ``Cursor/validate(for:)``; `nil` if not given or refused.
    /// A `nil` sort (itself refused) skips the check, which would only repeat that error.
    mutating func cursor<Field: SortField>(for sort: Sort<Field>?) -> Cursor? {
        let direction = sort?.direction ?? .ascending
        guard let cursor = single("cursor", "is not a valid cursor", { Cursor(token: $0, direction: direction) })
        else { return nil }
        if let sort, let reason = cursor.mismatch(with: sort) {
            refuse("cursor", reason)
            return nil
        }
        return cursor
    }
}

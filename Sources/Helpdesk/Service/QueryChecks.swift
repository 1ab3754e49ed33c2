/// Checks of query values built in Swift, which the URL parser also makes.
enum QueryChecks {
    /// Throws `BAD_REQUEST` naming `cursor` if it was made for another sort, or is a bare
    /// timestamp on a sort that is not by time.
    static func check<Field: SortField>(_ cursor: Cursor?, for sort: Sort<Field>) throws(HelpdeskError) {
        guard let cursor else { return }
        switch cursor.position {
        case .timestamp:
            guard sort.field.acceptsTimestampCursor else {
                throw HelpdeskError.invalid(
                    field: "cursor", "a timestamp cursor works only with a time sort, not \(sort.field.rawValue)")
            }
        case .after:
            guard cursor.sortField == sort.field.rawValue, cursor.direction == sort.direction else {
                throw HelpdeskError.invalid(field: "cursor", "was made for another order_by or order_dir")
            }
        }
    }
}

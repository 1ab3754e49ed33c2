/// Every row of a list, following `nextCursor` page after page, with no expectations on the way
/// (the walk checks make those). Used to read a whole store.
///
/// - Throws: ``ConformanceFailure`` if the pages do not end after `maxPages`.
func allRows<Row>(maxPages: Int = 10_000, _ fetch: (Cursor?) async throws -> Page<Row>) async throws -> [Row] {
    var rows: [Row] = []
    var cursor: Cursor?
    for _ in 0..<maxPages {
        let page = try await fetch(cursor)
        rows += page.items
        guard let next = page.nextCursor else { return rows }
        cursor = next
    }
    throw ConformanceFailure(description: "a list's pages did not end after \(maxPages) pages")
}

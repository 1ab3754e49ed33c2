/// One page of a list: its items, how many rows match in all, and where the next page starts.
public struct Page<Item> {
    /// The rows of this page, in the list's order.
    public var items: [Item]
    /// Every row that matches the filters, ignoring the cursor and the limit.
    public var total: Int
    /// Where the next page starts; `nil` on the last page.
    public var nextCursor: Cursor?

    public init(items: [Item], total: Int, nextCursor: Cursor?) {
        self.items = items
        self.total = total
        self.nextCursor = nextCursor
    }

    /// The same page with every item transformed.
    public func map<Other>(_ transform: (Item) throws -> Other) rethrows -> Page<Other> {
        Page<Other>(items: try items.map(transform), total: total, nextCursor: nextCursor)
    }
}

extension Page: Sendable where Item: Sendable {}
extension Page: Equatable where Item: Equatable {}

/// Every row of a list, page after page from `fetch` (given each page's cursor), until a page has no next cursor.
func allRows<Row>(_ fetch: (Cursor?) async throws -> Page<Row>) async throws -> [Row] {
    var rows: [Row] = []
    var cursor: Cursor?
    repeat {
        let page = try await fetch(cursor)
        rows += page.items
        cursor = page.nextCursor
    } while cursor != nil
    return rows
}

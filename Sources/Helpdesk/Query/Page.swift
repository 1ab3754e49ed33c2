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

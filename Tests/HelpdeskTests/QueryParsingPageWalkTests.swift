import Helpdesk
import Testing

/// Every `next_cursor` a page gives, fed back through the query string, continues the walk:
/// no row twice, none missed, even with many ties.
@Suite struct QueryParsingPageWalkTests {
    static let texts = ["", "a", "A", "\u{301}x", "\u{E9}", "e\u{301}", "😀", "\"\\", "s", "i1", "a,b&c=d", "a"]
    /// Times and ranks, out to the first and last millisecond of years 0000…9999: a cursor holds
    /// no integer outside them.
    static let integers: [Int64] = [-62_167_219_200_000, -5, 0, 0, 0, 7, 1_736_937_000_000, 253_402_300_799_999]

    /// `count` keys of the shape `kinds`, drawn from few values so that many tie.
    static func keys(_ kinds: [SortValue.Kind], count: Int, seed: UInt64) -> [SortKey] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            let values = kinds.map { kind -> SortValue in
                switch kind {
                case .integer: .integer(integers.randomElement(using: &generator) ?? 0)
                case .text: .text(texts.randomElement(using: &generator) ?? "")
                }
            }
            return SortKey(values, id: "x_\(Int.random(in: 0..<1_000_000, using: &generator))_\(index)")
        }
    }

    /// Walks every page of `keys` in `sort`, two rows a page; `cursorOf` parses a query string
    /// (the order parameters and the cursor) and answers its cursor. Answers the ids in the order seen.
    static func walk<Field: SortField>(
        _ keys: [SortKey], _ sort: Sort<Field>, orderParameters: String,
        cursorOf: (String) throws -> Cursor?
    ) throws -> [String] {
        var seen: [String] = []
        var cursor: Cursor?
        for _ in 0...keys.count {
            let pager = KeysetPager<String>(
                field: sort.field.rawValue, direction: sort.direction, cursor: cursor, limit: 2)
            let page = pager.page(keys.map { (key: $0, row: $0.id) })
            #expect(page.total == keys.count)
            seen += page.items
            guard let next = page.nextCursor else { return seen }
            cursor = try cursorOf(orderParameters + "limit=2&cursor=" + next.token)
            #expect(cursor == next)
        }
        Issue.record("the walk did not end")
        return seen
    }

    static func expectedOrder(_ keys: [SortKey], _ direction: SortDirection) -> [String] {
        let ascending = keys.sorted()
        return (direction == .ascending ? ascending : ascending.reversed()).map(\.id)
    }

    @Test(arguments: TicketQuery.Field.allCases, SortDirection.allCases)
    func ticketPages(field: TicketQuery.Field, direction: SortDirection) throws {
        let keys = Self.keys(field.valueKinds, count: 23, seed: 1)
        let seen = try Self.walk(
            keys, Sort(field, direction), orderParameters: "order_by=\(field.rawValue)&order_dir=\(direction.rawValue)&"
        ) { try TicketQuery(queryItems: QueryItems(parsing: $0)).cursor }
        #expect(seen == Self.expectedOrder(keys, direction))
    }

    @Test(arguments: CustomerQuery.Field.allCases, SortDirection.allCases)
    func customerPages(field: CustomerQuery.Field, direction: SortDirection) throws {
        let keys = Self.keys(field.valueKinds, count: 23, seed: 2)
        let seen = try Self.walk(
            keys, Sort(field, direction), orderParameters: "order_by=\(field.rawValue)&order_dir=\(direction.rawValue)&"
        ) { try CustomerQuery(queryItems: QueryItems(parsing: $0)).cursor }
        #expect(seen == Self.expectedOrder(keys, direction))
    }

    @Test func plainListPages() throws {
        let keys = Self.keys([.integer], count: 15, seed: 3)
        let conversations = try Self.walk(keys, ConversationQuery().sort, orderParameters: "") {
            try ConversationQuery(queryItems: QueryItems(parsing: $0)).cursor
        }
        #expect(conversations == Self.expectedOrder(keys, .ascending))
        let articles = try Self.walk(keys, ArticleQuery().sort, orderParameters: "") {
            try ArticleQuery(queryItems: QueryItems(parsing: $0)).cursor
        }
        #expect(articles == Self.expectedOrder(keys, .descending))
        let records = try Self.walk(keys, RecordQuery().sort, orderParameters: "") {
            try RecordQuery(queryItems: QueryItems(parsing: $0)).cursor
        }
        #expect(records == Self.expectedOrder(keys, .descending))
    }
}

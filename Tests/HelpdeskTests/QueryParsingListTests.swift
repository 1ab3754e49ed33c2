import Helpdesk
import Testing

@Suite struct QueryParsingCustomerTests {
    let parse: QueryParser<CustomerQuery> = { items throws(HelpdeskError) in try CustomerQuery(queryItems: items) }

    @Test func readsEveryParameter() throws {
        let query = try parsed(
            "email=Ann%40Example.COM,%20bob%40x.io&search=ann&phone=%2B1-555-0123,555&order_by=email&order_dir=asc"
                + "&limit=10", parse)
        #expect(query.emails == ["ann@example.com", "bob@x.io"])
        #expect(query.search == SearchText("ann"))
        #expect(query.phones == ["+1-555-0123", "555"])
        #expect(query.sort == Sort(.email, .ascending))
        #expect(query.limit == 10)
        #expect(try parsed("", parse) == CustomerQuery())
    }

    @Test(arguments: CustomerQuery.Field.allCases)
    func sortsByEveryField(field: CustomerQuery.Field) throws {
        #expect(try parsed("order_by=\(field.rawValue)", parse).sort == Sort(field, .descending))
    }

    static let refused: [RefusedQuery] = [
        RefusedQuery("order_by=priority", "order_by", "must be one of created_at, updated_at, name, email"),
        RefusedQuery("order_dir=sideways", "order_dir", "must be asc or desc"),
        RefusedQuery("email=", "email", "must not be empty"),
        RefusedQuery("email=a%40b.c,,c%40d.e", "email", "empty item"),
        RefusedQuery("phone=555,", "phone", "empty item"),
        RefusedQuery("search=-", "search", "must contain a letter or a digit"),
        RefusedQuery("limit=0", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("order_by=name&cursor=2025-01-15T10:30:00Z", "cursor", "created_at or updated_at"),
        RefusedQuery("status=open", "status", "unknown query parameter; this list accepts email, search, phone"),
        RefusedQuery("tags=a", "tags", "unknown query parameter"),
    ]

    @Test(arguments: refused)
    func refuses(_ refused: RefusedQuery) {
        expectRefused(refused, parse)
    }
}

@Suite struct QueryParsingConversationTests {
    let parse: QueryParser<ConversationQuery> = { items throws(HelpdeskError) in
        try ConversationQuery(queryItems: items)
    }

    @Test func readsEveryParameter() throws {
        let query = try parsed("ticket_id=tkt_1,tkt_2&type=reply,note&internal=true&limit=100", parse)
        #expect(query.ticketIDs == [TicketID(rawValue: "tkt_1"), TicketID(rawValue: "tkt_2")].compactMap { $0 }.asSet)
        #expect(query.types == [.reply, .note])
        #expect(query.internalValues == [true])
        #expect(query.limit == 100)
        #expect(query.sort == Sort(.createdAt, .ascending))
        #expect(try parsed("internal=false", parse).internalValues == [false])
        #expect(try parsed("", parse) == ConversationQuery())
    }

    static let refused: [RefusedQuery] = [
        RefusedQuery("type=comment", "type", "must be one or more of reply, note, system"),
        RefusedQuery("internal=yes", "internal", "must be true or false"),
        RefusedQuery("internal=", "internal", "must not be empty"),
        RefusedQuery("ticket_id=conv_1", "ticket_id", "ids starting with tkt_"),
        RefusedQuery("order_by=created_at", "order_by", "unknown query parameter"),
        RefusedQuery("search=x", "search", "this list accepts ticket_id, type, internal, limit, cursor"),
        RefusedQuery("limit=1000", "limit", "must be an integer from 1 to 100"),
    ]

    @Test(arguments: refused)
    func refuses(_ refused: RefusedQuery) {
        expectRefused(refused, parse)
    }
}

@Suite struct QueryParsingArticleTests {
    let parse: QueryParser<ArticleQuery> = { items throws(HelpdeskError) in try ArticleQuery(queryItems: items) }

    @Test func readsEveryParameter() throws {
        let query = try parsed("collection_id=col_1&status=draft,published&search=reset+password&limit=3", parse)
        #expect(query.collectionIDs == [CollectionID(rawValue: "col_1")].compactMap { $0 }.asSet)
        #expect(query.statuses == [.draft, .published])
        #expect(query.search == SearchText("reset password"))
        #expect(query.limit == 3)
        #expect(try parsed("", parse) == ArticleQuery())
    }

    static let refused: [RefusedQuery] = [
        RefusedQuery("status=archived", "status", "must be one or more of draft, published"),
        RefusedQuery("collection_id=art_1", "collection_id", "ids starting with col_"),
        RefusedQuery("search=%E2%80%94", "search", "must contain a letter or a digit"),
        RefusedQuery("order_dir=asc", "order_dir", "this list accepts collection_id, status, search, limit, cursor"),
    ]

    @Test(arguments: refused)
    func refuses(_ refused: RefusedQuery) {
        expectRefused(refused, parse)
    }
}

@Suite struct QueryParsingRecordTests {
    let parse: QueryParser<RecordQuery> = { items throws(HelpdeskError) in try RecordQuery(queryItems: items) }

    @Test func readsLimitAndCursor() throws {
        let query = try parsed("limit=7&cursor=2025-01-15T10:30:00.5Z", parse)
        #expect(query.limit == 7)
        #expect(query.cursor == Cursor(timestamp: 1_736_937_000_500))
        #expect(try parsed("", parse) == RecordQuery())
    }

    static let refused: [RefusedQuery] = [
        RefusedQuery("search=x", "search", "unknown query parameter; this list accepts limit, cursor"),
        RefusedQuery("limit=abc", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("cursor=", "cursor", "must not be empty"),
        RefusedQuery("cursor=AAAA", "cursor", "is not a valid cursor"),
    ]

    @Test(arguments: refused)
    func refuses(_ refused: RefusedQuery) {
        expectRefused(refused, parse)
    }
}

import Helpdesk
import Testing

@Suite struct QueryParsingTicketTests {
    let parse: QueryParser<TicketQuery> = { items throws(HelpdeskError) in try TicketQuery(queryItems: items) }

    @Test func noParametersIsTheDefaultQuery() throws {
        let query = try parsed("", parse)
        #expect(query == TicketQuery())
        #expect(query.sort == Sort(.createdAt, .descending))
        #expect(query.limit == 25)
    }

    @Test func readsEveryParameter() throws {
        let query = try parsed(
            "status=open,pending&priority=high,urgent&assignee_id=user_1,user_2&customer_id=cust_9"
                + "&tags=%20Billing%20,VIP&search=Disk+full&order_by=priority&order_dir=asc&limit=50", parse)
        #expect(query.statuses == [.open, .pending])
        #expect(query.priorities == [.high, .urgent])
        #expect(query.assigneeIDs == [UserID(rawValue: "user_1"), UserID(rawValue: "user_2")].compactMap { $0 }.asSet)
        #expect(query.customerIDs == [CustomerID(rawValue: "cust_9")].compactMap { $0 }.asSet)
        #expect(query.tags == ["billing", "vip"])
        #expect(query.search == SearchText("disk full"))
        #expect(query.sort == Sort(.priority, .ascending))
        #expect(query.limit == ListLimit(50))
        #expect(query.assignment == nil)
        #expect(query.cursor == nil)
    }

    @Test func tagNamesOfFiftyScalarsAreAccepted() throws {
        let name = String(repeating: "\u{E9}", count: 50)
        #expect(try parsed("tags=" + percentEncoded(name.uppercased()), parse).tags == [name])
    }

    @Test func trimsItemsOfLists() throws {
        #expect(try parsed("status=open%2C%20on_hold%20", parse).statuses == [.open, .onHold])
    }

    /// `unassigned=false` asks for assigned tickets, which those of an assignee are already.
    @Test func assignedTicketsOfAnAssigneeAreThatAssigneesTickets() throws {
        let query = try parsed("unassigned=false&assignee_id=user_1", parse)
        #expect(query.assignment == nil)
        #expect(query.assigneeIDs == [try #require(UserID(rawValue: "user_1"))])
    }

    @Test(arguments: [("true", TicketQuery.Assignment.unassigned), ("false", .assigned)])
    func unassignedPicksAnAssignment(value: String, assignment: TicketQuery.Assignment) throws {
        #expect(try parsed("unassigned=\(value)", parse).assignment == assignment)
    }

    @Test(arguments: [
        ("order_dir=asc", Sort(TicketQuery.Field.createdAt, .ascending)),
        ("order_by=updated_at", Sort(.updatedAt, .descending)),
        ("order_by=priority&order_dir=desc", Sort(.priority, .descending)),
    ])
    func ordersDefaultFieldByField(raw: String, sort: Sort<TicketQuery.Field>) throws {
        #expect(try parsed(raw, parse).sort == sort)
    }

    @Test(arguments: [("limit=1", 1), ("limit=100", 100), ("limit=007", 7)])
    func readsLimits(raw: String, limit: Int) throws {
        #expect(try parsed(raw, parse).limit.value == limit)
    }

    @Test(arguments: ["created_at", "updated_at"])
    func acceptsATimestampCursorForTimeSorts(field: String) throws {
        let query = try parsed("order_by=\(field)&cursor=2025-01-15T10%3A30%3A00Z", parse)
        #expect(query.cursor == Cursor(timestamp: 1_736_937_000_000))
    }

    @Test(arguments: [("asc", Int64(1_736_937_000_250)), ("desc", 1_736_937_000_251)])
    func aTimestampCursorFinerThanAMillisecondRoundsTowardTheSortsFarSide(direction: String, milliseconds: Int64)
        throws
    {
        let query = try parsed("order_dir=\(direction)&cursor=2025-01-15T10%3A30%3A00.2505Z", parse)
        #expect(query.cursor == Cursor(timestamp: milliseconds))
    }

    static let refused: [RefusedQuery] = [
        RefusedQuery("limit=0", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("limit=101", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("limit=-1", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("limit=%2B5", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("limit=+5", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("limit=1.5", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("limit=ten", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("limit=99999999999999999999999", "limit", "must be an integer from 1 to 100"),
        RefusedQuery("limit=", "limit", "must not be empty"),
        RefusedQuery("limit", "limit", "must not be empty"),
        RefusedQuery("status=bogus", "status", "open, pending, on_hold, solved, closed"),
        RefusedQuery("status=OPEN", "status", "open, pending, on_hold, solved, closed"),
        RefusedQuery("status=open,,pending", "status", "empty item"),
        RefusedQuery("status=open,", "status", "empty item"),
        RefusedQuery("status=,open", "status", "empty item"),
        RefusedQuery("status=open,%20,pending", "status", "empty item"),
        RefusedQuery("status=", "status", "must not be empty"),
        RefusedQuery("priority=critical", "priority", "low, medium, high, urgent"),
        RefusedQuery("assignee_id=cust_1", "assignee_id", "ids starting with user_"),
        RefusedQuery("assignee_id=user_1,user_", "assignee_id", "ids starting with user_"),
        RefusedQuery("assignee_id=user_a%2Fb", "assignee_id", "ids starting with user_"),
        RefusedQuery("customer_id=user_1", "customer_id", "ids starting with cust_"),
        RefusedQuery("unassigned=yes", "unassigned", "must be true or false"),
        RefusedQuery("unassigned=TRUE", "unassigned", "must be true or false"),
        RefusedQuery("unassigned=1", "unassigned", "must be true or false"),
        RefusedQuery("unassigned=true&assignee_id=user_1", "unassigned", "cannot be true with assignee_id"),
        RefusedQuery("tags=a,,b", "tags", "empty item"),
        RefusedQuery("tags=" + String(repeating: "x", count: 51), "tags", "1 to 50 characters"),
        RefusedQuery("search=%21%3F", "search", "must contain a letter or a digit"),
        RefusedQuery("search=+++", "search", "must contain a letter or a digit"),
        RefusedQuery("order_by=subject", "order_by", "must be one of created_at, updated_at, priority"),
        RefusedQuery("order_by=name", "order_by", "must be one of created_at, updated_at, priority"),
        RefusedQuery("order_dir=up", "order_dir", "must be asc or desc"),
        RefusedQuery("order_dir=ASC", "order_dir", "must be asc or desc"),
        RefusedQuery("cursor=garbage!", "cursor", "is not a valid cursor"),
        RefusedQuery("cursor=2025-13-01T00:00:00Z", "cursor", "is not a valid cursor"),
        RefusedQuery("order_by=priority&cursor=2025-01-15T10:30:00Z", "cursor", "created_at or updated_at"),
        RefusedQuery("foo=1", "foo", "unknown query parameter"),
        RefusedQuery("Status=open", "Status", "unknown query parameter"),
        RefusedQuery("email=a%40b.c", "email", "unknown query parameter"),
        RefusedQuery("status=open&status=open", "status", "more than once"),
    ]

    @Test(arguments: refused)
    func refuses(_ refused: RefusedQuery) {
        expectRefused(refused, parse)
    }

    @Test func namesTheAcceptedParametersOfAnUnknownOne() {
        let reason = expectBadRequest("sort=x", parse)?.fields["sort"]
        #expect(
            reason == "unknown query parameter; this list accepts status, priority, assignee_id, customer_id, "
                + "unassigned, tags, search, order_by, order_dir, limit, cursor")
    }

    @Test func listsTheAllowedSortFieldsInTheMessage() {
        let error = expectBadRequest("order_by=subject", parse)
        #expect(error?.message == "Invalid query parameter order_by: must be one of created_at, updated_at, priority.")
    }

    @Test func collectsEveryBadParameterInOneError() {
        let error = expectBadRequest("limit=0&status=bad&foo=1&order_by=x&search=%3F&cursor=%3F", parse)
        #expect(error.map { Set($0.fields.keys) } == ["limit", "status", "foo", "order_by", "search", "cursor"])
        #expect(error?.message.hasPrefix("Invalid query parameters: cursor (") == true)
    }

    @Test func aCursorIsNotCheckedAgainstARefusedOrder() {
        let token = Cursor(after: SortKey([.integer(1)], id: "tkt_1"), field: "created_at", direction: .descending)
            .token
        let error = expectBadRequest("order_by=nope&cursor=\(token)", parse)
        #expect(error.map { Array($0.fields.keys) } == ["order_by"])
    }
}

extension Array where Element: Hashable {
    /// The elements as a set.
    var asSet: Set<Element> { Set(self) }
}

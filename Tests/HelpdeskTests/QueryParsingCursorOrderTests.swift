import Helpdesk
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct QueryParsingCursorOrderTests {
    static let madeForCreatedDesc = Cursor(
        after: SortKey([.integer(5)], id: "tkt_1"), field: "created_at", direction: .descending)

    @Test func acceptsACursorMadeForTheSameOrder() throws {
        try Self.madeForCreatedDesc.validate(
            for: Sort(TicketQuery.Field.createdAt, .descending), listing: TicketKind.self)
        try Cursor(timestamp: 0).validate(for: Sort(TicketQuery.Field.updatedAt, .ascending), listing: TicketKind.self)
        try Cursor(timestamp: 0).validate(for: Sort(RecordQuery.Field.createdAt, .descending), listing: TagKind.self)
        try Cursor(after: SortKey([.integer(3), .integer(1)], id: "tkt_1"), field: "priority", direction: .ascending)
            .validate(for: Sort(TicketQuery.Field.priority, .ascending), listing: TicketKind.self)
        try Cursor(after: SortKey([.text("Ann")], id: "cust_1"), field: "name", direction: .descending)
            .validate(for: Sort(CustomerQuery.Field.name, .descending), listing: CustomerKind.self)
    }

    static let ticketMismatches: [(Cursor, Sort<TicketQuery.Field>, String)] = [
        (madeForCreatedDesc, Sort(.createdAt, .ascending), "was made for another order"),
        (madeForCreatedDesc, Sort(.updatedAt, .descending), "was made for another order"),
        (madeForCreatedDesc, Sort(.priority, .descending), "was made for another order"),
        (
            Cursor(timestamp: 0), Sort(.priority, .descending),
            "a bare timestamp is a cursor only when sorting by created_at or updated_at"
        ),
        (
            Cursor(after: SortKey([.text("5")], id: "tkt_1"), field: "created_at", direction: .descending),
            Sort(.createdAt, .descending), "is not a valid cursor for this order"
        ),
        (
            Cursor(after: SortKey([.integer(3)], id: "tkt_1"), field: "priority", direction: .ascending),
            Sort(.priority, .ascending), "is not a valid cursor for this order"
        ),
        (
            Cursor(after: SortKey([], id: "tkt_1"), field: "created_at", direction: .descending),
            Sort(.createdAt, .descending), "is not a valid cursor for this order"
        ),
        (madeForCreatedDesc.with { $0.sortField = nil }, Sort(.createdAt, .descending), "was made for another order"),
        (
            Cursor(timestamp: 0).with { $0.direction = .ascending }, Sort(.createdAt, .descending),
            "was made for another order"
        ),
    ]

    @Test(arguments: ticketMismatches)
    func refusesACursorThatDoesNotFitTheTicketOrder(cursor: Cursor, sort: Sort<TicketQuery.Field>, reason: String) {
        let error = #expect(throws: HelpdeskError.self) { try cursor.validate(for: sort, listing: TicketKind.self) }
        #expect(error?.code == .badRequest)
        #expect(error.map { Array($0.fields.keys) } == ["cursor"])
        #expect(error?.fields["cursor"]?.hasPrefix(reason) == true, "\(error?.fields ?? [:])")
    }

    /// A page of customers, tags or users does not continue a list of tickets, even in the same order.
    @Test(arguments: ["cust_1", "tag_1", "user_1", "tkt"])
    func refusesACursorMadeForAnotherList(id: String) {
        let cursor = Cursor(after: SortKey([.integer(5)], id: id), field: "created_at", direction: .descending)
        let error = #expect(throws: HelpdeskError.self) {
            try cursor.validate(for: Sort(TicketQuery.Field.createdAt, .descending), listing: TicketKind.self)
        }
        #expect(error?.code == .badRequest)
        #expect(error?.fields == ["cursor": "was made for another list"])
    }

    @Test func refusesATimestampCursorForTextSorts() {
        for field in [CustomerQuery.Field.name, .email] {
            let error = #expect(throws: HelpdeskError.self) {
                try Cursor(timestamp: 0).validate(for: Sort(field, .ascending), listing: CustomerKind.self)
            }
            #expect(error?.fields["cursor"]?.contains("created_at or updated_at") == true)
        }
    }

    @Test func refusesAParsedCursorMadeForAnotherOrder() {
        let parse: QueryParser<TicketQuery> = { items throws(HelpdeskError) in try TicketQuery(queryItems: items) }
        let token = Self.madeForCreatedDesc.token
        for raw in ["order_dir=asc&cursor=\(token)", "order_by=updated_at&cursor=\(token)"] {
            let error = expectBadRequest(raw, parse)
            #expect(error?.fields["cursor"]?.hasPrefix("was made for another order") == true)
        }
        #expect((try? parsed("order_dir=desc&cursor=\(token)", parse))?.cursor == Self.madeForCreatedDesc)
    }

    @Test func eachFieldDeclaresTheShapeOfItsKeys() throws {
        let date = Date(millisecondsSince1970: 1_000)
        let ticket = TicketRecord(
            id: try #require(TicketID(rawValue: "tkt_1")), subject: "s",
            customerID: try #require(CustomerID(rawValue: "cust_1")), createdAt: date, updatedAt: date)
        for field in TicketQuery.Field.allCases {
            #expect(ticket.sortKey(for: field).values.map(\.kind) == field.valueKinds)
        }
        let customer = Customer(
            id: try #require(CustomerID(rawValue: "cust_1")), email: "a@b.c", createdAt: date, updatedAt: date)
        for field in CustomerQuery.Field.allCases {
            #expect(customer.sortKey(for: field).values.map(\.kind) == field.valueKinds)
        }
    }
}

extension Cursor {
    /// A copy with `change` applied.
    func with(_ change: (inout Cursor) -> Void) -> Cursor {
        var copy = self
        change(&copy)
        return copy
    }
}

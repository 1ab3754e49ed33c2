import Foundation
import Helpdesk
import HelpdeskPostgres
import Testing

/// Search beyond the conformance suite: words longer than a `tsvector` or `tsquery` keeps whole.
@Suite struct SearchTests {
    static let now = Date(millisecondsSince1970: 1_767_225_600_000)
    /// 3,000 bytes once folded (`é` folds to `e`).
    static let long = String(repeating: "é", count: 3_000)

    static func store(description: String) async throws -> (PostgresStore, TicketID) {
        let store = try await TestDatabase.freshStore()
        let customer = Customer(
            id: try #require(CustomerID(rawValue: "cust_1")), email: "a@example.com", createdAt: now, updatedAt: now)
        let ticket = TicketRecord(
            id: try #require(TicketID(rawValue: "tkt_1")), subject: "Long", description: description,
            customerID: customer.id, createdAt: now, updatedAt: now)
        try await store.apply(ChangeSet([.insertCustomer(customer), .insertTicket(ticket)]))
        return (store, ticket.id)
    }

    static func matches(_ store: PostgresStore, _ text: String) async throws -> [TicketID] {
        try await store.tickets(TicketQuery().matching(try #require(SearchText(text)))).items.map(\.id)
    }

    @Test func longWordsMatchExactly() async throws {
        let (store, id) = try await Self.store(description: "see \(Self.long)x here")
        #expect(try await Self.matches(store, "\(Self.long)x long") == [id], "the whole word")
        #expect(try await Self.matches(store, "\(Self.long) long") == [], "only its first 3,000 bytes, not last")
        #expect(try await Self.matches(store, "\(Self.long)y long") == [], "the same first 2,046 bytes")
        #expect(try await Self.matches(store, "long \(Self.long)") == [id], "a prefix, as the last word")
        #expect(try await Self.matches(store, "long \(Self.long)xz") == [], "longer than the word")
        #expect(try await Self.matches(store, "long nothing") == [])
    }
}

import Foundation
import Helpdesk
import HelpdeskPostgres
import Testing

/// Search beyond the conformance suite: words longer than `tsquery` takes.
@Suite struct SearchTests {
    @Test func aWordLongerThanTsqueryTakesIsStoredAndFound() async throws {
        let store = try await TestDatabase.freshStore()
        let long = String(repeating: "é", count: 3_000) + "x"
        let now = Date(millisecondsSince1970: 1_767_225_600_000)
        let customer = Customer(
            id: try #require(CustomerID(rawValue: "cust_1")), email: "a@example.com", createdAt: now, updatedAt: now)
        let ticket = TicketRecord(
            id: try #require(TicketID(rawValue: "tkt_1")), subject: "Long", description: "see \(long) here",
            customerID: customer.id, createdAt: now, updatedAt: now)
        try await store.apply(ChangeSet([.insertCustomer(customer), .insertTicket(ticket)]))
        let found = try await store.tickets(TicketQuery().matching(try #require(SearchText("\(long) long"))))
        #expect(found.items.map(\.id) == [ticket.id])
        let missing = try await store.tickets(TicketQuery().matching(try #require(SearchText("long nothing"))))
        #expect(missing.total == 0)
    }
}

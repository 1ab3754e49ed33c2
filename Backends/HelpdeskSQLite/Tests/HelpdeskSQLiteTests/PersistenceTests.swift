import Helpdesk
import HelpdeskSQLite
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a store writes is in its file: closing and reopening it changes nothing.
@Suite struct PersistenceTests {
    @Test func recordsSurviveClosingAndReopeningTheFile() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file()
        let customer = Samples.customer(1)
        var ticket = Samples.ticket(1, customer: customer.id, tags: ["billing", "vip"])
        ticket.summary = "Café résumé"
        ticket.customFields = ["plan": .string("pro"), "seats": .number(3)]
        let conversation = Samples.conversation(1, ticket: ticket.id)
        do {
            let store = try SQLiteStore(path: path)
            try await store.apply(
                ChangeSet(
                    [
                        .insertCustomer(customer), .insertTag(Samples.tag(1, "billing")),
                        .insertTag(Samples.tag(2, "vip")), .insertTicket(ticket), .insertConversation(conversation),
                    ]))
            try await store.apply(ChangeSet([.updateTicket(ticket, expectedVersion: 1)]))
        }

        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.ticket(ticket.id) == Stored(ticket, version: 2))
        #expect(try await reopened.conversation(conversation.id) == conversation)
        #expect(try await reopened.customer(email: "ANN@EXAMPLE.COM")?.value.ticketCount == 1)
        #expect(try await reopened.tags(named: ["vip"])["vip"]?.ticketCount == 1)
        let found = try await reopened.tickets(TicketQuery().matching(try #require(SearchText("resume caf"))))
        #expect(found.items.map(\.id) == [ticket.id])
    }
}

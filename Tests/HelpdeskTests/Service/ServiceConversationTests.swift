import Foundation
import Helpdesk
import Testing

@Suite struct ServiceConversationTests {
    @Test func manyRepliesToOneTicketAtOnceAllLand() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        let service = fixture.service
        let author = fixture.byAgent
        // Each reply moves the ticket's version, so most of them lose to another at least once.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<64 {
                group.addTask {
                    _ = try await service.createConversation(
                        ConversationCreate(ticketID: ticket.id, content: "reply \(index)"), by: author)
                }
            }
            try await group.waitForAll()
        }
        let entries = try await service.conversations(
            ConversationQuery().filter(ticket: [ticket.id]).limit(100))
        #expect(entries.total == 64)
        #expect(Set(entries.items.map(\.content)) == Set((0..<64).map { "reply \($0)" }))
    }

    @Test func aReplyTouchesTheTicketAndKeepsContentAsGiven() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        let reply = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "<p>Hello <b>Bob</b> &amp; co</p>\n"), by: fixture.byAgent)
        #expect(reply.type == .reply)
        #expect(!reply.isInternal)
        #expect(reply.author == fixture.byAgent)
        #expect(reply.content == "<p>Hello <b>Bob</b> &amp; co</p>\n")
        #expect(reply.contentText == "Hello Bob & co")
        #expect(try await fixture.service.ticket(ticket.id).updatedAt == reply.createdAt)
    }

    @Test func aNoteIsInternal() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        let note = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "psst", type: .note), by: fixture.byAgent)
        #expect(note.isInternal)
        let error = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createConversation(
                ConversationCreate(ticketID: ticket.id, content: "psst", type: .note, isInternal: false),
                by: fixture.byAgent)
        }
        #expect(error?.fields["internal"] != nil)
        let system = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createConversation(
                ConversationCreate(ticketID: ticket.id, content: "x", type: .system), by: fixture.byAgent)
        }
        #expect(system?.fields["type"] != nil)
    }

    @Test(arguments: [TicketStatus.pending, .solved])
    func aCustomerReplyReopens(_ status: TicketStatus) async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket(status: status)
        _ = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "still broken"), by: fixture.byCustomer)
        #expect(try await fixture.service.ticket(ticket.id).status == .open)
        let system = try await fixture.entries(of: ticket.id).filter { $0.type == .system }
        #expect(
            system.map(\.contentText) == [
                "Status changed from \(status.rawValue) to open by customer Bob Buyer (\(fixture.customer.id))."
            ])
    }

    @Test(arguments: [TicketStatus.open, .onHold])
    func aCustomerReplyLeavesOtherStatusesAlone(_ status: TicketStatus) async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket(status: status)
        _ = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "any news?"), by: fixture.byCustomer)
        #expect(try await fixture.service.ticket(ticket.id).status == status)
    }

    @Test func anAgentReplyDoesNotReopen() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket(status: .pending)
        _ = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "waiting on you"), by: fixture.byAgent)
        #expect(try await fixture.service.ticket(ticket.id).status == .pending)
    }

    @Test func anUnknownTicketIsABadRequestNamingTicketID() async throws {
        let fixture = try await ServiceFixture()
        let error = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createConversation(
                ConversationCreate(ticketID: try #require(TicketID(rawValue: "tkt_nope")), content: "x"),
                by: fixture.byAgent)
        }
        #expect(error?.fields["ticket_id"] == "does not exist")
    }

    @Test func listsFilterByTypeAndVisibility() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        _ = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "a"), by: fixture.byAgent)
        _ = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "b", type: .note), by: fixture.byAgent)
        let publicOnly = try await fixture.service.conversations(ConversationQuery().filter(internal: false))
        #expect(publicOnly.items.map(\.content) == ["a"])
        let notes = try await fixture.service.conversations(ConversationQuery().filter(type: [.note]))
        #expect(notes.items.map(\.content) == ["b"])
        let contradiction = try await fixture.service.conversations(
            ConversationQuery().filter(internal: true).filter(internal: false))
        #expect(contradiction.total == 0)
    }
}

import Foundation
import Helpdesk
import Testing

@Suite struct ServiceCustomerTests {
    @Test func emailsAreUniqueCaseInsensitively() async throws {
        let fixture = try await ServiceFixture()
        let error = await expectHelpdeskError(.conflict) {
            _ = try await fixture.service.createCustomer(CustomerCreate(email: "Bob@Example.com"), by: .system)
        }
        #expect(error?.fields["email"] == "is already taken")
        let other = try await fixture.service.createCustomer(CustomerCreate(email: "carol@example.com"), by: .system)
        await expectHelpdeskError(.conflict) {
            _ = try await fixture.service.updateCustomer(
                other.id, CustomerUpdate(email: "BOB@example.com"), by: .system)
        }
        let recased = try await fixture.service.updateCustomer(
            other.id, CustomerUpdate(email: "Carol@Example.com"), by: .system)
        #expect(recased.email == "Carol@Example.com")
    }

    @Test func updateSetsAndClearsFields() async throws {
        let fixture = try await ServiceFixture()
        let updated = try await fixture.service.updateCustomer(
            fixture.customer.id,
            CustomerUpdate(
                name: .clear, phone: .set(" +1-555-0123 "), company: .set("Acme Inc"),
                customFields: ["vip": .bool(true)]),
            by: .system)
        #expect(updated.name == nil)
        #expect(updated.phone == "+1-555-0123")
        #expect(updated.company == "Acme Inc")
        #expect(updated.customFields == ["vip": .bool(true)])
        #expect(updated.updatedAt > fixture.customer.updatedAt)
    }

    @Test func deletingACustomerWithTicketsNeedsForce() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        let reply = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "hi"), by: fixture.byAgent)
        await expectHelpdeskError(.conflict) {
            try await fixture.service.deleteCustomer(fixture.customer.id, by: .system)
        }
        #expect(try await fixture.service.ticket(ticket.id).id == ticket.id)
        try await fixture.service.deleteCustomer(fixture.customer.id, force: true, by: .system)
        await expectHelpdeskError(.notFound) { _ = try await fixture.service.customer(fixture.customer.id) }
        await expectHelpdeskError(.notFound) { _ = try await fixture.service.ticket(ticket.id) }
        await expectHelpdeskError(.notFound) { _ = try await fixture.service.conversation(reply.id) }
    }

    @Test func aCustomerWithoutTicketsIsDeletedWithoutForce() async throws {
        let fixture = try await ServiceFixture()
        try await fixture.service.deleteCustomer(fixture.customer.id, by: .system)
        #expect(try await fixture.service.customers(CustomerQuery()).total == 0)
    }

    @Test func ticketCountIsLive() async throws {
        let fixture = try await ServiceFixture()
        let first = try await fixture.ticket()
        _ = try await fixture.ticket()
        #expect(try await fixture.service.customer(fixture.customer.id).ticketCount == 2)
        try await fixture.service.deleteTicket(first.id, by: fixture.byAgent)
        #expect(try await fixture.service.customer(fixture.customer.id).ticketCount == 1)
    }
}

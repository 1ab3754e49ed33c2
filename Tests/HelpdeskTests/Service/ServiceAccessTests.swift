import Foundation
import Helpdesk
import Testing

/// Users, API keys, authentication, events and imports.
@Suite struct ServiceAccessTests {
    @Test func mintedKeysAuthenticateAndOnlyTheirDigestIsKept() async throws {
        let fixture = try await ServiceFixture()
        let issued = try await fixture.service.createAPIKey(
            for: .user(fixture.agent.id), APIKeyCreate(name: "ci"), by: .user(fixture.admin.id))
        #expect(issued.key == "hdk_secret000001")
        #expect(issued.name == "ci")
        #expect(try await fixture.service.authenticate(key: issued.key) == .user(fixture.agent))
        #expect(
            try await fixture.service.store.apiKey(digest: SHA256.hexDigest(issued.key))?.digest
                == SHA256.hexDigest(issued.key))
        #expect(try await fixture.service.authenticate(key: "hdk_secret000002") == nil)
        #expect(try await fixture.service.authenticate(key: "") == nil)
    }

    @Test func anInactiveUsersKeysStopWorking() async throws {
        let fixture = try await ServiceFixture()
        let issued = try await fixture.service.createAPIKey(for: .user(fixture.agent.id), by: .system)
        _ = try await fixture.service.updateUser(fixture.agent.id, UserUpdate(isActive: false), by: .system)
        #expect(try await fixture.service.authenticate(key: issued.key) == nil)
    }

    @Test func customerKeysSpeakForTheCustomer() async throws {
        let fixture = try await ServiceFixture()
        let issued = try await fixture.service.createAPIKey(for: .customer(fixture.customer.id), by: .system)
        let principal = try await fixture.service.authenticate(key: issued.key)
        #expect(principal?.author == .customer(fixture.customer.id))
        let ghost = try #require(UserID(rawValue: "user_ghost"))
        await expectHelpdeskError(.notFound) {
            _ = try await fixture.service.createAPIKey(for: .user(ghost), by: .system)
        }
    }

    @Test func userEmailsAreUnique() async throws {
        let fixture = try await ServiceFixture()
        await expectHelpdeskError(.conflict) {
            _ = try await fixture.service.createUser(UserCreate(email: "ANN@example.com", name: "Other"), by: .system)
        }
        let viewer = try await fixture.service.updateUser(fixture.agent.id, UserUpdate(role: .viewer), by: .system)
        #expect(viewer.role == .viewer)
    }

    @Test func everyCommittedChangeIsPublishedAndRejectedOnesAreNot() async throws {
        let fixture = try await ServiceFixture()
        var stream = fixture.service.events.subscribe().makeAsyncIterator()
        let ticket = try await fixture.service.createTicket(
            TicketCreate(subject: "x", customer: .email("new@example.com"), tags: ["t"]), by: fixture.byAgent)
        await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createTicket(
                TicketCreate(subject: "", customer: .email("z@example.com")), by: fixture.byAgent)
        }
        _ = try await fixture.service.updateTicket(ticket.id, TicketUpdate(status: .pending), by: fixture.byAgent)
        try await fixture.service.deleteTicket(ticket.id, by: fixture.byAgent)
        var names: [String] = []
        for _ in 0..<6 { names.append(try #require(await stream.next()).name) }
        #expect(
            names == [
                "customer.created", "tag.created", "ticket.created", "conversation.created", "ticket.updated",
                "ticket.deleted",
            ])
    }

    @Test func updateEventsNameTheChangedFields() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        var stream = fixture.service.events.subscribe().makeAsyncIterator()
        _ = try await fixture.service.updateTicket(
            ticket.id, TicketUpdate(subject: "new", priority: .urgent), by: fixture.byAgent)
        var last: HelpdeskEvent?
        for _ in 0..<2 { last = await stream.next() }
        #expect(last?.action == .updated(fields: ["priority", "subject"]))
        #expect(last?.author == fixture.byAgent)
    }

    @Test func importKeepsIdsAndTimesAndValidates() async throws {
        let service = HelpdeskService(
            store: InMemoryStore(), clock: .constant(ServiceFixture.start), ids: .incrementing())
        let customerID = try #require(CustomerID(rawValue: "cust_000001"))
        let ticketID = try #require(TicketID(rawValue: "tkt_0000001"))
        let created = try #require(ISO8601.parse("2024-01-01T00:00:00Z"))
        let batch = ImportBatch(
            customers: [Customer(id: customerID, email: "c1@example.com", createdAt: created, updatedAt: created)],
            tickets: [
                TicketRecord(
                    id: ticketID, subject: " Imported ", customerID: customerID, tags: ["Tag00"], createdAt: created,
                    updatedAt: created)
            ])
        try await service.importRecords(batch)
        let ticket = try await service.ticket(ticketID)
        #expect(ticket.subject == "Imported")
        #expect(ticket.createdAt == created)
        #expect(ticket.tags == ["tag00"])
        await expectHelpdeskError(.conflict) { try await service.importRecords(batch) }
        var bad = batch
        bad.customers[0].email = "nope"
        bad.tickets[0].subject = ""
        let error = await expectHelpdeskError(.badRequest) { try await service.importRecords(bad) }
        #expect(error?.fields.keys.sorted() == ["customers[0].email", "tickets[0].subject"])
        let orphan = ImportBatch(tickets: [
            TicketRecord(
                id: try #require(TicketID(rawValue: "tkt_x")), subject: "x",
                customerID: try #require(CustomerID(rawValue: "cust_ghost")), createdAt: created, updatedAt: created)
        ])
        let missing = await expectHelpdeskError(.badRequest) { try await service.importRecords(orphan) }
        #expect(missing?.fields["customer_id"] == "does not exist")
        #expect(try await service.tickets(TicketQuery()).total == 1)
    }
}

@Suite struct SelfLockoutTests {
    @Test func usersCannotDeactivateOrDemoteThemselves() async throws {
        let fixture = try await ServiceFixture()
        let me = Author.user(fixture.admin.id)
        let deactivate = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.updateUser(fixture.admin.id, UserUpdate(isActive: false), by: me)
        }
        #expect(deactivate?.fields["active"] != nil)
        let demote = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.updateUser(fixture.admin.id, UserUpdate(role: .viewer), by: me)
        }
        #expect(demote?.fields["role"] != nil)
        #expect(
            try await fixture.service.updateUser(fixture.admin.id, UserUpdate(name: "Ada", role: .admin), by: me).name
                == "Ada")
        #expect(
            try await fixture.service.updateUser(fixture.agent.id, UserUpdate(isActive: false), by: me).isActive
                == false)
    }
}

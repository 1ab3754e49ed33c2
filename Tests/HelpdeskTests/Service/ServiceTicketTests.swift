import Foundation
import Helpdesk
import Testing

@Suite struct ServiceTicketTests {
    @Test func newRecordsCarryTheirCreationTimeInTheirIDs() async throws {
        // Every read of this clock is a millisecond later than the one before, so an id that
        // read the clock again would encode another millisecond than its record's created_at.
        let service = HelpdeskService(
            store: InMemoryStore(), clock: .advancing(from: seedInstant, by: .milliseconds(1)))
        let agent = try await service.createUser(UserCreate(email: "ann@example.com", name: "Ann"), by: .system)
        let ticket = try await service.createTicket(
            TicketCreate(subject: "Help", customer: .email("bob@example.com"), tags: ["vip"]), by: .user(agent.id))
        let reply = try await service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "On it"), by: .user(agent.id))
        let customer = try await service.customer(ticket.customer.id)
        let tag = try #require(try await service.tags(RecordQuery()).items.first)
        #expect(encodedMilliseconds(agent.id) == agent.createdAt.millisecondsSince1970)
        #expect(encodedMilliseconds(ticket.id) == ticket.createdAt.millisecondsSince1970)
        #expect(encodedMilliseconds(customer.id) == customer.createdAt.millisecondsSince1970)
        #expect(encodedMilliseconds(tag.id) == tag.createdAt.millisecondsSince1970)
        #expect(encodedMilliseconds(reply.id) == reply.createdAt.millisecondsSince1970)
    }

    @Test func createByUnknownEmailCreatesTheCustomerAndTags() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.service.createTicket(
            TicketCreate(
                subject: "  Printer on fire ", customer: .email("New.Person@Example.com"),
                tags: [" Billing", "billing", "VIP"]),
            by: fixture.byAgent)
        #expect(ticket.subject == "Printer on fire")
        #expect(ticket.status == .open)
        #expect(ticket.priority == .medium)
        #expect(ticket.tags == ["billing", "vip"])
        #expect(ticket.customer.email == "New.Person@Example.com")
        #expect(ticket.assignee == nil)
        let customer = try await fixture.service.customer(ticket.customer.id)
        #expect(customer.ticketCount == 1)
        let tags = try await fixture.service.tags(RecordQuery()).items
        #expect(Set(tags.map(\.name)) == ["billing", "vip"])
        #expect(tags.allSatisfy { $0.ticketCount == 1 && $0.color == Tag.defaultColor })
    }

    @Test func createByKnownEmailReusesTheCustomerCaseInsensitively() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.service.createTicket(
            TicketCreate(subject: "Hi", customer: .email("BOB@example.com")), by: fixture.byAgent)
        #expect(ticket.customer.id == fixture.customer.id)
        #expect(try await fixture.service.customers(CustomerQuery()).total == 1)
    }

    @Test func createRefusesMissingReferencesAndChangesNothing() async throws {
        let fixture = try await ServiceFixture()
        let ghostCustomer = try #require(CustomerID(rawValue: "cust_ghost"))
        let ghostUser = try #require(UserID(rawValue: "user_ghost"))
        let error = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createTicket(
                TicketCreate(subject: "x", customer: .id(ghostCustomer)), by: fixture.byAgent)
        }
        #expect(error?.fields["customer_id"] == "does not exist")
        let assigneeError = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createTicket(
                TicketCreate(subject: "x", customer: .email("new@example.com"), assigneeID: ghostUser, tags: ["fresh"]),
                by: fixture.byAgent)
        }
        #expect(assigneeError?.fields["assignee_id"] == "does not exist")
        let bothError = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createTicket(
                TicketCreate(subject: "x", customer: .id(ghostCustomer), assigneeID: ghostUser), by: fixture.byAgent)
        }
        #expect(bothError?.fields == ["customer_id": "does not exist", "assignee_id": "does not exist"])
        #expect(try await fixture.service.customers(CustomerQuery()).total == 1)
        #expect(try await fixture.service.tags(RecordQuery()).total == 0)
        #expect(try await fixture.service.tickets(TicketQuery()).total == 0)
    }

    @Test func anInactiveAgentCannotBeAssigned() async throws {
        let fixture = try await ServiceFixture()
        _ = try await fixture.service.updateUser(fixture.agent.id, UserUpdate(isActive: false), by: .system)
        let ticket = try await fixture.ticket()
        let error = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.updateTicket(
                ticket.id, TicketUpdate(assignee: .set(fixture.agent.id)), by: .user(fixture.admin.id))
        }
        #expect(error?.fields["assignee_id"] == "is not an active user")
    }

    /// A viewer only reads, so no ticket is given to one, on create or on update; nothing changes.
    @Test func aViewerCannotBeAssigned() async throws {
        let fixture = try await ServiceFixture()
        let viewer = try await fixture.service.createUser(
            UserCreate(email: "vic@example.com", name: "Vic Viewer", role: .viewer), by: .system)
        let ticket = try await fixture.ticket()
        let updateError = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.updateTicket(
                ticket.id, TicketUpdate(assignee: .set(viewer.id)), by: .user(fixture.admin.id))
        }
        #expect(updateError?.fields["assignee_id"] == "is a viewer, who cannot be assigned tickets")
        let createError = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createTicket(
                TicketCreate(subject: "x", customer: .id(fixture.customer.id), assigneeID: viewer.id),
                by: fixture.byAgent)
        }
        #expect(createError?.fields["assignee_id"] == "is a viewer, who cannot be assigned tickets")
        #expect(try await fixture.service.ticket(ticket.id).assignee == nil)
        #expect(try await fixture.service.tickets(TicketQuery()).total == 1)
    }

    @Test func statusPriorityAndAssigneeChangesWriteSystemEntriesNamingWho() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        let updated = try await fixture.service.updateTicket(
            ticket.id,
            TicketUpdate(status: .pending, priority: .high, assignee: .set(fixture.agent.id)),
            by: .user(fixture.admin.id))
        #expect(updated.status == .pending)
        #expect(updated.priority == .high)
        #expect(updated.assignee == Ticket.Assignee(id: fixture.agent.id, name: "Ann Agent", email: "ann@example.com"))
        #expect(updated.updatedAt > ticket.updatedAt)
        let entries = try await fixture.entries(of: ticket.id)
        #expect(entries.map(\.type) == [.system, .system, .system])
        #expect(entries.allSatisfy { $0.isInternal && $0.author == .system })
        let texts = entries.map(\.contentText)
        #expect(texts.contains("Status changed from open to pending by Ada Admin (\(fixture.admin.id))."))
        #expect(texts.contains("Priority changed from medium to high by Ada Admin (\(fixture.admin.id))."))
        #expect(
            texts.contains(
                "Assignee changed from nobody to Ann Agent (\(fixture.agent.id)) by Ada Admin (\(fixture.admin.id))."))
    }

    @Test func anUpdateThatChangesNothingWritesNothing() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        let same = try await fixture.service.updateTicket(
            ticket.id, TicketUpdate(subject: " Help needed ", status: .open), by: fixture.byAgent)
        #expect(same == ticket)
        #expect(try await fixture.entries(of: ticket.id).isEmpty)
    }

    @Test func nullClearsTheAssigneeAndTheSummary() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        _ = try await fixture.service.updateTicket(
            ticket.id, TicketUpdate(summary: .set("short"), assignee: .set(fixture.agent.id)), by: fixture.byAgent)
        let cleared = try await fixture.service.updateTicket(
            ticket.id, TicketUpdate(summary: .clear, assignee: .clear), by: fixture.byAgent)
        #expect(cleared.assignee == nil)
        #expect(cleared.summary == nil)
    }

    @Test func aClosedTicketIsFinal() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        _ = try await fixture.service.updateTicket(ticket.id, TicketUpdate(status: .closed), by: fixture.byAgent)
        let reopen = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.updateTicket(ticket.id, TicketUpdate(status: .open), by: fixture.byAgent)
        }
        let reply = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createConversation(
                ConversationCreate(ticketID: ticket.id, content: "hello?"), by: fixture.byCustomer)
        }
        #expect(reopen?.fields == ["status": "is closed, which is final"])
        #expect(reply?.fields == ["status": "is closed, which is final"])
        #expect(try await fixture.service.ticket(ticket.id).status == .closed)
        // Final for changes and replies, but it can still be erased.
        try await fixture.service.deleteTicket(ticket.id, by: fixture.byAgent)
        await expectHelpdeskError(.notFound) { _ = try await fixture.service.ticket(ticket.id) }
    }

    @Test func tagsOnUpdateAreCreatedAndCounted() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket(tags: ["a"])
        let updated = try await fixture.service.updateTicket(
            ticket.id, TicketUpdate(tags: ["B", "c"]), by: fixture.byAgent)
        #expect(updated.tags == ["b", "c"])
        let counts = Dictionary(
            uniqueKeysWithValues: try await fixture.service.tags(RecordQuery()).items.map { ($0.name, $0.ticketCount) })
        #expect(counts == ["a": 0, "b": 1, "c": 1])
    }

    @Test func deleteRemovesTheTicketAndItsConversation() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        let reply = try await fixture.service.createConversation(
            ConversationCreate(ticketID: ticket.id, content: "hi"), by: fixture.byAgent)
        try await fixture.service.deleteTicket(ticket.id, by: fixture.byAgent)
        await expectHelpdeskError(.notFound) { _ = try await fixture.service.ticket(ticket.id) }
        await expectHelpdeskError(.notFound) { _ = try await fixture.service.conversation(reply.id) }
        await expectHelpdeskError(.notFound) { try await fixture.service.deleteTicket(ticket.id, by: fixture.byAgent) }
        #expect(try await fixture.service.customer(fixture.customer.id).ticketCount == 0)
    }

    @Test func aFailedPreconditionChangesNothing() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket()
        await expectHelpdeskError(.preconditionFailed) {
            _ = try await fixture.service.updateTicket(
                ticket.id, TicketUpdate(status: .solved), by: fixture.byAgent, precondition: { _ in false })
        }
        await expectHelpdeskError(.preconditionFailed) {
            try await fixture.service.deleteTicket(ticket.id, by: fixture.byAgent, precondition: { _ in false })
        }
        let kept = try await fixture.service.updateTicket(
            ticket.id, TicketUpdate(status: .solved), by: fixture.byAgent,
            precondition: { $0.updatedAt == ticket.updatedAt })
        #expect(kept.status == .solved)
    }

    @Test func listsJoinCustomersAndAssignees() async throws {
        let fixture = try await ServiceFixture()
        let first = try await fixture.ticket("first")
        _ = try await fixture.service.updateTicket(
            first.id, TicketUpdate(assignee: .set(fixture.agent.id)), by: fixture.byAgent)
        _ = try await fixture.ticket("second")
        let page = try await fixture.service.tickets(TicketQuery().filter(status: [.open]))
        #expect(page.total == 2)
        #expect(page.items.map(\.subject) == ["second", "first"])
        #expect(page.items[1].assignee?.name == "Ann Agent")
        #expect(page.items.allSatisfy { $0.customer.name == "Bob Buyer" })
    }

    @Test func aCursorForAnotherSortIsRefused() async throws {
        let fixture = try await ServiceFixture()
        for index in 0..<3 { _ = try await fixture.ticket("t\(index)") }
        let page = try await fixture.service.tickets(TicketQuery().limit(1))
        let cursor = try #require(page.nextCursor)
        await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.tickets(TicketQuery().sorted(by: .priority).after(cursor))
        }
        await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.tickets(TicketQuery().sorted(by: .priority).after(Cursor(timestamp: 0)))
        }
    }

    @Test func concurrentCreatesForOneNewEmailMakeOneCustomer() async throws {
        let fixture = try await ServiceFixture()
        let service = fixture.service
        let author = fixture.byAgent
        try await withThrowingTaskGroup(of: Ticket.self) { group in
            for index in 0..<12 {
                group.addTask {
                    try await service.createTicket(
                        TicketCreate(subject: "race \(index)", customer: .email("racer@example.com"), tags: ["race"]),
                        by: author)
                }
            }
            var customers: Set<CustomerID> = []
            for try await ticket in group { customers.insert(ticket.customer.id) }
            #expect(customers.count == 1)
        }
        let racer = try #require(
            try await service.customers(CustomerQuery().filter(email: ["racer@example.com"])).items.first)
        #expect(racer.ticketCount == 12)
        #expect(try await service.tags(RecordQuery()).items.map(\.ticketCount) == [12])
    }
}

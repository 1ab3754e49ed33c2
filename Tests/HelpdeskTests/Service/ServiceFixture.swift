import Foundation
import Helpdesk
import Testing

/// A service over a fresh in-memory store with a clock that advances one second a call,
/// incrementing ids and predictable secrets, plus an admin, an agent and a customer.
struct ServiceFixture {
    static let start = Date(timeIntervalSince1970: 1_736_937_000)  // 2025-01-15T10:30:00Z

    let service: HelpdeskService
    let admin: User
    let agent: User
    let customer: Customer

    init() async throws {
        service = HelpdeskService(
            store: InMemoryStore(), clock: .advancing(from: Self.start), ids: .incrementing(),
            secrets: .incrementing())
        admin = try await service.createUser(
            UserCreate(email: "admin@example.com", name: "Ada Admin", role: .admin), by: .system)
        agent = try await service.createUser(UserCreate(email: "ann@example.com", name: "Ann Agent"), by: .system)
        customer = try await service.createCustomer(
            CustomerCreate(email: "bob@example.com", name: "Bob Buyer"), by: .system)
    }

    var byAgent: Author { .user(agent.id) }
    var byCustomer: Author { .customer(customer.id) }

    /// A ticket of the fixture's customer.
    func ticket(
        _ subject: String = "Help needed", tags: [String] = [], priority: TicketPriority = .medium,
        status: TicketStatus = .open
    ) async throws -> Ticket {
        try await service.createTicket(
            TicketCreate(
                subject: subject, customer: .id(customer.id), status: status, priority: priority, tags: tags),
            by: byAgent)
    }

    /// Every conversation entry of a ticket, oldest first.
    func entries(of ticket: TicketID) async throws -> [Conversation] {
        try await service.conversations(ConversationQuery().filter(ticket: [ticket]).limit(100)).items
    }
}

/// Expects `body` to throw a ``HelpdeskError`` with `code`, and answers it.
@discardableResult
func expectHelpdeskError(
    _ code: HelpdeskError.Code, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> Void
) async -> HelpdeskError? {
    do {
        try await body()
        Issue.record("expected \(code), but nothing was thrown", sourceLocation: sourceLocation)
        return nil
    } catch let error as HelpdeskError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("expected a HelpdeskError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

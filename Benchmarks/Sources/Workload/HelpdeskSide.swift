public import Helpdesk

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The library's side: a ``HelpdeskStore`` (an ``InMemoryStore`` unless told otherwise) loaded through
/// ``HelpdeskService/importRecords(_:by:)``, asked through the public ``HelpdeskStore`` API, and served through
/// ``HelpdeskHandler`` for the request-path figure.
public final class HelpdeskSide: WorkloadSide {
    public let name: String
    public let store: any HelpdeskStore
    public let service: HelpdeskService
    /// The handler, with a rate limit no benchmark reaches.
    public let handler: HelpdeskHandler
    /// An admin key, minted at start, for the request path.
    public let adminKey = "bench-admin-key-0123456789abcdef"
    /// How many tickets an import batch carries while loading.
    static let batchSize = 100_000

    /// The library on `store`, named `name` in the report.
    public init(name: String = "swift-helpdesk", store: any HelpdeskStore = InMemoryStore()) {
        self.name = name
        self.store = store
        service = HelpdeskService(store: store)
        var configuration = HandlerConfiguration()
        configuration.rateLimit = RateLimitPolicy(limit: 1_000_000_000, window: .seconds(60))
        handler = HelpdeskHandler(service: service, configuration: configuration)
    }

    public func load(_ tickets: [WorkloadTicket], customerCount: Int) async throws {
        _ = try await service.bootstrapAdmin(key: adminKey)
        let created = Date(millisecondsSince1970: WorkloadGenerator.epoch * 1000)
        let agents = try (1...WorkloadGenerator.agentCount).map { number in
            User(
                id: try Self.id(WorkloadNames.agent(number)), email: "agent\(number)@example.com",
                name: "Agent \(number)", role: .agent, createdAt: created)
        }
        let customers = try (1...max(customerCount, 1)).map { number in
            Customer(
                id: try Self.id(WorkloadNames.customer(number)), email: "customer\(number)@example.com",
                createdAt: created, updatedAt: created)
        }
        try await service.importRecords(ImportBatch(users: agents, customers: customers))
        var start = 0
        while start < tickets.count {
            let end = min(start + Self.batchSize, tickets.count)
            try await service.importRecords(ImportBatch(tickets: try tickets[start..<end].map(Self.record)))
            start = end
        }
    }

    public func answer(_ question: Question) async throws -> Answer {
        let page = try await store.tickets(try Self.query(question))
        var answer = Answer(ids: page.items.map(\.id.rawValue), total: page.total)
        if case .pendingPage = question, page.items.count == Question.limit, let last = page.items.last {
            answer.next = .init(createdAt: last.createdAt.millisecondsSince1970 / 1000, id: last.id.rawValue)
        }
        return answer
    }

    public func create(_ ticket: WorkloadTicket) async throws {
        try await store.apply(ChangeSet([.insertTicket(try Self.record(ticket))]))
    }

    public func update(_ change: TicketChange) async throws {
        let id: TicketID = try Self.id(WorkloadNames.ticket(change.index))
        guard let stored = try await store.ticket(id) else { throw BenchmarkError.missing(id.rawValue) }
        var record = stored.value
        record.status = change.status
        record.assigneeID = try change.assignee.map { try Self.id(WorkloadNames.agent($0)) }
        record.updatedAt = Date(millisecondsSince1970: change.updatedAt * 1000)
        try await store.apply(ChangeSet([.updateTicket(record, expectedVersion: stored.version)]))
    }

    public func delete(index: Int) async throws {
        try await store.apply(
            ChangeSet([.deleteTicket(try Self.id(WorkloadNames.ticket(index)), expectedVersion: nil)]))
    }

    /// `GET /api/v1/tickets?status=open&limit=25` through the handler: routing, auth, query, JSON.
    public func openTicketsRequest() async -> HelpdeskResponse {
        await handler.handle(
            HelpdeskRequest(
                method: "GET", target: "/api/v1/tickets?status=open&limit=25",
                headers: [("Authorization", "Bearer \(adminKey)")]))
    }
}

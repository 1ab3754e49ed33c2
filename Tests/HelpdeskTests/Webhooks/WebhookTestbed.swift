import Foundation
import Helpdesk
import HelpdeskTesting
import Synchronization
import Testing

/// A handler and its service on a manual clock with fixed jitter, a recording transport, and a
/// dispatcher: what the webhook and change-feed tests drive.
struct WebhookTestbed {
    let clock = ManualClock()
    let client: HelpdeskTestClient
    let transport: RecordingTransport
    var service: HelpdeskService { client.handler.service }
    var dispatcher: WebhookDispatcher { WebhookDispatcher(service: service, transport: transport) }

    init(
        retention: TimeInterval = 7 * 86_400,
        answer: @escaping @Sendable (WebhookRequest) -> WebhookOutcome = { _ in
            .response(statusCode: 200)
        }
    ) async throws {
        transport = RecordingTransport(answer: answer)
        client = try await HelpdeskTestClient(
            serviceClock: clock.dateGenerator,
            outbox: OutboxSettings(eventRetention: retention, jitter: .fixed(0.5)))
    }

    /// A subscription to `events` (all by default), with its secret.
    func subscribe(_ events: [String] = ["*"]) async throws -> IssuedWebhook {
        try await service.createWebhook(WebhookCreate(url: "https://hooks.example.com/in", events: events), by: .system)
    }

    /// A ticket of a new customer.
    @discardableResult
    func ticket(_ subject: String = "Help", customer: String = "bob@example.com") async throws -> Ticket {
        try await service.createTicket(TicketCreate(subject: subject, customer: .email(customer)), by: .system)
    }

    /// Every event of the feed, walked `limit` at a time.
    func allEvents(limit: ListLimit = 7) async throws -> [EventRecord] {
        var events: [EventRecord] = []
        var cursor: FeedCursor?
        while true {
            let page = try await service.eventFeed(after: cursor, limit: limit)
            events += page.events
            cursor = page.nextCursor
            if !page.hasMore { return events }
        }
    }
}

/// A ``WebhookTransport`` that keeps every request and answers as it is told.
final class RecordingTransport: WebhookTransport {
    private let sent = Mutex<[WebhookRequest]>([])
    private let answer: @Sendable (WebhookRequest) -> WebhookOutcome

    init(answer: @escaping @Sendable (WebhookRequest) -> WebhookOutcome) { self.answer = answer }

    func send(_ request: WebhookRequest) async -> WebhookOutcome {
        sent.withLock { $0.append(request) }
        return answer(request)
    }

    /// Every request so far, in the order sent.
    var requests: [WebhookRequest] { sent.withLock { $0 } }
}

extension WebhookRequest {
    /// The body as JSON.
    var json: JSONValue? { try? JSONParser.parse(body) }
}

extension EventRecord {
    /// The payload as JSON.
    var json: JSONValue? { try? JSONParser.parse(Array(payload.utf8)) }
}

import AsyncHTTPClient
import Foundation
import HTTPTypes
import Helpdesk
import HelpdeskServer
import HelpdeskTesting
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServiceLifecycle
import Synchronization
import Testing

/// Webhooks over real sockets: the server's transport posts to a receiver on loopback, which
/// checks the signature, sees each resource's events in order, and gets a failed delivery again.
@Suite struct WebhookDeliveryTests {
    @Test(arguments: ["http://127.0.0.1:99999/hooks", "http://[::1]:65536/", "http://localhost:70000/"])
    func aPortPastTheTCPRangeFailsTheDeliveryWithoutTrapping(url: String) async throws {
        let deliveryID = try #require(DeliveryID(rawValue: "dlv_1"))
        let client = HTTPWebhookTransport.makeClient(timeout: .seconds(5))
        let request = WebhookRequest(deliveryID: deliveryID, url: url, headers: [], body: [])
        let outcome = await HTTPWebhookTransport(client: client).send(request)
        try await client.shutdown()
        #expect(
            outcome == .failure(reason: "the URL's port \(URL(string: url)?.port ?? 0) is not a TCP port (0 to 65535)"))
    }

    /// Nothing listens on port 1 of loopback: the attempt fails at the refused connection, in
    /// milliseconds, where AsyncHTTPClient's reconnecting held it for 10 seconds.
    @Test func aRefusedConnectionFailsTheAttemptAtOnce() async throws {
        let deliveryID = try #require(DeliveryID(rawValue: "dlv_1"))
        let client = HTTPWebhookTransport.makeClient(timeout: .seconds(60))
        let request = WebhookRequest(deliveryID: deliveryID, url: "http://127.0.0.1:1/hooks", headers: [], body: [])
        let started = ContinuousClock.now
        let outcome = await HTTPWebhookTransport(client: client).send(request)
        let elapsed = ContinuousClock.now - started
        try await client.shutdown()
        guard case .failure(let reason) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(reason == "network error: Connection refused (errno 111)", "\(reason)")
        #expect(elapsed < .seconds(5), "\(elapsed)")  // reconnecting gave up only after 10 s
    }

    @Test func deliveriesReachALoopbackReceiverSignedAndInOrder() async throws {
        try await Receiver.run(failingFirst: 2) { receiver in
            let clock = ManualClock()
            let service = HelpdeskService(store: InMemoryStore(), clock: clock.dateGenerator, outbox: .standard)
            let issued = try await service.createWebhook(
                WebhookCreate(url: "http://127.0.0.1:\(receiver.port)/hooks", events: ["ticket.*"]), by: .system)
            let ticket = try await service.createTicket(
                TicketCreate(subject: "Help", customer: .email("bob@example.com")), by: .system)
            for status in [TicketStatus.pending, .solved] {
                _ = try await service.updateTicket(ticket.id, TicketUpdate(status: status), by: .system)
            }
            let client = HTTPWebhookTransport.makeClient(timeout: .seconds(5))
            let dispatcher = WebhookDispatcher(service: service, transport: HTTPWebhookTransport(client: client))
            var rounds = 0
            while receiver.accepted.count < 3, rounds < 20 {
                try await dispatcher.deliverDue()
                clock.advance(by: 3600)
                rounds += 1
            }
            try await client.shutdown()

            let all = receiver.received
            #expect(all.count == 5, "two refused attempts and three deliveries")
            #expect(all.prefix(2).allSatisfy { $0.answered == 500 })
            #expect(all[0].eventID == all[1].eventID, "the refused delivery is tried again before any other")
            let accepted = receiver.accepted
            #expect(accepted.map(\.type) == ["ticket.created", "ticket.updated", "ticket.updated"])
            let now = clock.dateGenerator.now().millisecondsSince1970 / 1000
            for request in all {
                #expect(
                    WebhookSignature.verify(
                        header: request.signature, body: request.body, secret: issued.webhook.secret, now: now,
                        tolerance: 86_400),
                    "\(request.signature)")
            }
            let statuses = try await service.deliveries(of: issued.webhook.id, RecordQuery()).items.map(\.status)
            #expect(statuses.allSatisfy { $0 == .succeeded })
        }
    }

    @Test func theServerSendsWebhooksInTheBackground() async throws {
        try await Receiver.run(failingFirst: 0) { receiver in
            let helpdesk = try await ServerHelpdesk(apiKey: LiveServer.adminKey)
            var app = HelpdeskApplication(handler: helpdesk.handler, logger: LiveServer.quietLogger)
            app.addServices(
                WebhookDeliveryService(
                    service: helpdesk.handler.service, interval: .milliseconds(20), logger: LiveServer.quietLogger))
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let hook = try await api.post(
                    "/webhooks",
                    json: #"{"url": "http://127.0.0.1:\#(receiver.port)/in", "events": ["customer.created"]}"#)
                #expect(hook.status == .created)
                #expect(try await api.post("/customers", json: #"{"email": "eve@example.com"}"#).status == .created)
                let first = try await receiver.nextAccepted()
                #expect(first?.type == "customer.created")
            }
        }
    }
}

/// A webhook receiver on a free loopback port that records every request and refuses the first few with 500.
final class Receiver: Sendable {
    struct Request: Sendable {
        let type: String
        let eventID: String
        let signature: String
        let body: [UInt8]
        let answered: Int
    }

    private let log = Mutex<[Request]>([])
    private let refusals: Int
    private let arrivals = AsyncStream.makeStream(of: Request.self)
    let port: Int

    private init(port: Int, refusals: Int) {
        self.port = port
        self.refusals = refusals
    }

    /// The next request it accepts; fails after `deadline` if none comes, so that a broken server cannot hang the test.
    func nextAccepted(within deadline: Duration = .seconds(30)) async throws -> Request? {
        let stream = arrivals.stream
        return try await withThrowingTaskGroup(of: Request?.self) { group in
            group.addTask { await stream.first { $0.answered == 204 } }
            group.addTask {
                try await Task.sleep(for: deadline)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    var received: [Request] { log.withLock { $0 } }
    var accepted: [Request] { received.filter { $0.answered == 204 } }

    /// Records a request and says how to answer it.
    fileprivate func record(_ request: Hummingbird.Request, body: ByteBuffer) -> Int {
        func header(_ name: String) -> String { HTTPField.Name(name).flatMap { request.headers[$0] } ?? "" }
        let entry = log.withLock { log in
            let entry = Request(
                type: header("Helpdesk-Event-Type"), eventID: header("Helpdesk-Event-ID"),
                signature: header(WebhookSignature.headerName), body: Array(buffer: body),
                answered: log.count < refusals ? 500 : 204)
            log.append(entry)
            return entry
        }
        arrivals.continuation.yield(entry)
        return entry.answered
    }

    /// Starts a receiver, runs `body` with it, and stops it.
    static func run(failingFirst refusals: Int, _ body: @Sendable (Receiver) async throws -> Void) async throws {
        let ready = AsyncStream.makeStream(of: Int.self)
        let holder = Mutex<Receiver?>(nil)
        let router = Router()
        router.post("**") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            let status = holder.withLock { $0 }?.record(request, body: bytes) ?? 503
            return Response(status: .init(code: status))
        }
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in ready.continuation.yield(channel.localAddress?.port ?? 0) },
            logger: LiveServer.quietLogger)
        let services = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: LiveServer.quietLogger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var ports = ready.stream.makeAsyncIterator()
            let port = await ports.next() ?? 0
            let receiver = Receiver(port: port, refusals: refusals)
            holder.withLock { $0 = receiver }
            do {
                try await body(receiver)
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }
}

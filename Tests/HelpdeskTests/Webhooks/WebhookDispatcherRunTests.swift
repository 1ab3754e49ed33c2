import Foundation
import Helpdesk
import HelpdeskTesting
import Synchronization
import Testing

/// ``WebhookDispatcher/run(every:maximumInFlight:onError:)``: sends do not wait for each other.
@Suite struct WebhookDispatcherRunTests {
    /// A receiver that has not answered holds up no other subscription: the dispatcher claims and
    /// sends the others' deliveries while it waits.
    @Test(.timeLimit(.minutes(1)))
    func aReceiverThatDoesNotAnswerHoldsUpNoOtherSubscription() async throws {
        let bed = try await WebhookTestbed()
        for host in ["slow", "fast"] {
            _ = try await bed.service.createWebhook(
                WebhookCreate(url: "https://\(host).example.com/in", events: ["ticket.created"]), by: .system)
        }
        let transport = HeldTransport(holding: "slow.example.com")
        let dispatcher = WebhookDispatcher(service: bed.service, transport: transport)
        let first = try await bed.ticket("One")
        let running = Task { await dispatcher.run(every: .milliseconds(5)) }
        var fastTickets = transport.fastSends.makeAsyncIterator()
        #expect(await fastTickets.next() == first.id.rawValue)
        let second = try await bed.ticket("Two", customer: "carl@example.com")
        #expect(await fastTickets.next() == second.id.rawValue, "sent while the slow receiver still holds the first")
        #expect(transport.heldCount >= 1)
        transport.release()
        running.cancel()
        await running.value
        #expect(transport.heldCount == 0, "the run ends once the sends under way have ended")
    }
}

/// Answers `200` at once, except to `heldHost`, whose sends wait until ``release()``.
final class HeldTransport: WebhookTransport {
    private struct State {
        var released = false
        var waiting: [CheckedContinuation<Void, Never>] = []
        var held = 0
    }

    private let heldHost: String
    private let state = Mutex(State())
    private let fastContinuation: AsyncStream<String>.Continuation
    /// The ticket id of each send to another host, in order.
    let fastSends: AsyncStream<String>

    init(holding heldHost: String) {
        self.heldHost = heldHost
        (fastSends, fastContinuation) = AsyncStream.makeStream()
    }

    /// Sends to the held host that have not answered yet.
    var heldCount: Int { state.withLock { $0.held } }

    func send(_ request: WebhookRequest) async -> WebhookOutcome {
        guard request.url.contains(heldHost) else {
            fastContinuation.yield(request.json?["resource"]?["id"]?.stringValue ?? "")
            return .response(statusCode: 200)
        }
        await withCheckedContinuation { continuation in
            let go = state.withLock { state in
                state.held += 1
                if state.released { return true }
                state.waiting.append(continuation)
                return false
            }
            if go { continuation.resume() }
        }
        state.withLock { $0.held -= 1 }
        return .response(statusCode: 200)
    }

    /// Lets every held send answer, and every later one go at once.
    func release() {
        let waiting = state.withLock { state in
            state.released = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume() }
    }
}

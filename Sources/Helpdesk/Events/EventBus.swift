import Synchronization

/// Hands every committed change to whoever subscribed, in commit order per publisher call.
public final class EventBus: Sendable {
    private let subscribers = Mutex<[Int: AsyncStream<HelpdeskEvent>.Continuation]>([:])
    private let nextToken = Atomic<Int>(0)

    public init() {}

    /// A stream of every event published from now on; it ends when the consumer stops iterating.
    public func subscribe(bufferingNewest limit: Int = 10_000) -> AsyncStream<HelpdeskEvent> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: HelpdeskEvent.self, bufferingPolicy: .bufferingNewest(limit))
        let token = nextToken.wrappingAdd(1, ordering: .relaxed).newValue
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: token) }
        }
        subscribers.withLock { $0[token] = continuation }
        return stream
    }

    /// Whether anyone listens: publishers may skip building events nobody reads.
    public var hasSubscribers: Bool { subscribers.withLock { !$0.isEmpty } }

    /// Sends `events` to every subscriber.
    public func publish(_ events: [HelpdeskEvent]) {
        guard !events.isEmpty else { return }
        subscribers.withLock { subscribers in
            for continuation in subscribers.values {
                for event in events { continuation.yield(event) }
            }
        }
    }
}

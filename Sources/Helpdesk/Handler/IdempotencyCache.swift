import Synchronization

/// Remembers the answers of `POST`s sent with an `Idempotency-Key`, per API key, for a window.
///
/// A request first calls ``begin(scope:key:fingerprint:)``. The same key with the same
/// request replays the stored answer; with another request it is a conflict; while the
/// first is still running, a second is refused as in progress, so that at most one of
/// them acts. Memory is bounded by `capacity` answers and `byteCapacity` bytes of their
/// bodies: the oldest answers are forgotten first.
public final class IdempotencyCache: Sendable {
    /// What to do with a request that carries an idempotency key.
    public enum Start: Sendable {
        /// Run it, then ``IdempotencyCache/finish(_:with:)`` with its answer.
        case proceed(Claim)
        /// Answer this stored response again.
        case replay(HelpdeskResponse)
        /// The key was used for another request.
        case mismatch
        /// The first request with this key has not answered yet.
        case inProgress
    }

    /// Identifies a request that is running under a key.
    public struct Claim: Sendable, Hashable {
        fileprivate let slot: String
    }

    private enum Entry {
        case running(fingerprint: [UInt8], startedAt: Int64)
        case done(fingerprint: [UInt8], response: HelpdeskResponse, storedAt: Int64)
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var order: [String] = []
        var orderStart = 0
        /// The bytes of the stored answers' bodies.
        var storedBytes = 0

        /// Sets `slot`'s entry, keeping ``storedBytes`` in step.
        mutating func set(_ slot: String, _ entry: Entry?) {
            if case .done(_, let response, _)? = entries[slot] { storedBytes -= response.body.count }
            if case .done(_, let response, _)? = entry { storedBytes += response.body.count }
            entries[slot] = entry
        }
    }

    private let window: Int64
    private let capacity: Int
    private let byteCapacity: Int
    private let clock: DateGenerator
    private let state = Mutex(State())

    /// - Parameters:
    ///   - capacity: the most answers kept.
    ///   - byteCapacity: the most bytes of answer bodies kept (an article's answer may hold
    ///     megabytes); an answer larger than this alone is not kept at all.
    public init(window: Duration, capacity: Int, byteCapacity: Int = 64 << 20, clock: DateGenerator) {
        self.window = window.components.seconds * 1000
        self.capacity = max(1, capacity)
        self.byteCapacity = max(0, byteCapacity)
        self.clock = clock
    }

    /// Starts a request under `key` in `scope` (the API key); `fingerprint` identifies the request.
    public func begin(scope: String, key: String, fingerprint: [UInt8]) -> Start {
        let slot = scope + "\u{0}" + key
        let now = clock.now().millisecondsSince1970
        return state.withLock { state in
            switch state.entries[slot] {
            case .done(let stored, let response, let storedAt)? where now - storedAt < window:
                return stored == fingerprint ? .replay(response) : .mismatch
            case .running(let stored, let startedAt)? where now - startedAt < window:
                return stored == fingerprint ? .inProgress : .mismatch
            default:
                state.set(slot, .running(fingerprint: fingerprint, startedAt: now))
                state.order.append(slot)
                trim(&state)
                return .proceed(Claim(slot: slot))
            }
        }
    }

    /// Stores the answer to replay, or forgets the key if the answer is not to be kept (`nil`).
    public func finish(_ claim: Claim, with response: HelpdeskResponse?) {
        let now = clock.now().millisecondsSince1970
        state.withLock { state in
            guard case .running(let fingerprint, _)? = state.entries[claim.slot] else { return }
            if let response, response.body.count <= byteCapacity {
                state.set(claim.slot, .done(fingerprint: fingerprint, response: response, storedAt: now))
                trim(&state)
            } else {
                state.set(claim.slot, nil)
            }
        }
    }

    /// Forgets the oldest entries past `capacity` answers or `byteCapacity` bytes, and compacts
    /// the order list when it holds more stale slots than live ones.
    private func trim(_ state: inout State) {
        while state.entries.count > capacity || state.storedBytes > byteCapacity,
            state.orderStart < state.order.count
        {
            let oldest = state.order[state.orderStart]
            state.orderStart += 1
            if state.entries.count <= capacity, case .running? = state.entries[oldest] {
                state.order.append(oldest)  // too many bytes, not too many keys: a request in flight keeps its key
                continue
            }
            state.set(oldest, nil)
        }
        if state.order.count - state.orderStart > 2 * capacity || state.orderStart > capacity {
            var seen: Set<String> = []
            var live: [String] = []
            for slot in state.order[state.orderStart...].reversed() where state.entries[slot] != nil {
                if seen.insert(slot).inserted { live.append(slot) }
            }
            state.order = live.reversed()
            state.orderStart = 0
        }
    }
}

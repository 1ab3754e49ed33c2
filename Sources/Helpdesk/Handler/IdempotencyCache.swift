import Synchronization

/// Remembers the answers of `POST`s sent with an `Idempotency-Key`, per API key, for a window.
///
/// A request first calls ``begin(scope:key:fingerprint:)``. The same key with the same
/// request replays the stored answer; with another request it is a conflict; while the
/// first is still running, a second is refused as in progress, so that at most one of
/// them acts. Memory is bounded by `capacity`: the oldest answers are forgotten first.
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
    }

    private let window: Int64
    private let capacity: Int
    private let clock: DateGenerator
    private let state = Mutex(State())

    public init(window: Duration, capacity: Int, clock: DateGenerator) {
        self.window = window.components.seconds * 1000
        self.capacity = max(1, capacity)
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
                state.entries[slot] = .running(fingerprint: fingerprint, startedAt: now)
                state.order.append(slot)
                Self.trim(&state, capacity: capacity)
                return .proceed(Claim(slot: slot))
            }
        }
    }

    /// Stores the answer to replay, or forgets the key if the answer is not to be kept (`nil`).
    public func finish(_ claim: Claim, with response: HelpdeskResponse?) {
        let now = clock.now().millisecondsSince1970
        state.withLock { state in
            guard case .running(let fingerprint, _)? = state.entries[claim.slot] else { return }
            if let response {
                state.entries[claim.slot] = .done(fingerprint: fingerprint, response: response, storedAt: now)
            } else {
                state.entries[claim.slot] = nil
            }
        }
    }

    /// Forgets the oldest entries past `capacity`, and compacts the order list when it holds
    /// more stale slots than live ones.
    private static func trim(_ state: inout State, capacity: Int) {
        while state.entries.count > capacity, state.orderStart < state.order.count {
            let oldest = state.order[state.orderStart]
            state.orderStart += 1
            state.entries[oldest] = nil
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

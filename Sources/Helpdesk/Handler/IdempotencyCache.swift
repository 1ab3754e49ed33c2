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
        fileprivate let use: Use
    }

    /// One use of a slot (an API key's idempotency key): a slot used again after its window
    /// is another use, so that what is left of the first one cannot touch the second.
    fileprivate struct Use: Hashable {
        let slot: String
        let sequence: Int
    }

    private enum Entry {
        case running(fingerprint: [UInt8], startedAt: Int64)
        case done(fingerprint: [UInt8], response: HelpdeskResponse, storedAt: Int64)
    }

    private struct State {
        /// Each slot's entry, and the sequence number of the use that made it.
        var entries: [String: (sequence: Int, entry: Entry)] = [:]
        /// The uses in the order they began, from `orderStart`; a use whose slot has since been
        /// forgotten or used again is stale, and skipped.
        var order: [Use] = []
        var orderStart = 0
        var nextSequence = 0
        /// The bytes of the stored answers' bodies.
        var storedBytes = 0

        /// The entry of `use`, if it is still its slot's.
        func entry(of use: Use) -> Entry? {
            guard let stored = entries[use.slot], stored.sequence == use.sequence else { return nil }
            return stored.entry
        }

        /// Sets the entry of `use`'s slot, keeping ``storedBytes`` in step.
        mutating func set(_ use: Use, _ entry: Entry?) {
            if case .done(_, let response, _)? = entries[use.slot]?.entry { storedBytes -= response.body.count }
            if case .done(_, let response, _)? = entry { storedBytes += response.body.count }
            entries[use.slot] = entry.map { (use.sequence, $0) }
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
            switch state.entries[slot]?.entry {
            case .done(let stored, let response, let storedAt)? where now - storedAt < window:
                return stored == fingerprint ? .replay(response) : .mismatch
            case .running(let stored, let startedAt)? where now - startedAt < window:
                return stored == fingerprint ? .inProgress : .mismatch
            default:
                let use = Use(slot: slot, sequence: state.nextSequence)
                state.nextSequence += 1
                state.set(use, .running(fingerprint: fingerprint, startedAt: now))
                state.order.append(use)
                trim(&state)
                return .proceed(Claim(use: use))
            }
        }
    }

    /// Stores the answer to replay, or forgets the key if the answer is not to be kept (`nil`).
    public func finish(_ claim: Claim, with response: HelpdeskResponse?) {
        let now = clock.now().millisecondsSince1970
        state.withLock { state in
            guard case .running(let fingerprint, _)? = state.entry(of: claim.use) else { return }
            if let response, response.body.count <= byteCapacity {
                state.set(claim.use, .done(fingerprint: fingerprint, response: response, storedAt: now))
                trim(&state)
            } else {
                state.set(claim.use, nil)
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
            switch state.entry(of: oldest) {
            case nil:
                continue  // stale
            case .running? where state.entries.count <= capacity:
                state.order.append(oldest)  // too many bytes, not too many keys: a request in flight keeps its key
            default:
                state.set(oldest, nil)
            }
        }
        if state.order.count - state.orderStart > 2 * capacity || state.orderStart > capacity {
            state.order = state.order[state.orderStart...].filter { state.entry(of: $0) != nil }
            state.orderStart = 0
        }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The helpdesk: every business rule of the contract, over any ``HelpdeskStore``.
///
/// ```swift
/// let helpdesk = HelpdeskService(store: InMemoryStore())
/// let agent = try await helpdesk.createUser(UserCreate(email: "ann@example.com", name: "Ann"), by: .system)
/// let ticket = try await helpdesk.createTicket(
///     TicketCreate(subject: "Help", customer: .email("bob@example.com")), by: .user(agent.id))
/// ```
///
/// Each change reads what it needs, validates, builds one ``ChangeSet`` and
/// hands it to the store, which applies it all or nothing. If another writer
/// got there first (a version moved, a new email was taken meanwhile), the
/// change is computed again from fresh reads; after two such losses it runs
/// alone among this service's changes, so that many concurrent writes to one
/// record (replies to one ticket) all succeed. Committed changes are then
/// published on ``events``.
///
/// Every method throws ``HelpdeskError`` only: store failures are mapped at
/// this boundary, and internal ones never leak their details.
public final class HelpdeskService: Sendable {
    /// Where the records live.
    public let store: any HelpdeskStore
    /// The clock; every stored time is one of its answers.
    public let clock: DateGenerator
    /// Makes the ids of new records.
    public let ids: IDGenerator
    /// Makes the secrets of new API keys.
    public let secrets: SecretGenerator
    /// Where committed changes are published.
    public let events: EventBus
    /// How long events are kept and how webhook deliveries are retried.
    public let outbox: OutboxSettings

    /// How many times a change is computed at most, when concurrent writers keep getting there first.
    static let maximumAttempts = 8
    /// How many of those attempts pass ``writeGate`` together with other changes; the rest pass it
    /// alone, so that in one service a change loses to concurrent writers at most this many times.
    static let attemptsTogether = 2
    /// Where this service's changes wait their turn when one must run alone.
    let writeGate = WriteGate()

    public init(
        store: any HelpdeskStore, clock: DateGenerator = .live, ids: IDGenerator? = nil,
        secrets: SecretGenerator = .live, events: EventBus = EventBus(), outbox: OutboxSettings = .standard
    ) {
        self.outbox = outbox
        self.store = store
        self.clock = clock
        self.ids = ids ?? .live(clock: clock)
        self.secrets = secrets
        self.events = events
    }

    /// Runs `computeChange` until the store accepts its change set, mapping every failure to a ``HelpdeskError``.
    ///
    /// The change set carries its events into the outbox (``Mutation/appendEvent(_:)``), so that an
    /// event exists if and only if its change does, unless `recordingEvents` is false (imports).
    func committing<Result: Sendable>(
        recordingEvents: Bool = true, _ computeChange: () async throws -> (ChangeSet, [HelpdeskEvent], Result)
    ) async throws(HelpdeskError) -> Result {
        var attempt = 0
        while true {
            attempt += 1
            do {
                let (events, result) = try await writeGate.pass(alone: attempt > Self.attemptsTogether) {
                    var (changes, events, result) = try await computeChange()
                    if recordingEvents, !events.isEmpty {
                        changes.mutations += try await outboxEntries(for: events, in: changes)
                    }
                    if !changes.isEmpty { try await store.apply(changes) }
                    return (events, result)
                }
                self.events.publish(events)
                return result
            } catch let error as HelpdeskError {
                throw error
            } catch let error as StorageError {
                if attempt < Self.maximumAttempts, error.isWorthRetrying { continue }
                throw error.helpdeskError
            } catch {
                throw .internalError
            }
        }
    }

    /// Runs a read, mapping every failure to a ``HelpdeskError``.
    func reading<Result>(_ read: () async throws -> Result) async throws(HelpdeskError) -> Result {
        do {
            return try await read()
        } catch let error as HelpdeskError {
            throw error
        } catch let error as StorageError {
            throw error.helpdeskError
        } catch {
            throw .internalError
        }
    }

    /// An event stamped now.
    func event(_ resource: EventResource, _ id: String, _ action: EventAction, by author: Author, at time: Date)
        -> HelpdeskEvent
    {
        HelpdeskEvent(resource: resource, resourceID: id, action: action, author: author, occurredAt: time)
    }
}

/// A check of the current state of a record before it is changed, such as an `If-Match` or
/// `If-None-Match` ETag.
public typealias Precondition<Value> = @Sendable (Value) -> Bool

extension HelpdeskService {
    /// Throws `PRECONDITION_FAILED` unless `precondition` holds for `value`.
    func require<Value>(_ precondition: Precondition<Value>?, _ value: Value) throws(HelpdeskError) {
        if let precondition, !precondition(value) { throw HelpdeskError.preconditionFailed }
    }
}

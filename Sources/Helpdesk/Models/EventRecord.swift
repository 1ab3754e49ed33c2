#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A committed change as the outbox keeps it: what the change feed lists and webhooks deliver.
///
/// A service writes one with ``Mutation/appendEvent(_:)`` in the same change set as the change
/// it reports, so an event exists if and only if its change does.
public struct EventRecord: Hashable, Sendable, Identifiable {
    /// The event's place in commit order, given by the store when the change set commits
    /// (any value in a change set is ignored). Numbers only grow in commit order: a reader
    /// who has seen `n` never later finds a new event numbered below `n`. They may have gaps.
    public var sequence: Int64
    public var id: EventID
    /// `"ticket.created"` and so on.
    public var type: String
    public var resource: EventResource
    /// The id of the record the event is about.
    public var resourceID: String
    public var occurredAt: Date
    /// The event as JSON text, exactly as the change feed lists it and webhooks send it.
    public var payload: String

    public init(
        sequence: Int64 = 0, id: EventID, type: String, resource: EventResource, resourceID: String,
        occurredAt: Date, payload: String
    ) {
        self.sequence = sequence
        self.id = id
        self.type = type
        self.resource = resource
        self.resourceID = resourceID
        self.occurredAt = occurredAt
        self.payload = payload
    }
}

/// Events in commit order, from ``HelpdeskStore/events(after:limit:)``.
public struct EventBatch: Hashable, Sendable {
    /// The events numbered above the position asked for, lowest first.
    public var events: [EventRecord]
    /// The highest sequence number pruned so far, or 0: a position below it has missed events.
    public var prunedThrough: Int64

    public init(events: [EventRecord], prunedThrough: Int64) {
        self.events = events
        self.prunedThrough = prunedThrough
    }
}

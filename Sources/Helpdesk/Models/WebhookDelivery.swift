#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Where a delivery stands.
public enum DeliveryStatus: String, Hashable, Sendable, CaseIterable {
    /// Waiting for its first attempt or for a retry (or being sent now).
    case pending
    /// The receiver answered 2xx.
    case succeeded
    /// Every attempt failed; kept for the record and for redelivery.
    case failed
}

/// One event on its way to one webhook subscription, with the outcome of its attempts.
public struct WebhookDelivery: Hashable, Sendable, Identifiable {
    public var id: DeliveryID
    public var webhookID: WebhookID
    public var eventID: EventID
    /// `"ticket.created"` and so on.
    public var eventType: String
    /// The event's ``EventRecord/sequence``: deliveries of one resource go out in this order.
    public var eventSequence: Int64
    /// `"ticket/tkt_…"`: deliveries with the same key and webhook are sent one at a time, in order.
    public var resourceKey: String
    /// The body to send: the event's JSON.
    public var payload: String
    public var status: DeliveryStatus
    /// How many attempts were started.
    public var attempts: Int
    /// When the delivery is due next; `nil` once it succeeded or failed.
    public var nextAttemptAt: Date?
    public var lastAttemptAt: Date?
    /// The HTTP status of the last answer, or `nil` if there was none.
    public var lastStatusCode: Int?
    /// Why the last attempt failed, or `nil`.
    public var lastError: String?
    /// The delivery this one sends again, or `nil`. Redeliveries do not wait for others.
    public var redeliveryOf: DeliveryID?
    public var createdAt: Date

    public init(
        id: DeliveryID, webhookID: WebhookID, eventID: EventID, eventType: String, eventSequence: Int64,
        resourceKey: String, payload: String, status: DeliveryStatus = .pending, attempts: Int = 0,
        nextAttemptAt: Date?, lastAttemptAt: Date? = nil, lastStatusCode: Int? = nil, lastError: String? = nil,
        redeliveryOf: DeliveryID? = nil, createdAt: Date
    ) {
        self.id = id
        self.webhookID = webhookID
        self.eventID = eventID
        self.eventType = eventType
        self.eventSequence = eventSequence
        self.resourceKey = resourceKey
        self.payload = payload
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastAttemptAt = lastAttemptAt
        self.lastStatusCode = lastStatusCode
        self.lastError = lastError
        self.redeliveryOf = redeliveryOf
        self.createdAt = createdAt
    }
}

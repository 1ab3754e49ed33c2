#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A webhook subscription: where to send which events, signed with which secret.
public struct Webhook: Hashable, Sendable, Identifiable {
    public var id: WebhookID
    /// An absolute `http` or `https` URL.
    public var url: String
    /// The event names it wants: `ticket.created`, `ticket.*` or `*`, sorted.
    public var events: [String]
    public var description: String?
    /// Whether deliveries are sent. A paused subscription still queues them.
    public var isActive: Bool
    /// Why the library paused the subscription, or `nil`.
    public var pausedReason: String?
    /// The key every delivery is signed with (HMAC-SHA256). Shown once, at creation.
    public var secret: String
    /// When a delivery last succeeded, to the minute; `nil` before the first success.
    public var lastSuccessAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: WebhookID, url: String, events: [String], description: String? = nil, isActive: Bool = true,
        pausedReason: String? = nil, secret: String, lastSuccessAt: Date? = nil, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.url = url
        self.events = events
        self.description = description
        self.isActive = isActive
        self.pausedReason = pausedReason
        self.secret = secret
        self.lastSuccessAt = lastSuccessAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

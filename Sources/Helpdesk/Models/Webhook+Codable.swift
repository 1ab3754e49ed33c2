extension Webhook: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, url, events, description, active, secret
        case pausedReason = "paused_reason"
        case lastSuccessAt = "last_success_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The subscription as the API shows it: everything but the secret.
    public func encode(to encoder: any Encoder) throws {
        try encode(to: encoder, showingSecret: false)
    }

    func encode(to encoder: any Encoder, showingSecret: Bool) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if showingSecret { try container.encode(secret, forKey: .secret) }
        try container.encode(id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(events, forKey: .events)
        try container.encodeOrNull(description, forKey: .description)
        try container.encode(isActive, forKey: .active)
        try container.encodeOrNull(pausedReason, forKey: .pausedReason)
        try container.encodeDateOrNull(lastSuccessAt, forKey: .lastSuccessAt)
        try container.encodeDate(createdAt, forKey: .createdAt)
        try container.encodeDate(updatedAt, forKey: .updatedAt)
    }
}

/// A new subscription with its signing secret: the only answer that shows the secret.
public struct IssuedWebhook: Hashable, Sendable, Encodable {
    public var webhook: Webhook

    public init(webhook: Webhook) { self.webhook = webhook }

    /// The subscription and its `secret`.
    public func encode(to encoder: any Encoder) throws {
        try webhook.encode(to: encoder, showingSecret: true)
    }
}

extension WebhookDelivery: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, status, attempts
        case webhookID = "webhook_id"
        case eventID = "event_id"
        case eventType = "event_type"
        case nextAttemptAt = "next_attempt_at"
        case lastAttemptAt = "last_attempt_at"
        case lastStatusCode = "last_status_code"
        case lastError = "last_error"
        case redeliveryOf = "redelivery_of"
        case createdAt = "created_at"
    }

    /// The delivery as the API shows it: its state, not its body (the event is in the change feed).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(webhookID, forKey: .webhookID)
        try container.encode(eventID, forKey: .eventID)
        try container.encode(eventType, forKey: .eventType)
        try container.encode(status.rawValue, forKey: .status)
        try container.encode(attempts, forKey: .attempts)
        try container.encodeDateOrNull(nextAttemptAt, forKey: .nextAttemptAt)
        try container.encodeDateOrNull(lastAttemptAt, forKey: .lastAttemptAt)
        try container.encodeOrNull(lastStatusCode, forKey: .lastStatusCode)
        try container.encodeOrNull(lastError, forKey: .lastError)
        try container.encodeOrNull(redeliveryOf, forKey: .redeliveryOf)
        try container.encodeDate(createdAt, forKey: .createdAt)
    }
}

internal import Helpdesk
internal import PostgresNIO

/// The outbox's columns and records (alias `t`, like ``Records``).
enum OutboxRecords {
    static let eventColumns = "t.sequence, t.id, t.type, t.resource, t.resource_id, t.occurred_at, t.payload"

    static func event(_ row: PostgresRandomAccessRow) throws -> EventRecord {
        EventRecord(
            sequence: try row.value("sequence"), id: try row.id("id"), type: try row.value("type"),
            resource: try row.enumValue("resource"), resourceID: try row.value("resource_id"),
            occurredAt: try row.date("occurred_at"), payload: try row.value("payload"))
    }

    static let webhookColumns = """
        t.id, t.url, t.events, t.description, t.active, t.paused_reason, t.secret, t.last_success_at, \
        t.created_at, t.updated_at, t.version
        """

    static func webhook(_ row: PostgresRandomAccessRow) throws -> Stored<Webhook> {
        let webhook = Webhook(
            id: try row.id("id"), url: try row.value("url"), events: try row.value("events"),
            description: try row.value("description"), isActive: try row.value("active"),
            pausedReason: try row.value("paused_reason"), secret: try row.value("secret"),
            lastSuccessAt: try row.optionalDate("last_success_at"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
        return Stored(webhook, version: try row.version())
    }

    static let deliveryColumns = """
        t.id, t.webhook_id, t.event_id, t.event_type, t.event_sequence, t.resource_key, t.payload, t.status, \
        t.attempts, t.next_attempt_at, t.last_attempt_at, t.last_status_code, t.last_error, t.redelivery_of, \
        t.created_at, t.version
        """

    static func delivery(_ row: PostgresRandomAccessRow) throws -> Stored<WebhookDelivery> {
        let delivery = WebhookDelivery(
            id: try row.id("id"), webhookID: try row.id("webhook_id"), eventID: try row.id("event_id"),
            eventType: try row.value("event_type"), eventSequence: try row.value("event_sequence"),
            resourceKey: try row.value("resource_key"), payload: try row.value("payload"),
            status: try row.enumValue("status"), attempts: Int(try row.value("attempts", as: Int64.self)),
            nextAttemptAt: try row.optionalDate("next_attempt_at"),
            lastAttemptAt: try row.optionalDate("last_attempt_at"),
            lastStatusCode: try row.value("last_status_code", as: Int64?.self).map { Int($0) },
            lastError: try row.value("last_error"), redeliveryOf: try row.optionalID("redelivery_of"),
            createdAt: try row.date("created_at"))
        return Stored(delivery, version: try row.version())
    }
}

internal import GRDB
internal import Helpdesk

#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// The outbox's mutations: events, pruning, the relay position, webhooks and deliveries.
enum OutboxWrites {
    /// Adds the event; `AUTOINCREMENT` numbers it inside the change set's write transaction,
    /// above every committed event (the sequence written with it is ignored).
    static func appendEvent(_ event: EventRecord, _ db: Database) throws {
        try db.run(
            sql: "INSERT INTO events(id, type, resource, resource_id, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [
                event.id.rawValue, event.type, event.resource.rawValue, event.resourceID, Codes.time(event.occurredAt),
                event.payload,
            ])
    }

    /// Deletes the run of oldest events that occurred before `date` (in sequence order, up to
    /// the first one that did not), raising `pruned_through`, and finished deliveries created before it.
    static func pruneHistory(before date: Date, _ db: Database) throws {
        let cutoff = Codes.time(date)
        let firstKept = try db.value(
            Int64.self, sql: "SELECT min(sequence) FROM events WHERE occurred_at >= ?", arguments: [cutoff])
        let bound = firstKept ?? Int64.max
        if let last = try db.value(
            Int64.self, sql: "SELECT max(sequence) FROM events WHERE sequence < ?", arguments: [bound])
        {
            try db.run(sql: "DELETE FROM events WHERE sequence <= ?", arguments: [last])
            try db.run(
                sql: "UPDATE outbox_state SET pruned_through = max(pruned_through, ?) WHERE id = 1", arguments: [last])
        }
        try db.run(
            sql: "DELETE FROM deliveries WHERE status <> 'pending' AND created_at < ?", arguments: [cutoff])
    }

    /// Moves the relay position from `from` to `to`, checked in the `UPDATE` itself.
    static func advanceRelay(from: Int64, to: Int64, _ db: Database) throws {
        try db.run(
            sql: "UPDATE outbox_state SET relay_position = ? WHERE id = 1 AND relay_position = ?",
            arguments: [to, from])
        guard db.changesCount == 1 else { throw StorageError.versionMismatch(kind: "relay", id: "events") }
    }

    static let webhookColumns =
        "url, events, description, active, paused_reason, secret, last_success_at, created_at, updated_at"

    static func insertWebhook(_ webhook: Webhook, _ db: Database) throws {
        try Guards.absent("webhook", table: "webhooks", id: webhook.id.rawValue, db)
        try Guards.insertVersioned(
            into: "webhooks", columns: webhookColumns, webhookValues(webhook), id: webhook.id.rawValue, db)
    }

    static func updateWebhook(_ webhook: Webhook, expected: Int, _ db: Database) throws {
        let id = webhook.id.rawValue
        let version = try Guards.current("webhook", table: "webhooks", id: id, expected: expected, db)
        try Guards.updateVersioned(
            "webhooks", columns: webhookColumns, webhookValues(webhook), kind: "webhook", id: id, version: version, db)
    }

    /// Deletes the subscription; its deliveries go by `ON DELETE CASCADE`.
    static func deleteWebhook(_ id: WebhookID, expected: Int?, _ db: Database) throws {
        let version = try Guards.current("webhook", table: "webhooks", id: id.rawValue, expected: expected, db)
        try Guards.versioned(
            "DELETE FROM webhooks WHERE id = ? AND version = ?", [id.rawValue, version], kind: "webhook",
            id: id.rawValue, db)
    }

    static let deliveryColumns = """
        webhook_id, event_id, event_type, event_sequence, resource_key, payload, status, attempts, \
        next_attempt_at, last_attempt_at, last_status_code, last_error, redelivery_of, created_at
        """

    static func insertDelivery(_ delivery: WebhookDelivery, _ db: Database) throws {
        try Guards.absent("delivery", table: "deliveries", id: delivery.id.rawValue, db)
        try Guards.exists("webhooks", id: delivery.webhookID.rawValue, field: "webhook_id", db)
        try Guards.insertVersioned(
            into: "deliveries", columns: deliveryColumns, deliveryValues(delivery), id: delivery.id.rawValue, db)
    }

    static func updateDelivery(_ delivery: WebhookDelivery, expected: Int, _ db: Database) throws {
        let id = delivery.id.rawValue
        let version = try Guards.current("delivery", table: "deliveries", id: id, expected: expected, db)
        try Guards.updateVersioned(
            "deliveries", columns: deliveryColumns, deliveryValues(delivery), kind: "delivery", id: id,
            version: version, db)
    }

    private static func webhookValues(_ webhook: Webhook) -> StatementArguments {
        [
            webhook.url, OutboxRows.json(webhook.events), webhook.description, webhook.isActive,
            webhook.pausedReason, webhook.secret, webhook.lastSuccessAt.map(Codes.time), Codes.time(webhook.createdAt),
            Codes.time(webhook.updatedAt),
        ]
    }

    private static func deliveryValues(_ delivery: WebhookDelivery) -> StatementArguments {
        [
            delivery.webhookID.rawValue, delivery.eventID.rawValue, delivery.eventType, delivery.eventSequence,
            delivery.resourceKey, delivery.payload, delivery.status.rawValue, delivery.attempts,
            delivery.nextAttemptAt.map(Codes.time), delivery.lastAttemptAt.map(Codes.time), delivery.lastStatusCode,
            delivery.lastError, delivery.redeliveryOf?.rawValue, Codes.time(delivery.createdAt),
        ]
    }
}

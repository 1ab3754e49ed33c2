internal import Helpdesk
internal import PostgresNIO

#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// The outbox's writes.
extension Writer {
    /// Numbers the event from the counter row (`last_sequence + 1`) and adds it. The counter's row
    /// stays locked until this transaction ends, so a concurrent event-writing transaction waits
    /// and takes a higher number: numbers grow in commit order. (A sequence would not do: a lower
    /// number could commit after a higher one, and a reader past the higher would miss it.)
    func appendEvent(_ event: EventRecord) async throws {
        let counter = try await run(
            sql("UPDATE #.outbox_state SET last_sequence = last_sequence + 1 WHERE id = 1 RETURNING last_sequence"))
        guard let sequence = try counter.first.map({ try $0.value("last_sequence", as: Int64.self) }) else {
            throw StorageError.backend("the outbox has no counter row")
        }
        let p = prefix
        try await run(
            """
            INSERT INTO \(unescaped: p)events (sequence, id, type, resource, resource_id, occurred_at, payload)
            VALUES (\(sequence), \(event.id.rawValue), \(event.type), \(event.resource.rawValue), \(event.resourceID),
                \(Columns.time(event.occurredAt)), \(event.payload))
            """)
    }

    /// Deletes the events before the first one that occurred at or after `date`, in number order
    /// (as the in-memory store does, so what is left has no holes), raising `pruned_through` to
    /// the highest number deleted (never lowering it); and finished deliveries created before `date`.
    func pruneHistory(before date: Date) async throws {
        let p = prefix
        let cut = Columns.time(date)
        try await run(
            """
            WITH kept AS (
                SELECT sequence FROM \(unescaped: p)events WHERE occurred_at >= \(cut) ORDER BY sequence LIMIT 1
            ), gone AS (
                DELETE FROM \(unescaped: p)events
                WHERE sequence < COALESCE((SELECT sequence FROM kept), 9223372036854775807)
                RETURNING sequence
            )
            UPDATE \(unescaped: p)outbox_state SET pruned_through = GREATEST(pruned_through,
                COALESCE((SELECT max(sequence) FROM gone), 0))
            WHERE id = 1
            """)
        try await run("DELETE FROM \(unescaped: p)deliveries WHERE status <> 'pending' AND created_at < \(cut)")
    }

    func advanceRelay(from: Int64, to: Int64) async throws {
        let p = prefix
        let moved = try await run(
            """
            UPDATE \(unescaped: p)outbox_state SET relay_position = \(to) WHERE id = 1 AND relay_position = \(from)
            RETURNING id
            """)
        if moved.isEmpty { throw StorageError.versionMismatch(kind: "relay", id: "events") }
    }

    func insertWebhook(_ webhook: Webhook) async throws {
        let p = prefix
        try await insert(
            kind: "webhook", webhook.id.rawValue,
            """
            INSERT INTO \(unescaped: p)webhooks (id, url, events, description, active, paused_reason, secret,
                last_success_at, created_at, updated_at, version)
            VALUES (\(webhook.id.rawValue), \(webhook.url), \(webhook.events), \(webhook.description),
                \(webhook.isActive), \(webhook.pausedReason), \(webhook.secret), \(webhook.lastSuccessAt.map(Columns.time)),
                \(Columns.time(webhook.createdAt)), \(Columns.time(webhook.updatedAt)), 1)
            """)
    }

    func updateWebhook(_ webhook: Webhook, expected: Int) async throws {
        try await versioned(.webhook, webhook.id.rawValue, expected: expected) { query in
            query.set("url", webhook.url)
            query.add(", events = ")
            try query.bind(array: webhook.events)
            query.set("description", webhook.description)
            query.set("active", webhook.isActive)
            query.set("paused_reason", webhook.pausedReason)
            query.set("secret", webhook.secret)
            query.set("last_success_at", webhook.lastSuccessAt.map(Columns.time))
            query.set("created_at", Columns.time(webhook.createdAt))
            query.set("updated_at", Columns.time(webhook.updatedAt))
        }
    }

    func insertDelivery(_ delivery: WebhookDelivery) async throws {
        if try await exists("#.deliveries", delivery.id.rawValue) {
            throw StorageError.idTaken(kind: "delivery", id: delivery.id.rawValue)
        }
        if try await !exists("#.webhooks", delivery.webhookID.rawValue) {
            throw StorageError.missingReference(field: "webhook_id", id: delivery.webhookID.rawValue)
        }
        let p = prefix
        let d = delivery
        try await run(
            """
            INSERT INTO \(unescaped: p)deliveries (id, webhook_id, event_id, event_type, event_sequence, resource_key,
                payload, status, attempts, next_attempt_at, last_attempt_at, last_status_code, last_error,
                redelivery_of, created_at, version)
            VALUES (\(d.id.rawValue), \(d.webhookID.rawValue), \(d.eventID.rawValue), \(d.eventType),
                \(d.eventSequence), \(d.resourceKey), \(d.payload), \(d.status.rawValue), \(Int64(d.attempts)),
                \(d.nextAttemptAt.map(Columns.time)), \(d.lastAttemptAt.map(Columns.time)),
                \(d.lastStatusCode.map(Int64.init)), \(d.lastError), \(d.redeliveryOf?.rawValue),
                \(Columns.time(d.createdAt)), 1)
            """)
    }

    func updateDelivery(_ delivery: WebhookDelivery, expected: Int) async throws {
        let d = delivery
        try await versioned(.delivery, d.id.rawValue, expected: expected) { query in
            query.set("webhook_id", d.webhookID.rawValue)
            query.set("event_id", d.eventID.rawValue)
            query.set("event_type", d.eventType)
            query.set("event_sequence", d.eventSequence)
            query.set("resource_key", d.resourceKey)
            query.set("payload", d.payload)
            query.set("status", d.status.rawValue)
            query.set("attempts", Int64(d.attempts))
            query.set("next_attempt_at", d.nextAttemptAt.map(Columns.time))
            query.set("last_attempt_at", d.lastAttemptAt.map(Columns.time))
            query.set("last_status_code", d.lastStatusCode.map(Int64.init))
            query.set("last_error", d.lastError)
            query.set("redelivery_of", d.redeliveryOf?.rawValue)
            query.set("created_at", Columns.time(d.createdAt))
        }
    }
}

extension VersionedTable {
    static let webhook = VersionedTable(kind: "webhook", table: "#.webhooks")
    static let delivery = VersionedTable(kind: "delivery", table: "#.deliveries")
}

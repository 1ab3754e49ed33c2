internal import GRDB
internal import Helpdesk

#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// Reading the outbox: events after a position, webhooks, deliveries and the due ones.
enum OutboxReads {
    static func events(after sequence: Int64, limit: Int, _ db: Database) throws -> EventBatch {
        let pruned = try db.value(Int64.self, sql: "SELECT pruned_through FROM outbox_state WHERE id = 1") ?? 0
        guard limit > 0 else { return EventBatch(events: [], prunedThrough: pruned) }
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM events WHERE sequence > ? ORDER BY sequence LIMIT ?", arguments: [sequence, limit])
        return EventBatch(events: try rows.map(OutboxRows.event), prunedThrough: pruned)
    }

    static func relayPosition(_ db: Database) throws -> Int64 {
        try db.value(Int64.self, sql: "SELECT relay_position FROM outbox_state WHERE id = 1") ?? 0
    }

    static func webhook(_ id: WebhookID, _ db: Database) throws -> Stored<Webhook>? {
        guard let row = try db.row(sql: "SELECT * FROM webhooks WHERE id = ?", arguments: [id.rawValue])
        else { return nil }
        return Stored(try OutboxRows.webhook(row), version: try row.decode(forColumn: "version"))
    }

    static func delivery(_ id: DeliveryID, _ db: Database) throws -> Stored<WebhookDelivery>? {
        guard let row = try db.row(sql: "SELECT * FROM deliveries WHERE id = ?", arguments: [id.rawValue])
        else { return nil }
        return Stored(try OutboxRows.delivery(row), version: try row.decode(forColumn: "version"))
    }

    /// One subscription's deliveries, newest first by default.
    static func deliveries(of webhook: WebhookID, _ query: RecordQuery, _ db: Database) throws
        -> Page<WebhookDelivery>
    {
        let keyset = KeysetQuery(
            select: "d.*", from: "deliveries d", conditions: [SQLClause("d.webhook_id = ?", [webhook.rawValue])],
            sortColumns: ["d.created_at", "d.id"], direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit.value)
        let items = try keyset.rows(db).map(OutboxRows.delivery)
        return keyset.page(items, total: try keyset.total(db), field: query.sort.field.rawValue) {
            SortKey([.integer(Codes.time($0.createdAt))], id: $0.id.rawValue)
        }
    }

    /// Pending, due, of an active subscription, and first of its queue (no pending delivery
    /// that is not a redelivery, of the same subscription and resource, comes before it);
    /// redeliveries stand outside the queues.
    static let dueSQL = """
        SELECT d.* FROM deliveries d JOIN webhooks w ON w.id = d.webhook_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND w.active = 1
            AND (d.redelivery_of IS NOT NULL OR NOT EXISTS (
                SELECT 1 FROM deliveries o
                WHERE o.webhook_id = d.webhook_id AND o.resource_key = d.resource_key
                    AND o.status = 'pending' AND o.redelivery_of IS NULL
                    AND (o.event_sequence, o.id) < (d.event_sequence, d.id)))
        ORDER BY d.event_sequence, d.id
        LIMIT ?
        """

    static func dueDeliveries(at now: Date, limit: Int, _ db: Database) throws -> [Stored<WebhookDelivery>] {
        guard limit > 0 else { return [] }
        return try Row.fetchAll(db, sql: dueSQL, arguments: [Codes.time(now), limit]).map { row in
            Stored(try OutboxRows.delivery(row), version: try row.decode(forColumn: "version"))
        }
    }
}

public import Helpdesk

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Reads of the outbox: events in commit order, the relay position, webhooks and deliveries.
extension PostgresStore {
    public func events(after sequence: Int64, limit: Int) async throws -> EventBatch {
        var query = sql("SELECT s.pruned_through, t.* FROM #.outbox_state s LEFT JOIN LATERAL (SELECT ")
        query.add(OutboxRecords.eventColumns)
        query.add(" FROM #.events t WHERE t.sequence > ")
        query.bind(sequence)
        query.add(" ORDER BY t.sequence LIMIT ")
        query.bind(Int64(max(0, limit)))
        query.add(") t ON true WHERE s.id = 1 ORDER BY t.sequence")
        let found = try await rows(query)
        let pruned = try found.first.map { try $0.value("pruned_through", as: Int64.self) } ?? 0
        let events = try found.filter { try $0.value("id", as: String?.self) != nil }.map(OutboxRecords.event)
        return EventBatch(events: events, prunedThrough: pruned)
    }

    public func relayPosition() async throws -> Int64 {
        let found = try await row(sql("SELECT relay_position FROM #.outbox_state WHERE id = 1"))
        return try found.map { try $0.value("relay_position", as: Int64.self) } ?? 0
    }

    public func webhook(_ id: WebhookID) async throws -> Stored<Webhook>? {
        var query = sql("SELECT \(OutboxRecords.webhookColumns) FROM #.webhooks t WHERE t.id = ")
        query.bind(id.rawValue)
        return try await row(query).map(OutboxRecords.webhook)
    }

    public func webhooks(_ query: RecordQuery) async throws -> Page<Webhook> {
        let list = ListStatement(
            from: "#.webhooks t", columns: OutboxRecords.webhookColumns, filter: { _ in },
            keys: [.integer("t.created_at")], field: query.sort.field.rawValue, direction: query.sort.direction,
            cursor: query.cursor, limit: query.limit.value)
        return try await page(list) { try OutboxRecords.webhook($0).value }
    }

    public func delivery(_ id: DeliveryID) async throws -> Stored<WebhookDelivery>? {
        var query = sql("SELECT \(OutboxRecords.deliveryColumns) FROM #.deliveries t WHERE t.id = ")
        query.bind(id.rawValue)
        return try await row(query).map(OutboxRecords.delivery)
    }

    public func deliveries(of webhook: WebhookID, _ query: RecordQuery) async throws -> Page<WebhookDelivery> {
        let list = ListStatement(
            from: "#.deliveries t", columns: OutboxRecords.deliveryColumns,
            filter: { sql in
                sql.add(" AND t.webhook_id = ")
                sql.bind(webhook.rawValue)
            }, keys: [.integer("t.created_at")], field: query.sort.field.rawValue, direction: query.sort.direction,
            cursor: query.cursor, limit: query.limit.value)
        return try await page(list) { try OutboxRecords.delivery($0).value }
    }

    /// Pending and due deliveries of active subscriptions that head their queue (no pending
    /// delivery of the same subscription and resource comes before them by event number, then
    /// id); redeliveries stand outside the queues.
    public func dueDeliveries(at now: Date, limit: Int) async throws -> [Stored<WebhookDelivery>] {
        guard limit > 0 else { return [] }
        var query = sql("SELECT \(OutboxRecords.deliveryColumns) FROM #.deliveries t")
        query.add(" JOIN #.webhooks w ON w.id = t.webhook_id AND w.active")
        query.add(" WHERE t.status = 'pending' AND t.next_attempt_at <= ")
        query.bind(Columns.time(now))
        query.add(
            """
             AND (t.redelivery_of IS NOT NULL OR NOT EXISTS (SELECT 1 FROM #.deliveries o \
            WHERE o.webhook_id = t.webhook_id AND o.resource_key = t.resource_key AND o.status = 'pending' \
            AND o.redelivery_of IS NULL AND (o.event_sequence, o.id) < (t.event_sequence, t.id)))
             ORDER BY t.event_sequence, t.id LIMIT
            """)
        query.add(" ")
        query.bind(Int64(limit))
        return try await rows(query).map(OutboxRecords.delivery)
    }
}

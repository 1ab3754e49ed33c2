internal import GRDB
public import Helpdesk

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The outbox reads of ``HelpdeskStore``: events in commit order, webhooks and deliveries.
extension SQLiteStore {
    public func events(after sequence: Int64, limit: Int) async throws -> EventBatch {
        try await read { try OutboxReads.events(after: sequence, limit: limit, $0) }
    }

    public func relayPosition() async throws -> Int64 {
        try await read { try OutboxReads.relayPosition($0) }
    }

    public func webhook(_ id: WebhookID) async throws -> Stored<Webhook>? {
        try await read { try OutboxReads.webhook(id, $0) }
    }

    public func webhooks(_ query: RecordQuery) async throws -> Page<Webhook> {
        try await read { db in
            try RecordReads.page(query, select: "w.*", from: "webhooks w", alias: "w", db, decode: OutboxRows.webhook) {
                SortKey([.integer(Codes.time($0.createdAt))], id: $0.id.rawValue)
            }
        }
    }

    public func delivery(_ id: DeliveryID) async throws -> Stored<WebhookDelivery>? {
        try await read { try OutboxReads.delivery(id, $0) }
    }

    public func deliveries(of webhook: WebhookID, _ query: RecordQuery) async throws -> Page<WebhookDelivery> {
        try await read { try OutboxReads.deliveries(of: webhook, query, $0) }
    }

    public func dueDeliveries(at now: Date, limit: Int) async throws -> [Stored<WebhookDelivery>] {
        try await read { try OutboxReads.dueDeliveries(at: now, limit: limit, $0) }
    }
}

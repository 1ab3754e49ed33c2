#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The in-memory outbox: events in commit order, webhook subscriptions and their deliveries.
struct OutboxState: Sendable {
    /// Every retained event, lowest sequence first.
    var events: [EventRecord] = []
    var lastSequence: Int64 = 0
    var prunedThrough: Int64 = 0
    var relayPosition: Int64 = 0

    var webhooks: [WebhookID: Stored<Webhook>] = [:]
    var deliveries: [DeliveryID: Stored<WebhookDelivery>] = [:]
    var deliveriesByWebhook: [WebhookID: Set<DeliveryID>] = [:]
    /// The deliveries whose status is pending.
    var pending: Set<DeliveryID> = []
}

extension OutboxState {
    /// Up to `limit` events numbered above `sequence`.
    func events(after sequence: Int64, limit: Int) -> EventBatch {
        let start = firstIndex(above: sequence)
        let end = min(events.count, start + max(0, limit))
        return EventBatch(events: Array(events[start..<end]), prunedThrough: prunedThrough)
    }

    /// The index of the first event numbered above `sequence` (binary search).
    private func firstIndex(above sequence: Int64) -> Int {
        var low = 0
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].sequence <= sequence { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The deliveries that may be sent at `now`, as ``HelpdeskStore/dueDeliveries(at:limit:)`` says.
    func dueDeliveries(at now: Date, limit: Int) -> [Stored<WebhookDelivery>] {
        let waiting = pending.compactMap { deliveries[$0] }.sorted { Self.queueOrder($0.value, $1.value) }
        var headsSeen: Set<String> = []
        var due: [Stored<WebhookDelivery>] = []
        for stored in waiting {
            let delivery = stored.value
            let isHead: Bool
            if delivery.redeliveryOf != nil {
                isHead = true
            } else {
                isHead = headsSeen.insert("\(delivery.webhookID) \(delivery.resourceKey)").inserted
            }
            guard isHead, webhooks[delivery.webhookID]?.value.isActive == true,
                let next = delivery.nextAttemptAt, next <= now
            else { continue }
            due.append(stored)
            if due.count >= limit { break }
        }
        return due
    }

    private static func queueOrder(_ lhs: WebhookDelivery, _ rhs: WebhookDelivery) -> Bool {
        (lhs.eventSequence, lhs.id.rawValue) < (rhs.eventSequence, rhs.id.rawValue)
    }
}

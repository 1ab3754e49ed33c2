#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The outbox's mutations, each recording how to undo itself.
extension MemoryState {
    mutating func appendEvent(_ event: EventRecord, undo: inout UndoLog) {
        let previous = outbox.lastSequence
        var numbered = event
        numbered.sequence = previous + 1
        outbox.lastSequence = numbered.sequence
        outbox.events.append(numbered)
        undo.record { state in
            state.outbox.events.removeLast()
            state.outbox.lastSequence = previous
        }
    }

    mutating func pruneHistory(before date: Date, undo: inout UndoLog) {
        let expired = outbox.events.prefix { $0.occurredAt < date }
        if let last = expired.last {
            let removed = Array(expired)
            let previous = outbox.prunedThrough
            outbox.events.removeFirst(removed.count)
            outbox.prunedThrough = max(previous, last.sequence)
            undo.record { state in
                state.outbox.events.insert(contentsOf: removed, at: 0)
                state.outbox.prunedThrough = previous
            }
        }
        for stored in outbox.deliveries.values
        where stored.value.status != .pending && stored.value.createdAt < date {
            setDelivery(stored.value.id, to: nil, undo: &undo)
        }
    }

    mutating func advanceRelay(from: Int64, to: Int64) throws(StorageError) -> Int64 {
        guard outbox.relayPosition == from else { throw .versionMismatch(kind: "relay", id: "events") }
        outbox.relayPosition = to
        return from
    }

    mutating func putWebhook(_ webhook: Stored<Webhook>, undo: inout UndoLog) {
        let old = outbox.webhooks.updateValue(webhook, forKey: webhook.value.id)
        undo.record { $0.outbox.webhooks[webhook.value.id] = old }
    }

    /// Removes a subscription and its deliveries.
    mutating func removeWebhook(_ id: WebhookID, undo: inout UndoLog) {
        for deliveryID in outbox.deliveriesByWebhook[id] ?? [] { setDelivery(deliveryID, to: nil, undo: &undo) }
        let old = outbox.webhooks.removeValue(forKey: id)
        undo.record { $0.outbox.webhooks[id] = old }
    }

    /// Sets one delivery (or removes it) with its indexes, and records how to set it back.
    mutating func setDelivery(_ id: DeliveryID, to new: Stored<WebhookDelivery>?, undo: inout UndoLog) {
        let old = outbox.deliveries[id]
        replaceDelivery(id, with: new)
        undo.record { $0.replaceDelivery(id, with: old) }
    }

    private mutating func replaceDelivery(_ id: DeliveryID, with new: Stored<WebhookDelivery>?) {
        if let old = outbox.deliveries[id] {
            outbox.deliveriesByWebhook[old.value.webhookID]?.remove(id)
            outbox.pending.remove(id)
        }
        outbox.deliveries[id] = new
        if let new {
            outbox.deliveriesByWebhook[new.value.webhookID, default: []].insert(id)
            if new.value.status == .pending { outbox.pending.insert(id) }
        }
    }
}

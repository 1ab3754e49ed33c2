#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension HelpdeskService {
    /// One webhook subscription.
    public func webhook(_ id: WebhookID) async throws(HelpdeskError) -> Webhook {
        try await reading { try await existingWebhook(id).value }
    }

    /// A page of webhook subscriptions, newest first.
    public func webhooks(_ query: RecordQuery) async throws(HelpdeskError) -> Page<Webhook> {
        try query.cursor?.validate(for: query.sort, listing: WebhookKind.self)
        return try await reading { try await store.webhooks(query) }
    }

    /// Subscribes a URL to events. The answer holds the signing secret, shown this once.
    public func createWebhook(_ input: WebhookCreate, by author: Author) async throws(HelpdeskError) -> IssuedWebhook {
        let input = try input.validated()
        return try await committing {
            let now = clock.now()
            let webhook = Webhook(
                id: ids.make(at: now), url: input.url, events: WebhookRules.normalized(input.events),
                description: input.description,
                isActive: input.isActive, secret: secrets.newWebhookSecret(), createdAt: now, updatedAt: now)
            return (ChangeSet([.insertWebhook(webhook)]), [], IssuedWebhook(webhook: webhook))
        }
    }

    /// Changes a subscription. Activating a paused one clears its `paused_reason`; its queued
    /// deliveries go out again.
    public func updateWebhook(
        _ id: WebhookID, _ update: WebhookUpdate, by author: Author, precondition: Precondition<Webhook>? = nil
    ) async throws(HelpdeskError) -> Webhook {
        let update = try update.validated()
        return try await committing {
            let stored = try await existingWebhook(id)
            try require(precondition, stored.value)
            var webhook = stored.value
            if let url = update.url { webhook.url = url }
            if let events = update.events { webhook.events = WebhookRules.normalized(events) }
            if let description = update.description { webhook.description = description.newValue }
            if let isActive = update.isActive {
                webhook.isActive = isActive
                if isActive { webhook.pausedReason = nil }
            }
            guard webhook != stored.value else { return (ChangeSet(), [], webhook) }
            webhook.updatedAt = clock.now()
            return (ChangeSet([.updateWebhook(webhook, expectedVersion: stored.version)]), [], webhook)
        }
    }

    /// Deletes a subscription and its deliveries.
    public func deleteWebhook(
        _ id: WebhookID, by author: Author, precondition: Precondition<Webhook>? = nil
    ) async throws(HelpdeskError) {
        try await committing {
            let stored = try await existingWebhook(id)
            try require(precondition, stored.value)
            return (ChangeSet([.deleteWebhook(id, expectedVersion: stored.version)]), [], ())
        }
    }

    /// A page of a subscription's deliveries, newest first.
    public func deliveries(
        of webhook: WebhookID, _ query: RecordQuery
    ) async throws(HelpdeskError) -> Page<WebhookDelivery> {
        try query.cursor?.validate(for: query.sort, listing: DeliveryKind.self)
        return try await reading {
            _ = try await existingWebhook(webhook)
            return try await store.deliveries(of: webhook, query)
        }
    }

    /// One delivery of a subscription.
    public func delivery(_ id: DeliveryID, of webhook: WebhookID) async throws(HelpdeskError) -> WebhookDelivery {
        try await reading { try await existingDelivery(id, of: webhook).value }
    }

    /// Queues a delivery's event again, as a new delivery that is due now and waits for no other.
    public func redeliver(
        _ id: DeliveryID, of webhook: WebhookID, by author: Author
    ) async throws(HelpdeskError) -> WebhookDelivery {
        try await committing {
            let original = try await existingDelivery(id, of: webhook).value
            let now = clock.now()
            let again = WebhookDelivery(
                id: ids.make(at: now), webhookID: webhook, eventID: original.eventID, eventType: original.eventType,
                eventSequence: original.eventSequence, resourceKey: original.resourceKey, payload: original.payload,
                nextAttemptAt: now, redeliveryOf: original.redeliveryOf ?? original.id, createdAt: now)
            return (ChangeSet([.insertDelivery(again)]), [], again)
        }
    }

    func existingWebhook(_ id: WebhookID) async throws -> Stored<Webhook> {
        guard let stored = try await store.webhook(id) else { throw HelpdeskError.notFound(WebhookKind.self) }
        return stored
    }

    private func existingDelivery(_ id: DeliveryID, of webhook: WebhookID) async throws -> Stored<WebhookDelivery> {
        _ = try await existingWebhook(webhook)
        guard let stored = try await store.delivery(id), stored.value.webhookID == webhook else {
            throw HelpdeskError.notFound(DeliveryKind.self)
        }
        return stored
    }
}

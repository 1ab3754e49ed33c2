#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Webhook delivery: from the outbox to deliveries (the relay), out to the host (claims), and
/// back (outcomes). ``WebhookDispatcher`` runs the three in rounds; a host may call them itself.
extension HelpdeskService {
    /// Fans up to `limit` new events out into one delivery per subscription that wants them (paused
    /// ones included, so that they resume where they stopped), and answers how many events it took.
    /// A subscription gets the events that occurred from its creation on.
    public func relayEvents(limit: Int = 500) async throws(HelpdeskError) -> Int {
        try await committing(recordingEvents: false) {
            let position = try await store.relayPosition()
            let batch = try await store.events(after: position, limit: limit)
            guard let last = batch.events.last else { return (ChangeSet(), [], 0) }
            let webhooks = try await allRows { try await store.webhooks(RecordQuery().limit(.largest).after($0)) }
            let now = clock.now()
            var changes = ChangeSet()
            for event in batch.events {
                for webhook in webhooks
                where event.occurredAt >= webhook.createdAt && EventCatalogue.matches(event.type, webhook.events) {
                    changes.append(
                        .insertDelivery(
                            WebhookDelivery(
                                id: ids.make(at: now), webhookID: webhook.id, eventID: event.id, eventType: event.type,
                                eventSequence: event.sequence,
                                resourceKey: "\(event.resource.rawValue)/\(event.resourceID)",
                                payload: event.payload, nextAttemptAt: now, createdAt: now)))
                }
            }
            changes.append(.advanceRelay(from: position, to: last.sequence))
            return (changes, [], batch.events.count)
        }
    }

    /// Up to `limit` deliveries that are due, signed and ready to send. Each counts as an attempt
    /// and is held back from other callers for ``OutboxSettings/claimTimeout``: report how it went
    /// with ``recordOutcome(of:_:)``, or it is tried again when the hold ends.
    public func claimDueDeliveries(limit: Int) async throws(HelpdeskError) -> [WebhookRequest] {
        try await committing(recordingEvents: false) {
            let now = clock.now()
            var webhooks: [WebhookID: Stored<Webhook>] = [:]
            var changes = ChangeSet()
            var requests: [WebhookRequest] = []
            for stored in try await store.dueDeliveries(at: now, limit: limit) {
                var delivery = stored.value
                if webhooks[delivery.webhookID] == nil {
                    webhooks[delivery.webhookID] = try await store.webhook(delivery.webhookID)
                }
                guard let webhook = webhooks[delivery.webhookID] else { continue }
                if delivery.attempts >= outbox.retry.maximumAttempts {
                    // The last attempt was claimed and never reported: it counts as failed.
                    delivery.lastError = delivery.lastError ?? "no outcome was reported for the last attempt"
                    changes.mutations += finalFailure(&delivery, stored.version, webhook, at: now)
                    continue
                }
                delivery.attempts += 1
                delivery.lastAttemptAt = now
                delivery.nextAttemptAt = now.adding(seconds: outbox.claimTimeout)
                changes.append(.updateDelivery(delivery, expectedVersion: stored.version))
                requests.append(request(for: delivery, to: webhook.value, at: now))
            }
            return (changes, [], requests)
        }
    }

    /// Records how an attempt ended: success; or a retry on the policy's schedule; or, after the
    /// last attempt, `failed`, which also pauses the subscription if nothing has succeeded since
    /// the delivery was queued. An outcome for a delivery that is no longer pending is ignored.
    public func recordOutcome(of id: DeliveryID, _ outcome: WebhookOutcome) async throws(HelpdeskError) {
        try await committing(recordingEvents: false) {
            guard let stored = try await store.delivery(id), stored.value.status == .pending,
                let webhook = try await store.webhook(stored.value.webhookID)
            else { return (ChangeSet(), [], ()) }
            let now = clock.now()
            var delivery = stored.value
            if case .response(let status) = outcome {
                delivery.lastStatusCode = status
            } else {
                delivery.lastStatusCode = nil
            }
            if outcome.isSuccess {
                delivery.status = .succeeded
                delivery.nextAttemptAt = nil
                delivery.lastError = nil
                var changes = ChangeSet([.updateDelivery(delivery, expectedVersion: stored.version)])
                if webhook.value.lastSuccessAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
                    var noted = webhook.value
                    noted.lastSuccessAt = now
                    changes.append(.updateWebhook(noted, expectedVersion: webhook.version))
                }
                return (changes, [], ())
            }
            delivery.lastError = Self.reason(outcome)
            guard delivery.attempts < outbox.retry.maximumAttempts else {
                return (ChangeSet(finalFailure(&delivery, stored.version, webhook, at: now)), [], ())
            }
            let wait = outbox.retry.delay(afterAttempt: delivery.attempts, unit: outbox.jitter.unit())
            delivery.nextAttemptAt = now.adding(seconds: wait)
            return (ChangeSet([.updateDelivery(delivery, expectedVersion: stored.version)]), [], ())
        }
    }

    /// Marks `delivery` failed, and pauses its subscription if nothing succeeded since it was queued.
    private func finalFailure(
        _ delivery: inout WebhookDelivery, _ version: Int, _ webhook: Stored<Webhook>, at now: Date
    ) -> [Mutation] {
        delivery.status = .failed
        delivery.nextAttemptAt = nil
        var mutations: [Mutation] = [.updateDelivery(delivery, expectedVersion: version)]
        let succeededSince = webhook.value.lastSuccessAt.map { $0 >= delivery.createdAt } ?? false
        if webhook.value.isActive, !succeededSince {
            var paused = webhook.value
            paused.isActive = false
            paused.updatedAt = now
            paused.pausedReason =
                "Paused automatically at \(ISO8601.format(now)): delivery \(delivery.id) of \(delivery.eventType) "
                + "failed \(delivery.attempts) times since \(ISO8601.format(delivery.createdAt)) with no successful "
                + "delivery in between (last: \(delivery.lastError ?? "no answer")). Set active to true to resume."
            mutations.append(.updateWebhook(paused, expectedVersion: webhook.version))
        }
        return mutations
    }

    /// The signed request of one attempt.
    func request(for delivery: WebhookDelivery, to webhook: Webhook, at now: Date) -> WebhookRequest {
        let body = Array(delivery.payload.utf8)
        let timestamp = now.millisecondsSince1970 / 1000
        return WebhookRequest(
            deliveryID: delivery.id, url: webhook.url,
            headers: [
                .init("Content-Type", "application/json"), .init("User-Agent", "swift-helpdesk-webhooks/1"),
                .init("Helpdesk-Event-ID", delivery.eventID.rawValue), .init("Helpdesk-Event-Type", delivery.eventType),
                .init("Helpdesk-Delivery-ID", delivery.id.rawValue), .init("Helpdesk-Webhook-ID", webhook.id.rawValue),
                .init("Helpdesk-Delivery-Attempt", String(delivery.attempts)),
                .init(
                    WebhookSignature.headerName,
                    WebhookSignature.header(for: body, timestamp: timestamp, secret: webhook.secret)),
            ],
            body: body)
    }

    private static func reason(_ outcome: WebhookOutcome) -> String {
        switch outcome {
        case .response(let status): "HTTP \(status)"
        case .failure(let reason): String(reason.prefix(500))
        }
    }
}

extension Date {
    /// `seconds` later, to the millisecond, as stores keep times.
    func adding(seconds: TimeInterval) -> Date {
        Date(millisecondsSince1970: millisecondsSince1970 + Int64((seconds * 1000).rounded()))
    }
}

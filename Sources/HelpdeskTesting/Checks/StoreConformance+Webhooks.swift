extension StoreConformance {
    /// Webhook subscriptions and their deliveries: versions, references, lists, and which
    /// deliveries are due (one at a time per subscription and resource, in event order).
    public static let webhooks = Check(
        "webhooks",
        [
            Scenario("subscriptions are kept with versions and listed newest first", subscriptions),
            Scenario("deliveries need their subscription and go with it", deliveryReferences),
            Scenario("due deliveries: pending, due, active, first of their queue", dueDeliveries),
        ])

    private static func subscriptions(_ context: CheckContext) async throws {
        let store = context.store
        try await context.apply(.insertWebhook(Fixture.webhook(1, at: 1)), .insertWebhook(Fixture.webhook(2, at: 2)))
        context.expectEqual(
            try await store.webhook(Fixture.webhookID(1)), Stored(Fixture.webhook(1, at: 1), version: 1), "read back")
        var paused = Fixture.webhook(1, active: false, at: 1)
        paused.pausedReason = "failing"
        paused.lastSuccessAt = Fixture.date(60)
        try await context.apply(.updateWebhook(paused, expectedVersion: 1))
        context.expectEqual(try await store.webhook(Fixture.webhookID(1)), Stored(paused, version: 2), "updated")
        try await context.expectRefusal(
            [.updateWebhook(Fixture.webhook(1), expectedVersion: 1)],
            .versionMismatch(kind: "webhook", id: Fixture.webhookID(1).rawValue), "a stale update")
        try await context.expectRefusal(
            [.insertWebhook(Fixture.webhook(2))], .idTaken(kind: "webhook", id: Fixture.webhookID(2).rawValue),
            "an id taken")
        let page = try await store.webhooks(RecordQuery().limit(1))
        context.expectEqual(page.items.map(\.id), [Fixture.webhookID(2)], "newest first")
        context.expectEqual(page.total, 2, "total")
        let rest = try await store.webhooks(RecordQuery().limit(1).after(page.nextCursor))
        context.expectEqual(rest.items.map(\.id), [Fixture.webhookID(1)], "the next page")
    }

    private static func deliveryReferences(_ context: CheckContext) async throws {
        let store = context.store
        try await context.expectRefusal(
            [.insertDelivery(Fixture.delivery(1, sequence: 1))],
            .missingReference(field: "webhook_id", id: Fixture.webhookID(1).rawValue), "no subscription")
        try await context.apply(
            .insertWebhook(Fixture.webhook(1)), .insertWebhook(Fixture.webhook(2)),
            .insertDelivery(Fixture.delivery(1, sequence: 1, at: 1)),
            .insertDelivery(Fixture.delivery(2, sequence: 2, at: 2)),
            .insertDelivery(Fixture.delivery(3, webhook: 2, sequence: 2, at: 3)))
        var done = Fixture.delivery(1, sequence: 1, dueAt: nil, status: .succeeded, at: 1)
        done.attempts = 2
        done.lastStatusCode = 204
        done.lastAttemptAt = Fixture.date(9)
        done.lastError = "timed out"
        try await context.apply(.updateDelivery(done, expectedVersion: 1))
        context.expectEqual(try await store.delivery(Fixture.deliveryID(1)), Stored(done, version: 2), "updated")
        try await context.expectRefusal(
            [.updateDelivery(done, expectedVersion: 1)],
            .versionMismatch(kind: "delivery", id: Fixture.deliveryID(1).rawValue), "a stale update")
        let page = try await store.deliveries(of: Fixture.webhookID(1), RecordQuery())
        context.expectEqual(page.items.map(\.id), [2, 1].map(Fixture.deliveryID), "one subscription's, newest first")
        context.expectEqual(page.total, 2, "total")
        try await context.apply(.deleteWebhook(Fixture.webhookID(1), expectedVersion: 1))
        context.expect(try await store.webhook(Fixture.webhookID(1)) == nil, "the subscription is gone")
        context.expect(try await store.delivery(Fixture.deliveryID(2)) == nil, "so are its deliveries")
        context.expect(try await store.delivery(Fixture.deliveryID(3)) != nil, "another's stay")
    }

    private static func dueDeliveries(_ context: CheckContext) async throws {
        try await context.apply(
            .insertWebhook(Fixture.webhook(1)), .insertWebhook(Fixture.webhook(2)),
            .insertWebhook(Fixture.webhook(3, active: false)),
            // Webhook 1, ticket 1: 1 is due, 2 waits behind it.
            .insertDelivery(Fixture.delivery(1, sequence: 10, resource: "ticket/1", dueAt: 5)),
            .insertDelivery(Fixture.delivery(2, sequence: 11, resource: "ticket/1", dueAt: 0)),
            // Webhook 1, ticket 2: the head retries later, so nothing of it is due.
            .insertDelivery(Fixture.delivery(3, sequence: 5, resource: "ticket/2", dueAt: 100)),
            .insertDelivery(Fixture.delivery(4, sequence: 12, resource: "ticket/2", dueAt: 0)),
            // Webhook 1, ticket 3: a finished delivery holds nobody up.
            .insertDelivery(Fixture.delivery(5, sequence: 1, resource: "ticket/3", dueAt: nil, status: .failed)),
            .insertDelivery(Fixture.delivery(6, sequence: 13, resource: "ticket/3", dueAt: 0)),
            // Webhook 2 has its own queue for ticket 1.
            .insertDelivery(Fixture.delivery(7, webhook: 2, sequence: 11, resource: "ticket/1", dueAt: 0)),
            // A paused subscription's deliveries are not due.
            .insertDelivery(Fixture.delivery(8, webhook: 3, sequence: 2, resource: "ticket/9", dueAt: 0)),
            // A redelivery neither waits nor holds up.
            .insertDelivery(Fixture.delivery(9, sequence: 3, resource: "ticket/2", dueAt: 0, redeliveryOf: 3)),
            // Same sequence: the lower id by bytes goes first (`dlv_X11` before `dlv_a10`).
            .insertDelivery(Fixture.delivery(10, sequence: 20, resource: "ticket/4", dueAt: 0)),
            .insertDelivery(Fixture.delivery(11, sequence: 20, resource: "ticket/4", dueAt: 0)))
        let store = context.store
        let due = try await store.dueDeliveries(at: Fixture.date(10), limit: 10).map(\.value.id)
        context.expectEqual(due, [9, 1, 7, 6, 11].map(Fixture.deliveryID), "the heads that are due, by sequence")
        let first = try await store.dueDeliveries(at: Fixture.date(10), limit: 2).map(\.value.id)
        context.expectEqual(first, [9, 1].map(Fixture.deliveryID), "at most limit")
        let early = try await store.dueDeliveries(at: Fixture.date(1), limit: 10).map(\.value.id)
        context.expectEqual(early, [9, 7, 6, 11].map(Fixture.deliveryID), "not before they are due")
    }
}

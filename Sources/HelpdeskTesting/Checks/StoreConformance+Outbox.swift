extension StoreConformance {
    /// The outbox: events numbered in commit order with their change, read after a position,
    /// pruned by age; and the relay position that fan-out advances with a version check.
    public static let outbox = Check(
        "outbox",
        [
            Scenario("events are numbered in commit order and read after a position", numbering),
            Scenario("a refused change set writes no event", refusedWritesNothing),
            Scenario("pruning deletes old events and finished old deliveries", pruning),
            Scenario("the relay position moves only from where it is", relay),
        ])

    private static func numbering(_ context: CheckContext) async throws {
        let store = context.store
        context.expectEqual(
            try await store.events(after: 0, limit: 10), EventBatch(events: [], prunedThrough: 0), "empty")
        try await context.apply(.appendEvent(Fixture.event(1)), .appendEvent(Fixture.event(2)))
        try await context.apply(.insertCustomer(Fixture.customer(1)), .appendEvent(Fixture.event(3)))
        let all = try await store.events(after: 0, limit: 10).events
        context.expectEqual(all.map(\.id), [1, 2, 3].map(Fixture.eventID), "every event, in commit order")
        context.expect(zip(all, all.dropFirst()).allSatisfy { $0.sequence < $1.sequence }, "numbers grow")
        context.expect(all.first.map { $0.sequence > 0 } ?? false, "numbers are positive")
        var expected = Fixture.event(2)
        expected.sequence = all[1].sequence
        context.expectEqual(all[1], expected, "an event comes back as written, with its number")
        context.expectEqual(
            try await store.events(after: all[0].sequence, limit: 1).events.map(\.id), [Fixture.eventID(2)],
            "after a position, at most limit")
        context.expectEqual(
            try await store.events(after: all[2].sequence, limit: 10).events, [], "nothing after the last")
    }

    private static func refusedWritesNothing(_ context: CheckContext) async throws {
        try await context.apply(.appendEvent(Fixture.event(1)))
        try await context.expectRefusal(
            [.appendEvent(Fixture.event(2)), .updateTicket(Fixture.ticket(1, customer: 1), expectedVersion: 1)],
            .notFound(kind: "ticket", id: Fixture.ticketID(1).rawValue), "an event with a failing change")
        try await context.apply(.appendEvent(Fixture.event(3)))
        let ids = try await context.store.events(after: 0, limit: 10).events.map(\.id)
        context.expectEqual(ids, [Fixture.eventID(1), Fixture.eventID(3)], "the refused event never appears")
    }

    private static func pruning(_ context: CheckContext) async throws {
        let store = context.store
        try await context.apply(
            .appendEvent(Fixture.event(1, at: 10)), .appendEvent(Fixture.event(2, at: 20)),
            .appendEvent(Fixture.event(3, at: 30)), .insertWebhook(Fixture.webhook(1)),
            .insertDelivery(Fixture.delivery(1, sequence: 1, status: .succeeded, at: 10)),
            .insertDelivery(Fixture.delivery(2, sequence: 2, status: .failed, at: 20)),
            .insertDelivery(Fixture.delivery(3, sequence: 3, status: .pending, at: 10)),
            .insertDelivery(Fixture.delivery(4, sequence: 3, status: .succeeded, at: 30)))
        let numbers = try await store.events(after: 0, limit: 10).events.map(\.sequence)
        try await context.apply(.pruneHistory(before: Fixture.date(30)))
        let batch = try await store.events(after: 0, limit: 10)
        context.expectEqual(batch.events.map(\.id), [Fixture.eventID(3)], "only the event at the cut-off stays")
        context.expectEqual(batch.prunedThrough, numbers[1], "pruned through the last deleted number")
        let left = try await store.deliveries(of: Fixture.webhookID(1), RecordQuery()).items.map(\.id)
        context.expectEqual(
            Set(left), [Fixture.deliveryID(3), Fixture.deliveryID(4)], "pending and recent deliveries stay")
        try await context.apply(.pruneHistory(before: Fixture.date(5)))
        context.expectEqual(
            try await store.events(after: 0, limit: 10).prunedThrough, numbers[1], "pruning never lowers the mark")
    }

    private static func relay(_ context: CheckContext) async throws {
        context.expectEqual(try await context.store.relayPosition(), 0, "starts at 0")
        try await context.apply(.advanceRelay(from: 0, to: 5))
        context.expectEqual(try await context.store.relayPosition(), 5, "moved")
        try await context.expectRefusal(
            [.appendEvent(Fixture.event(1)), .advanceRelay(from: 0, to: 7)],
            .versionMismatch(kind: "relay", id: "events"), "a move from a stale position")
        context.expectEqual(try await context.store.relayPosition(), 5, "a stale move changes nothing")
    }
}

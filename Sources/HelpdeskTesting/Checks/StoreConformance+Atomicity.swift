extension StoreConformance {
    /// A change set applies all together or not at all: when its last mutation
    /// fails, nothing of the earlier ones (inserts, updates, cascades) is left,
    /// in records, lookups or counts; within a change set, each mutation sees
    /// the ones before it.
    public static let atomicity = Check(
        "atomicity",
        [
            Scenario("a failing change set leaves nothing behind", failingChangeSet),
            Scenario("a failing change set undoes its cascades", failingCascades),
            Scenario("each mutation sees the ones before it", orderWithinChangeSet),
        ])

    private static func failingChangeSet(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCustomer(Fixture.customer(1, email: "old@example.com")), .insertTag(Fixture.tag(1, name: "billing")),
            .insertTicket(Fixture.ticket(1, customer: 1, tags: ["billing"])),
            .insertConversation(Fixture.conversation(1, ticket: 1)))
        var renamed = Fixture.tag(1, name: "invoices")
        renamed.color = "#000000"
        var moved = Fixture.ticket(1, customer: 2, tags: ["fresh"])
        moved.status = .pending
        try await context.expectRefusal(
            [
                .insertCustomer(Fixture.customer(2, email: "new@example.com")),
                .insertTag(Fixture.tag(2, name: "fresh")),
                .insertTicket(Fixture.ticket(2, customer: 2, tags: ["billing", "fresh"])),
                .insertConversation(Fixture.conversation(2, ticket: 2)),
                .updateCustomer(Fixture.customer(1, email: "changed@example.com"), expectedVersion: 1),
                .updateTicket(moved, expectedVersion: 1),
                .updateTag(renamed, expectedVersion: 1),
                .insertTicket(Fixture.ticket(3, customer: 9)),
            ], .missingReference(field: "customer_id", id: Fixture.customerID(9).rawValue),
            "a change set whose last ticket has a missing customer")

        let store = context.store
        context.expect(try await store.customer(email: "new@example.com") == nil, "no new customer by email")
        context.expect(try await store.customer(email: "changed@example.com") == nil, "no changed email")
        context.expectEqual(
            try await store.customer(email: "OLD@example.com")?.value.id, Fixture.customerID(1), "the old email")
        context.expectEqual(try await store.tags(named: ["fresh", "invoices"]), [:], "no new or renamed tag")
        context.expectEqual(try await store.tag(Fixture.tagID(1))?.value.ticketCount, 1, "the tag's count")
        context.expectEqual(
            try await store.customer(Fixture.customerID(1))?.value.ticketCount, 1, "the customer's count")
        context.expect(try await store.ticket(Fixture.ticketID(2)) == nil, "no new ticket")
        context.expect(try await store.conversation(Fixture.conversationID(2)) == nil, "no new conversation")
        context.expectEqual(
            try await store.tickets(TicketQuery().filter(tags: ["billing"])).total, 1, "the tag index is as it was")
    }

    private static func failingCascades(_ context: CheckContext) async throws {
        try await context.apply(
            [
                .insertCustomer(Fixture.customer(1)), .insertCustomer(Fixture.customer(2)),
                .insertTag(Fixture.tag(1, name: "billing")), .insertTag(Fixture.tag(2, name: "vip")),
                .insertTicket(Fixture.ticket(1, customer: 1, tags: ["billing", "vip"])),
                .insertTicket(Fixture.ticket(2, customer: 1, tags: ["billing"])),
                .insertTicket(Fixture.ticket(3, customer: 2, tags: ["vip"])),
            ] + (1...3).map { .insertConversation(Fixture.conversation($0, ticket: $0)) })
        try await context.expectRefusal(
            [
                .updateTag(Fixture.tag(1, name: "invoices"), expectedVersion: 1),
                .deleteTag(Fixture.tagID(2), expectedVersion: 1),
                .deleteTicket(Fixture.ticketID(3), expectedVersion: nil),
                .deleteCustomer(Fixture.customerID(1), expectedVersion: 1, cascade: true),
                .updateCustomer(Fixture.customer(2), expectedVersion: 7),
            ], .versionMismatch(kind: "customer", id: Fixture.customerID(2).rawValue),
            "a change set of cascades whose last update is stale")
        context.expectEqual(
            Set(try await context.store.tags(named: ["billing", "vip", "invoices"]).keys), ["billing", "vip"],
            "the tags keep their names")
        context.expectEqual(
            try await context.store.tickets(TicketQuery().filter(tags: ["vip"])).total, 2, "the tag index is as it was")
        context.expectEqual(
            try await context.store.conversations(ConversationQuery()).total, 3, "every conversation is back")
    }

    private static func orderWithinChangeSet(_ context: CheckContext) async throws {
        let customer = Fixture.customer(1)
        var first = Fixture.ticket(1, customer: 1, tags: ["new"])
        var second = first
        first.subject = "First edit"
        second.subject = "Second edit"
        second.tags = []
        var renamed = customer
        renamed.name = "Renamed"
        try await context.apply(
            .insertCustomer(customer), .insertTag(Fixture.tag(1, name: "new")),
            .insertTicket(Fixture.ticket(1, customer: 1, tags: ["new"])),
            .insertConversation(Fixture.conversation(1, ticket: 1)),
            .updateTicket(first, expectedVersion: 1), .updateCustomer(renamed, expectedVersion: 1),
            .updateTicket(second, expectedVersion: 2))
        context.expectEqual(
            try await context.store.ticket(first.id), Stored(second, version: 3), "two updates in one change set")
        context.expectEqual(
            try await context.store.customer(customer.id), Stored(withCount(renamed, 1), version: 2),
            "an insert and an update in one change set")
        context.expectEqual(try await context.store.tag(Fixture.tagID(1))?.value.ticketCount, 0, "the tag's count")
        context.expect(
            try await context.store.conversation(Fixture.conversationID(1)) != nil,
            "an entry on a ticket of the same set")

        try await context.expectRefusal(
            [.deleteTicket(first.id, expectedVersion: 3), .insertConversation(Fixture.conversation(2, ticket: 1))],
            .missingReference(field: "ticket_id", id: first.id.rawValue), "an entry on a ticket deleted before it")
        let before = try await StoreSnapshot.take(of: context.store)
        try await context.store.apply(ChangeSet())
        let changes = try await StoreSnapshot.take(of: context.store).differences(from: before)
        context.expect(changes.isEmpty, "an empty change set changed \(changes)")
    }
}

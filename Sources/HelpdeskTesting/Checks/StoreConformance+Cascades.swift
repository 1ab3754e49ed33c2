extension StoreConformance {
    /// Deletes and renames reach what depends on them, as ``Mutation`` says:
    /// a ticket takes its conversations along, a customer its tickets (only with
    /// `cascade`), a tag's new name or its removal reaches every ticket, and a
    /// collection that holds articles cannot be deleted.
    public static let cascades = Check(
        "cascades",
        [
            Scenario("deleting a ticket deletes its conversations", ticketDeletion),
            Scenario("deleting a customer needs cascade when it has tickets", customerDeletion),
            Scenario("renaming a tag renames it on every ticket", tagRename),
            Scenario("deleting a tag takes it off every ticket", tagDeletion),
            Scenario("deleting a collection needs it empty", collectionDeletion),
        ])

    private static func ticketDeletion(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCustomer(Fixture.customer(1)), .insertTicket(Fixture.ticket(1, customer: 1)),
            .insertTicket(Fixture.ticket(2, customer: 1)), .insertConversation(Fixture.conversation(1, ticket: 1)),
            .insertConversation(Fixture.conversation(2, ticket: 1)),
            .insertConversation(Fixture.conversation(3, ticket: 2)))
        try await context.apply(.deleteTicket(Fixture.ticketID(1), expectedVersion: 1))
        context.expect(try await context.store.ticket(Fixture.ticketID(1)) == nil, "the ticket is gone")
        for n in 1...2 {
            context.expect(
                try await context.store.conversation(Fixture.conversationID(n)) == nil, "its entry \(n) is gone")
        }
        context.expectEqual(
            try await context.store.conversations(ConversationQuery()).items.map(\.id), [Fixture.conversationID(3)],
            "another ticket's entries stay")
        context.expectEqual(
            try await context.store.customer(Fixture.customerID(1))?.value.ticketCount, 1,
            "the customer's count follows")
    }

    private static func customerDeletion(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCustomer(Fixture.customer(1)), .insertCustomer(Fixture.customer(2)),
            .insertCustomer(Fixture.customer(3)), .insertTag(Fixture.tag(1)),
            .insertTicket(Fixture.ticket(1, customer: 1, tags: ["tag-1"])),
            .insertTicket(Fixture.ticket(2, customer: 1)),
            .insertTicket(Fixture.ticket(3, customer: 2, tags: ["tag-1"])),
            .insertConversation(Fixture.conversation(1, ticket: 1)),
            .insertConversation(Fixture.conversation(2, ticket: 3)))
        try await context.expectRefusal(
            [.deleteCustomer(Fixture.customerID(1), expectedVersion: 1, cascade: false)],
            .hasDependents("the customer has 2 tickets"), "deleting a customer with tickets without cascade")
        try await context.apply(.deleteCustomer(Fixture.customerID(3), expectedVersion: nil, cascade: false))
        context.expect(
            try await context.store.customer(Fixture.customerID(3)) == nil, "a customer without tickets goes")

        try await context.apply(.insertAPIKey(Fixture.apiKey(1, owner: .customer(Fixture.customerID(1)))))
        try await context.apply(.deleteCustomer(Fixture.customerID(1), expectedVersion: 1, cascade: true))
        let store = context.store
        context.expect(
            try await store.apiKey(digest: Fixture.apiKey(1, owner: .customer(Fixture.customerID(1))).digest) == nil,
            "its API keys go with it")
        context.expect(try await store.customer(Fixture.customerID(1)) == nil, "the customer is gone")
        context.expect(try await store.customer(email: Fixture.customer(1).email) == nil, "so is its email")
        context.expectEqual(
            try await store.tickets(TicketQuery()).items.map(\.id), [Fixture.ticketID(3)], "only others' tickets stay")
        context.expectEqual(
            try await store.conversations(ConversationQuery()).items.map(\.id), [Fixture.conversationID(2)],
            "only others' entries stay")
        context.expectEqual(try await store.tag(Fixture.tagID(1))?.value.ticketCount, 1, "the tag's count follows")
    }

    private static func tagRename(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCustomer(Fixture.customer(1)), .insertTag(Fixture.tag(1, name: "billing")),
            .insertTag(Fixture.tag(2, name: "vip")),
            .insertTicket(Fixture.ticket(1, customer: 1, tags: ["billing", "vip"])),
            .insertTicket(Fixture.ticket(2, customer: 1, tags: ["vip", "billing"])),
            .insertTicket(Fixture.ticket(3, customer: 1, tags: ["vip"])))
        var renamed = Fixture.tag(1, name: "invoices")
        renamed.color = "#112233"
        try await context.apply(.updateTag(renamed, expectedVersion: 1))
        try await expectTags(
            [1: (["invoices", "vip"], 2), 2: (["vip", "invoices"], 2), 3: (["vip"], 1)], "after the rename", context)
        context.expectEqual(
            try await context.store.tag(renamed.id), Stored(withCount(renamed, 2), version: 2), "the renamed tag")
        context.expectEqual(try await context.store.tags(named: ["billing"]), [:], "the old name finds nothing")
        try await expectTagged("invoices", [1, 2], context)
        try await expectTagged("billing", [], context)

        var recolored = Fixture.tag(2, name: "vip")
        recolored.color = "#445566"
        try await context.apply(.updateTag(recolored, expectedVersion: 1), .insertTag(Fixture.tag(3, name: "billing")))
        try await expectTags(
            [1: (["invoices", "vip"], 2), 2: (["vip", "invoices"], 2), 3: (["vip"], 1)], "after a new colour", context)
        context.expectEqual(
            try await context.store.tag(Fixture.tagID(3))?.value.ticketCount, 0, "a new tag with the old name is unused"
        )
    }

    private static func tagDeletion(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCustomer(Fixture.customer(1)), .insertTag(Fixture.tag(1, name: "billing")),
            .insertTag(Fixture.tag(2, name: "vip")), .insertTag(Fixture.tag(3, name: "bug")),
            .insertTicket(Fixture.ticket(1, customer: 1, tags: ["billing", "vip", "bug"])),
            .insertTicket(Fixture.ticket(2, customer: 1, tags: ["vip"])),
            .insertTicket(Fixture.ticket(3, customer: 1, tags: ["bug"])))
        try await context.apply(.deleteTag(Fixture.tagID(2), expectedVersion: 1))
        try await expectTags([1: (["billing", "bug"], 2), 2: ([], 2), 3: (["bug"], 1)], "after the delete", context)
        context.expect(try await context.store.tag(Fixture.tagID(2)) == nil, "the tag is gone")
        try await expectTagged("vip", [], context)
        try await expectTagged("bug", [1, 3], context)
        try await context.apply(.insertTag(Fixture.tag(4, name: "vip")))
        context.expectEqual(
            try await context.store.tag(Fixture.tagID(4))?.value.ticketCount, 0, "a new tag with the old name is unused"
        )
    }

    private static func collectionDeletion(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCollection(Fixture.collection(1)), .insertCollection(Fixture.collection(2)),
            .insertArticle(Fixture.article(1, collection: 1)), .insertArticle(Fixture.article(2, collection: 1)))
        try await context.expectRefusal(
            [.deleteCollection(Fixture.collectionID(1), expectedVersion: 1)], .hasDependents("2 articles"),
            "deleting a collection that holds articles")
        try await context.apply(.deleteCollection(Fixture.collectionID(2), expectedVersion: 1))
        context.expect(try await context.store.collection(Fixture.collectionID(2)) == nil, "an empty collection goes")

        try await context.apply(
            .updateArticle(Fixture.article(1, collection: nil), expectedVersion: 1),
            .deleteArticle(Fixture.articleID(2), expectedVersion: 1))
        try await context.apply(.deleteCollection(Fixture.collectionID(1), expectedVersion: nil))
        context.expect(
            try await context.store.collection(Fixture.collectionID(1)) == nil,
            "a collection whose articles moved out or went can be deleted")
        context.expectEqual(
            try await context.store.article(Fixture.articleID(1))?.value, Fixture.article(1, collection: nil),
            "the moved article stays")
    }

    /// Expects ticket `n` to carry `tags` (in this order) at `version`.
    private static func expectTags(
        _ expected: [Int: (tags: [String], version: Int)], _ when: String, _ context: CheckContext
    ) async throws {
        for (n, tags) in expected.sorted(by: { $0.key < $1.key }) {
            let stored = try await context.store.ticket(Fixture.ticketID(n))
            context.expectEqual(stored?.value.tags, tags.tags, "ticket \(n)'s tags \(when)")
            context.expectEqual(stored?.version, tags.version, "ticket \(n)'s version \(when)")
        }
    }

    /// Expects the tickets filtered by tag `name` to be tickets `numbers`.
    private static func expectTagged(_ name: String, _ numbers: [Int], _ context: CheckContext) async throws {
        let page = try await context.store.tickets(TicketQuery().filter(tags: [name]))
        context.expectEqual(Set(page.items.map(\.id)), Set(numbers.map(Fixture.ticketID)), "tickets tagged \(name)")
    }
}

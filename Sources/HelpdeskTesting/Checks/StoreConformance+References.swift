extension StoreConformance {
    /// A record that names another (a ticket's customer, assignee and tags, an entry's
    /// ticket, an article's collection, a key's owner) is refused with
    /// ``StorageError/missingReference(field:id:)`` when that one does not exist.
    public static let references = Check(
        "references",
        [
            Scenario("tickets need their customer, assignee and tags", ticketReferences),
            Scenario("conversations need their ticket", conversationReferences),
            Scenario("articles need their collection", articleReferences),
            Scenario("api keys need their owner", apiKeyReferences),
        ])

    private static func ticketReferences(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCustomer(Fixture.customer(1)), .insertUser(Fixture.user(1)), .insertTag(Fixture.tag(1)),
            .insertTicket(Fixture.ticket(1, customer: 1, assignee: 1, tags: ["tag-1"])))
        let broken: [(String, (Int) -> TicketRecord, StorageError)] = [
            (
                "a missing customer", { Fixture.ticket($0, customer: 9) },
                .missingReference(field: "customer_id", id: Fixture.customerID(9).rawValue)
            ),
            (
                "a missing assignee", { Fixture.ticket($0, customer: 1, assignee: 9) },
                .missingReference(field: "assignee_id", id: Fixture.userID(9).rawValue)
            ),
            (
                "a missing tag", { Fixture.ticket($0, customer: 1, tags: ["tag-1", "nope"]) },
                .missingReference(field: "tags", id: "nope")
            ),
        ]
        for (what, ticket, error) in broken {
            try await context.expectRefusal([.insertTicket(ticket(2))], error, "inserting a ticket with \(what)")
            try await context.expectRefusal(
                [.updateTicket(ticket(1), expectedVersion: 1)], error, "updating a ticket to \(what)")
        }
    }

    private static func conversationReferences(_ context: CheckContext) async throws {
        try await context.apply(.insertCustomer(Fixture.customer(1)), .insertTicket(Fixture.ticket(1, customer: 1)))
        try await context.expectRefusal(
            [.insertConversation(Fixture.conversation(1, ticket: 9))],
            .missingReference(field: "ticket_id", id: Fixture.ticketID(9).rawValue),
            "inserting an entry on a missing ticket")
    }

    private static func articleReferences(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCollection(Fixture.collection(1)), .insertArticle(Fixture.article(1, collection: 1)))
        let error = StorageError.missingReference(field: "collection_id", id: Fixture.collectionID(9).rawValue)
        try await context.expectRefusal(
            [.insertArticle(Fixture.article(2, collection: 9))], error, "inserting an article in a missing collection")
        try await context.expectRefusal(
            [.updateArticle(Fixture.article(1, collection: 9), expectedVersion: 1)], error,
            "moving an article to a missing collection")
        try await context.apply(.insertArticle(Fixture.article(3, collection: nil)))
        context.expect(try await context.store.article(Fixture.articleID(3)) != nil, "an article needs no collection")
    }

    private static func apiKeyReferences(_ context: CheckContext) async throws {
        try await context.apply(.insertUser(Fixture.user(1)), .insertCustomer(Fixture.customer(1)))
        try await context.expectRefusal(
            [.insertAPIKey(Fixture.apiKey(1, owner: .user(Fixture.userID(9))))],
            .missingReference(field: "user_id", id: Fixture.userID(9).rawValue), "a key of a missing user")
        try await context.expectRefusal(
            [.insertAPIKey(Fixture.apiKey(2, owner: .customer(Fixture.customerID(9))))],
            .missingReference(field: "customer_id", id: Fixture.customerID(9).rawValue), "a key of a missing customer")
        context.expect(try await context.store.apiKey(digest: Fixture.digest(1)) == nil, "no key of a missing user")
        context.expect(try await context.store.apiKey(digest: Fixture.digest(2)) == nil, "no key of a missing customer")
    }
}

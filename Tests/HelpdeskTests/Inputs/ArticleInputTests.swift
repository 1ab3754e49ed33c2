import Testing

@testable import Helpdesk

@Suite struct ArticleInputTests {
    @Test func seedBodyGivesADraftInItsCollection() throws {
        let input = try accepted(
            ArticleCreate.init(json:),
            try json(
                """
                {"title": " How to reset password ", "body": "Article content in markdown...\\n", "collection_id": "col_123",
                 "status": "draft"}
                """))
        #expect(
            input
                == ArticleCreate(
                    title: "How to reset password", body: "Article content in markdown...\n",
                    collectionID: Samples.id("123"), status: .draft))
    }

    @Test func createDefaultsToAnEmptyDraftOutsideCollections() throws {
        let input = try accepted(ArticleCreate.init(json:), try json(#"{"title": "T", "collection_id": null}"#))
        #expect(input == ArticleCreate(title: "T"))
    }

    @Test func bodyLimitIs500000() throws {
        let body = { (count: Int) in InputKind.articleCreate.body(["body": .string(repeated("b", count))]) }
        _ = try accepted(ArticleCreate.init(json:), body(500_000))
        expectRefused(ArticleCreate.init(json:), body(500_001), field: "body", reason: "at most 500000")
    }

    static let createRefusals: [(String, JSONValue?, String, String)] = [
        ("title", nil, "title", "is required"),
        ("title", .string(repeated("t", 256)), "title", "at most 255"),
        ("status", .string("archived"), "status", "must be one of draft, published"),
        ("collection_id", .string("art_1"), "collection_id", "must be a Collection id"),
        ("body", .null, "body", "cannot be null"),
        ("published_at", .string("2025-01-15T10:30:00Z"), "published_at", "is not a known field"),
    ]

    @Test(arguments: createRefusals)
    func createRefusesBadFields(key: String, value: JSONValue?, field: String, reason: String) {
        expectRefused(
            ArticleCreate.init(json:), InputKind.articleCreate.body([key: value]), field: field, reason: reason)
    }

    @Test func updateClearsTheCollectionWithNull() throws {
        let update = try accepted(
            ArticleUpdate.init(json:), try json(#"{"collection_id": null, "status": "published"}"#))
        #expect(update == ArticleUpdate(collection: .clear, status: .published))
        let moved = try accepted(ArticleUpdate.init(json:), try json(#"{"collection_id": "col_9"}"#))
        #expect(moved.collection == .set(Samples.id("9")))
        try expectRefused(
            ArticleUpdate.init(json:), #"{"collection_id": " col_9 "}"#, field: "collection_id",
            reason: "must be a Collection id (col_…)")
        try expectRefused(ArticleUpdate.init(json:), #"{"title": " "}"#, field: "title", reason: "is required")
        try expectRefused(ArticleUpdate.init(json:), #"{"title": null}"#, field: "title", reason: "cannot be null")
    }

    @Test func collectionsNeedANameAndMayDropTheirDescription() throws {
        let created = try accepted(
            CollectionCreate.init(json:), try json(#"{"name": " Guides ", "description": "  "}"#))
        #expect(created == CollectionCreate(name: "Guides", description: nil))
        try expectRefused(CollectionCreate.init(json:), #"{"description": "d"}"#, field: "name", reason: "is required")
        expectRefused(CollectionCreate.init(json:), .object(["name": .string(repeated("n", 256))]), field: "name")
        let update = try accepted(CollectionUpdate.init(json:), try json(#"{"description": null}"#))
        #expect(update == CollectionUpdate(description: .clear))
        let renamed = try accepted(CollectionUpdate.init(json:), try json(#"{"name": " FAQ ", "description": " d "}"#))
        #expect(renamed == CollectionUpdate(name: "FAQ", description: .set("d")))
        try expectRefused(CollectionUpdate.init(json:), #"{"name": null}"#, field: "name", reason: "cannot be null")
    }
}

extension StoreConformance {
    /// Customer and user emails (ignoring case), tag names and API key digests are
    /// unique: a taken value is refused with ``StorageError/duplicate(kind:field:value:)``,
    /// on insert and on update, also within one change set; a freed value is free again.
    public static let uniqueValues = Check(
        "unique values",
        [
            uniqueness(.customer, "email", taken: "Ann@Example.com", same: "ann@example.COM") { $0.email = $1 },
            uniqueness(.user, "email", taken: "Ann@Example.com", same: "ANN@example.com") { $0.email = $1 },
            uniqueness(.tag, "name", taken: "billing", same: "billing") { $0.name = $1 },
            Scenario("api key digests are unique", apiKeyDigests),
        ])

    /// `taken` and `same` are one value for the store (`same` may differ in case).
    private static func uniqueness<Record>(
        _ kind: RecordKind<Record>, _ field: String, taken: String, same: String,
        set: @escaping @Sendable (inout Record, String) -> Void
    ) -> Scenario {
        Scenario("\(kind.name) \(field)s are unique") { context in
            let with: (Record, String) -> Record = { record, value in modified(record) { set(&$0, value) } }
            guard let update = kind.update else { return context.fail("\(kind.name)s cannot be updated") }
            let duplicate = StorageError.duplicate(kind: kind.name, field: field, value: taken)
            let first = with(kind.sample(1), taken)
            try await context.apply(kind.dependencies + [kind.insert(first)])
            try await context.expectRefusal(
                [kind.insert(with(kind.sample(2), same))], duplicate, "inserting a taken \(field)")

            let second = kind.sample(2)
            try await context.apply(kind.insert(second))
            try await context.expectRefusal([update(with(second, same), 1)], duplicate, "updating to a taken \(field)")
            try await context.expectRefusal(
                [kind.insert(with(kind.sample(3), "x" + taken)), kind.insert(with(kind.sample(4), "x" + same))],
                duplicate, "inserting one \(field) twice in one change set")

            try await context.apply(update(with(first, same), 1))
            try await context.apply(update(with(first, "moved-" + taken), 2))
            try await context.apply(update(with(second, taken), 1))
            context.expectEqual(
                try await kind.read(context.store, second), .init(record: with(second, taken), version: 2),
                "a \(field) given up by its owner can be taken")
        }
    }

    private static func apiKeyDigests(_ context: CheckContext) async throws {
        let kind = RecordKind.apiKey
        let first = kind.sample(1)
        try await context.apply(kind.dependencies + [kind.insert(first)])
        try await context.expectRefusal(
            [kind.insert(modified(kind.sample(2)) { $0.digest = first.digest })],
            .duplicate(kind: "api_key", field: "digest", value: first.digest),
            "inserting a key with a taken digest")
        context.expectEqual(
            try await context.store.apiKey(digest: first.digest), first, "the digest still finds the first key")
    }
}

extension StoreConformance {
    /// Customers and users are found by email whatever its case, and follow
    /// email changes and deletes; the batch reads answer exactly the records that exist.
    public static let lookups = Check(
        "lookups",
        [
            emailLookup(.customer, set: { $0.email = $1 }) { store, email in
                try await store.customer(email: email).map {
                    RecordKind.ReadBack(record: $0.value, version: $0.version)
                }
            },
            emailLookup(.user, set: { $0.email = $1 }) { store, email in
                try await store.user(email: email).map { RecordKind.ReadBack(record: $0.value, version: $0.version) }
            },
            Scenario("batch reads by id and by tag name", batchReads),
        ])

    private static func emailLookup<Record>(
        _ kind: RecordKind<Record>, set: @escaping @Sendable (inout Record, String) -> Void,
        find: @escaping @Sendable (any HelpdeskStore, String) async throws -> RecordKind<Record>.ReadBack?
    ) -> Scenario {
        Scenario("\(kind.name)s by email") { context in
            var record = kind.sample(1)
            set(&record, "Ann.Lee@Example.com")
            try await context.apply(kind.insert(record), kind.insert(kind.sample(2)))
            for spelling in ["Ann.Lee@Example.com", "ann.lee@example.com", "ANN.LEE@EXAMPLE.COM"] {
                context.expectEqual(
                    try await find(context.store, spelling), .init(record: record, version: 1), "finding \(spelling)")
            }
            context.expect(try await find(context.store, "ann.le@example.com") == nil, "another email finds no one")

            guard let update = kind.update else { return context.fail("\(kind.name)s cannot be updated") }
            set(&record, "ann@new.test")
            try await context.apply(update(record, 1))
            context.expect(try await find(context.store, "ann.lee@example.com") == nil, "an old email finds no one")
            context.expectEqual(
                try await find(context.store, "ANN@NEW.TEST"), .init(record: record, version: 2),
                "a new email finds its owner")
            if let delete = kind.delete {
                try await context.apply(delete(record, 2))
                context.expect(try await find(context.store, "ann@new.test") == nil, "a deleted owner is not found")
            }
        }
    }

    private static func batchReads(_ context: CheckContext) async throws {
        let customers = (1...3).map { Fixture.customer($0) }
        let users = (1...3).map { Fixture.user($0) }
        let tags = ["billing", "vip", "bug"].enumerated().map { Fixture.tag($0.offset + 1, name: $0.element) }
        try await context.apply(
            customers.map(Mutation.insertCustomer) + users.map(Mutation.insertUser) + tags.map(Mutation.insertTag))
        context.expectEqual(
            try await context.store.customers(ids: [customers[0].id, customers[2].id, Fixture.customerID(9)]),
            [customers[0].id: customers[0], customers[2].id: customers[2]], "customers by ids: those that exist")
        context.expectEqual(
            try await context.store.users(ids: [users[1].id, Fixture.userID(9)]), [users[1].id: users[1]],
            "users by ids: those that exist")
        context.expectEqual(
            try await context.store.customers(ids: []), [:], "customers by no ids: none")
        context.expectEqual(
            try await context.store.tags(named: ["billing", "bug", "nope"]),
            ["billing": tags[0], "bug": tags[2]], "tags by names: those that exist, by exact name")
    }
}

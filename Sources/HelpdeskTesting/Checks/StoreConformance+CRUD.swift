extension StoreConformance {
    /// Every kind of record can be inserted, read back as written (at version 1),
    /// updated (raising its version) and deleted, where the kind allows; a stale
    /// version, a missing id and a taken id are refused.
    public static let crud = Check(
        "CRUD",
        [
            lifecycle(.ticket), lifecycle(.conversation), lifecycle(.customer), lifecycle(.user), lifecycle(.tag),
            lifecycle(.collection), lifecycle(.article), lifecycle(.apiKey),
        ])

    private static func lifecycle<Record>(_ kind: RecordKind<Record>) -> Scenario {
        Scenario("\(kind.name) lifecycle") { context in
            try await context.apply(kind.dependencies)
            let original = kind.sample(1)
            let id = kind.id(original)
            context.expect(try await kind.read(context.store, original) == nil, "no \(kind.name) before the insert")

            try await context.apply(kind.insert(original))
            context.expectEqual(
                try await kind.read(context.store, original),
                .init(record: original, version: kind.isVersioned ? 1 : nil),
                "an inserted \(kind.name) reads back as written, at version 1")
            try await context.expectRefusal(
                [kind.insert(kind.changed(original))], .idTaken(kind: kind.name, id: id), "inserting a taken id")

            if let update = kind.update {
                try await checkUpdates(kind, original, update, context)
            }
            if let delete = kind.delete {
                try await checkDeletes(kind, kind.changed(original), delete, context)
            }
        }
    }

    private static func checkUpdates<Record>(
        _ kind: RecordKind<Record>, _ original: Record, _ update: (Record, Int) -> Mutation, _ context: CheckContext
    ) async throws {
        let changed = kind.changed(original)
        try await context.apply(update(changed, 1))
        context.expectEqual(
            try await kind.read(context.store, original), .init(record: changed, version: 2),
            "an updated \(kind.name) reads back as written, one version up")
        try await context.expectRefusal(
            [update(original, 1)], .versionMismatch(kind: kind.name, id: kind.id(original)),
            "updating from a stale version")
        let missing = kind.sample(2)
        try await context.expectRefusal(
            [update(missing, 1)], .notFound(kind: kind.name, id: kind.id(missing)), "updating a missing id")
    }

    private static func checkDeletes<Record>(
        _ kind: RecordKind<Record>, _ current: Record, _ delete: (Record, Int?) -> Mutation, _ context: CheckContext
    ) async throws {
        let id = kind.id(current)
        try await context.expectRefusal(
            [delete(current, 1)], .versionMismatch(kind: kind.name, id: id), "deleting from a stale version")
        try await context.apply(delete(current, 2))
        context.expect(try await kind.read(context.store, current) == nil, "a deleted \(kind.name) is gone")
        try await context.expectRefusal(
            [delete(current, nil)], .notFound(kind: kind.name, id: id), "deleting a missing id")

        let unversioned = kind.sample(3)
        try await context.apply(kind.insert(unversioned))
        try await context.apply(delete(unversioned, nil))
        context.expect(
            try await kind.read(context.store, unversioned) == nil, "a delete without an expected version deletes")
    }
}

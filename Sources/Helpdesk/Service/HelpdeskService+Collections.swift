extension HelpdeskService {
    /// One collection.
    public func collection(_ id: CollectionID) async throws(HelpdeskError) -> ArticleCollection {
        try await reading { try await existingCollection(id).value }
    }

    /// A page of collections.
    public func collections(_ query: RecordQuery) async throws(HelpdeskError) -> Page<ArticleCollection> {
        try query.cursor?.validate(for: query.sort, listing: CollectionKind.self)
        return try await reading { try await store.collections(query) }
    }

    /// Creates a collection.
    public func createCollection(
        _ input: CollectionCreate, by author: Author
    ) async throws(HelpdeskError) -> ArticleCollection {
        let input = try input.validated()
        return try await committing {
            let now = clock.now()
            let collection = ArticleCollection(
                id: ids.make(at: now), name: input.name, description: input.description, createdAt: now, updatedAt: now)
            return (
                ChangeSet([.insertCollection(collection)]),
                [event(.collection, collection.id.rawValue, .created, by: author, at: now)], collection
            )
        }
    }

    /// Changes a collection.
    public func updateCollection(
        _ id: CollectionID, _ update: CollectionUpdate, by author: Author,
        precondition: Precondition<ArticleCollection>? = nil
    ) async throws(HelpdeskError) -> ArticleCollection {
        let update = try update.validated()
        return try await committing {
            let stored = try await existingCollection(id)
            try require(precondition, stored.value)
            var collection = stored.value
            var changed: [String] = []
            if let name = update.name, name != collection.name {
                collection.name = name
                changed.append("name")
            }
            if let description = update.description, description.newValue != collection.description {
                collection.description = description.newValue
                changed.append("description")
            }
            guard !changed.isEmpty else { return (ChangeSet(), [], collection) }
            let now = clock.now()
            collection.updatedAt = now
            return (
                ChangeSet([.updateCollection(collection, expectedVersion: stored.version)]),
                [event(.collection, id.rawValue, .updated(fields: changed.sorted()), by: author, at: now)], collection
            )
        }
    }

    /// Deletes a collection; one that still holds articles is a `CONFLICT`.
    public func deleteCollection(
        _ id: CollectionID, by author: Author, precondition: Precondition<ArticleCollection>? = nil
    ) async throws(HelpdeskError) {
        try await committing {
            let stored = try await existingCollection(id)
            try require(precondition, stored.value)
            return (
                ChangeSet([.deleteCollection(id, expectedVersion: stored.version)]),
                [event(.collection, id.rawValue, .deleted, by: author, at: clock.now())], ()
            )
        }
    }

    private func existingCollection(_ id: CollectionID) async throws -> Stored<ArticleCollection> {
        guard let stored = try await store.collection(id) else { throw HelpdeskError.notFound(CollectionKind.self) }
        return stored
    }
}

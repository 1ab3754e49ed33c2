extension HelpdeskService {
    /// One tag with its live `ticket_count`.
    public func tag(_ id: TagID) async throws(HelpdeskError) -> Tag {
        try await reading { try await existingTag(id).value }
    }

    /// A page of tags.
    public func tags(_ query: RecordQuery) async throws(HelpdeskError) -> Page<Tag> {
        try query.cursor?.validate(for: query.sort, listing: TagKind.self)
        return try await reading { try await store.tags(query) }
    }

    /// Creates a tag; the name (trimmed, lower-cased) must not be taken.
    public func createTag(_ input: TagCreate, by author: Author) async throws(HelpdeskError) -> Tag {
        let input = try input.validated()
        return try await committing {
            if try await !store.tags(named: [input.name]).isEmpty {
                throw HelpdeskError.taken(field: "name", "A tag with this name already exists")
            }
            let now = clock.now()
            let tag = Tag(
                id: ids.make(at: now), name: input.name, color: input.color ?? Tag.defaultColor, createdAt: now)
            return (ChangeSet([.insertTag(tag)]), [event(.tag, tag.id.rawValue, .created, by: author, at: now)], tag)
        }
    }

    /// Changes a tag; a new name is applied to every ticket that carries it.
    public func updateTag(
        _ id: TagID, _ update: TagUpdate, by author: Author, precondition: Precondition<Tag>? = nil
    ) async throws(HelpdeskError) -> Tag {
        let update = try update.validated()
        return try await committing {
            let stored = try await existingTag(id)
            try require(precondition, stored.value)
            var tag = stored.value
            var changed: [String] = []
            if let name = update.name, name != tag.name {
                if try await !store.tags(named: [name]).isEmpty {
                    throw HelpdeskError.taken(field: "name", "A tag with this name already exists")
                }
                tag.name = name
                changed.append("name")
            }
            if let color = update.color, color != tag.color {
                tag.color = color
                changed.append("color")
            }
            guard !changed.isEmpty else { return (ChangeSet(), [], tag) }
            let now = clock.now()
            return (
                ChangeSet([.updateTag(tag, expectedVersion: stored.version)]),
                [event(.tag, id.rawValue, .updated(fields: changed.sorted()), by: author, at: now)], tag
            )
        }
    }

    /// Deletes a tag and takes it off every ticket.
    public func deleteTag(
        _ id: TagID, by author: Author, precondition: Precondition<Tag>? = nil
    ) async throws(HelpdeskError) {
        try await committing {
            let stored = try await existingTag(id)
            try require(precondition, stored.value)
            let now = clock.now()
            return (
                ChangeSet([.deleteTag(id, expectedVersion: stored.version)]),
                [event(.tag, id.rawValue, .deleted, by: author, at: now)], ()
            )
        }
    }

    private func existingTag(_ id: TagID) async throws -> Stored<Tag> {
        guard let stored = try await store.tag(id) else { throw HelpdeskError.notFound(TagKind.self) }
        return stored
    }
}

internal import Helpdesk
internal import PostgresNIO

/// Tags, which tickets carry by name, and API keys.
extension Writer {
    func insertTag(_ tag: Tag) async throws {
        let p = prefix
        try await insert(
            kind: "tag", tag.id.rawValue,
            """
            INSERT INTO \(unescaped: p)tags (id, name, color, created_at, version)
            VALUES (\(tag.id.rawValue), \(tag.name), \(tag.color), \(Columns.time(tag.createdAt)), 1)
            """)
    }

    /// Renames the tag on every ticket that carries it (in place, keeping the order), each
    /// such ticket at a new version. The tag's row is locked first, so a ticket written with
    /// the old name at the same time is either seen here or refused.
    func updateTag(_ tag: Tag, expected: Int) async throws {
        let current = try await lock(.tag, tag.id.rawValue, expected: expected, columns: "name")
        let oldName = try current.value("name", as: String.self)
        try await versioned(.tag, tag.id.rawValue, expected: expected) { query in
            query.set("name", tag.name)
            query.set("color", tag.color)
            query.set("created_at", Columns.time(tag.createdAt))
        }
        guard oldName != tag.name else { return }
        let p = prefix
        try await run(
            """
            UPDATE \(unescaped: p)tickets SET tags = array_replace(tags, \(oldName), \(tag.name)), version = version + 1
            WHERE tags @> ARRAY[\(oldName)]::text[]
            """)
    }

    /// Takes the tag off every ticket that carries it (each at a new version), then deletes it.
    func deleteTag(_ id: TagID, expected: Int?) async throws {
        let current = try await lock(.tag, id.rawValue, expected: expected, columns: "name")
        let name = try current.value("name", as: String.self)
        let p = prefix
        try await run(
            """
            UPDATE \(unescaped: p)tickets SET tags = array_remove(tags, \(name)), version = version + 1
            WHERE tags @> ARRAY[\(name)]::text[]
            """)
        try await delete(.tag, id.rawValue, expected: nil)
    }

    func insertAPIKey(_ key: APIKey) async throws {
        if try await exists("#.api_keys", key.id.rawValue) {
            throw StorageError.idTaken(kind: "api_key", id: key.id.rawValue)
        }
        var digest = sql("SELECT 1 FROM #.api_keys WHERE digest = ")
        digest.bind(key.digest)
        if try await !run(digest).isEmpty { throw StorageError.duplicate(kind: "api_key", field: "digest", value: "") }
        var user: String?
        var customer: String?
        switch key.owner {
        case .user(let id):
            guard try await exists("#.users", id.rawValue) else {
                throw StorageError.missingReference(field: "user_id", id: id.rawValue)
            }
            user = id.rawValue
        case .customer(let id):
            guard try await exists("#.customers", id.rawValue) else {
                throw StorageError.missingReference(field: "customer_id", id: id.rawValue)
            }
            customer = id.rawValue
        }
        let p = prefix
        try await run(
            """
            INSERT INTO \(unescaped: p)api_keys (id, name, user_id, customer_id, digest, created_at)
            VALUES (\(key.id.rawValue), \(key.name), \(user), \(customer), \(key.digest), \(Columns.time(key.createdAt)))
            """)
    }
}

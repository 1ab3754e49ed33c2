internal import Helpdesk
internal import PostgresNIO

/// A table with versioned rows, by the kind name a ``StorageError`` gives it.
struct VersionedTable {
    let kind: String
    let table: String

    static let ticket = VersionedTable(kind: "ticket", table: "#.tickets")
    static let customer = VersionedTable(kind: "customer", table: "#.customers")
    static let user = VersionedTable(kind: "user", table: "#.users")
    static let tag = VersionedTable(kind: "tag", table: "#.tags")
    static let collection = VersionedTable(kind: "collection", table: "#.collections")
    static let article = VersionedTable(kind: "article", table: "#.articles")
}

/// Versions: checking, and writing with the check in the statement.
extension Writer {
    /// Why a versioned write touched no row: the row is gone, or at another version.
    func refusal(_ table: VersionedTable, _ id: String) async throws -> StorageError {
        var query = sql("SELECT version FROM \(table.table) WHERE id = ")
        query.bind(id)
        return try await run(query).isEmpty
            ? .notFound(kind: table.kind, id: id) : .versionMismatch(kind: table.kind, id: id)
    }

    /// Locks the row and checks its version (`expected` nil: any); answers the locked row's
    /// `columns`. Later statements of the transaction then see the row as it is.
    func lock(_ table: VersionedTable, _ id: String, expected: Int?, columns: String = "id") async throws
        -> PostgresRandomAccessRow
    {
        var query = sql("SELECT \(columns), version FROM \(table.table) WHERE id = ")
        query.bind(id)
        query.add(" FOR UPDATE")
        guard let row = try await run(query).first else { throw StorageError.notFound(kind: table.kind, id: id) }
        if let expected, try row.version() != expected {
            throw StorageError.versionMismatch(kind: table.kind, id: id)
        }
        return row
    }

    /// Runs an `UPDATE … WHERE id = … AND version = … RETURNING id` (built by `update`); no row
    /// means it was refused.
    func versioned(_ table: VersionedTable, _ id: String, expected: Int, _ update: (inout SQL) throws -> Void)
        async throws
    {
        var query = sql("UPDATE \(table.table) t SET version = t.version + 1")
        try update(&query)
        query.add(" WHERE t.id = ")
        query.bind(id)
        query.add(" AND t.version = ")
        query.bind(Int64(expected))
        query.add(" RETURNING t.id")
        if try await run(query).isEmpty { throw try await refusal(table, id) }
    }

    /// `DELETE … WHERE id = … AND version = …` (any version for `expected` nil).
    func delete(_ table: VersionedTable, _ id: String, expected: Int?) async throws {
        var query = sql("DELETE FROM \(table.table) WHERE id = ")
        query.bind(id)
        if let expected {
            query.add(" AND version = ")
            query.bind(Int64(expected))
        }
        query.add(" RETURNING id")
        if try await run(query).isEmpty { throw try await refusal(table, id) }
    }

    /// Whether a row with `id` exists in `table` (`#.users` …).
    func exists(_ table: String, _ id: String) async throws -> Bool {
        var query = sql("SELECT 1 FROM \(table) WHERE id = ")
        query.bind(id)
        return try await !run(query).isEmpty
    }

    /// Runs an `INSERT` with ` ON CONFLICT (id) DO NOTHING RETURNING id` added: no row means the id is taken.
    func insert(kind: String, _ id: String, _ statement: PostgresQuery) async throws {
        var query = statement
        query.sql += " ON CONFLICT (id) DO NOTHING RETURNING id"
        if try await run(query).isEmpty { throw StorageError.idTaken(kind: kind, id: id) }
    }
}

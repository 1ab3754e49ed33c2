internal import Helpdesk
internal import PostgresNIO

extension PostgresStore {
    /// Creates or upgrades the store's schema: applies every step of the migrations that
    /// `schema_migrations` does not list yet, each in its own transaction, and answers the
    /// numbers of the steps it applied (none when the schema is current).
    ///
    /// Each step's transaction first takes a transaction-scoped advisory lock on the schema
    /// (`pg_advisory_xact_lock`) and then reads which steps are applied, so processes that
    /// start together apply each step once: the others wait, then skip it.
    ///
    /// - Throws: ``StorageError/backend(_:)`` if a statement fails; that step is rolled back.
    @discardableResult
    public func migrate() async throws -> [Int] {
        try await migrate(upTo: Int.max)
    }

    /// ``migrate()``, but only the steps numbered up to `last` (to test upgrades).
    @discardableResult
    func migrate(upTo last: Int) async throws -> [Int] {
        var applied: [Int] = []
        for step in Migrations.steps where step.number <= last {
            guard try await apply(step) else { continue }
            applied.append(step.number)
        }
        return applied
    }

    /// Applies one step unless it is recorded; answers whether it applied it.
    private func apply(_ step: Migrations.Step) async throws -> Bool {
        try await transaction { connection in
            var lock = sql("SELECT pg_advisory_xact_lock(hashtext(")
            lock.bind("helpdesk schema " + schema.name)
            lock.add("))")
            try await connection.run(lock)
            try await connection.run(sql("CREATE SCHEMA IF NOT EXISTS \(schema.prefix.dropLast())"))
            try await connection.run(
                sql(
                    "CREATE TABLE IF NOT EXISTS #.schema_migrations (version integer PRIMARY KEY, applied_at bigint NOT NULL)"
                ))
            var done = sql("SELECT version FROM #.schema_migrations WHERE version = ")
            done.bind(Int32(step.number))
            guard try await connection.run(done).isEmpty else { return false }
            for statement in step.statements { try await connection.run(sql(statement)) }
            var record = sql("INSERT INTO #.schema_migrations (version, applied_at) VALUES (")
            record.bind(Int32(step.number))
            record.add(", (extract(epoch FROM clock_timestamp()) * 1000)::bigint)")
            try await connection.run(record)
            return true
        }
    }
}

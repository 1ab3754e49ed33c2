internal import GRDB

/// The store's schema, created and upgraded by named migrations, oldest first.
///
/// GRDB records each applied migration in `grdb_migrations`, so opening a database runs
/// only those it lacks. Never edit a migration once released: add one.
enum Migrations {
    typealias Step = (name: String, migrate: @Sendable (Database) throws -> Void)

    static let steps: [Step] = [
        (
            "v1-records",
            { db in
                try db.execute(sql: SchemaV1.tables)
                try db.execute(sql: SchemaV1.indexes)
            }
        ),
        ("v2-full-text", { db in try SchemaV2.migrate(db) }),
        ("v3-outbox", { db in try db.execute(sql: SchemaV3.tables) }),
        ("v4-ticket-total", { db in try db.execute(sql: SchemaV4.tables) }),
    ]

    /// The migrations' names, in order.
    static var names: [String] { steps.map(\.name) }

    /// A migrator with the migrations up to and including `last` (all of them by default).
    static func migrator(through last: String? = nil) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in steps {
            migrator.registerMigration(step.name, migrate: step.migrate)
            if step.name == last { break }
        }
        return migrator
    }
}

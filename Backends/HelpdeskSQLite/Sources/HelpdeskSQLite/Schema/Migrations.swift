internal import GRDB

/// The store's schema, created and upgraded by named migrations, oldest first.
///
/// GRDB records each applied migration in `grdb_migrations`, so opening a database runs
/// only those it lacks. Never edit a migration once released: add one.
enum Migrations {
    /// The migrations' names, in order.
    static let names = ["v1-records", "v2-full-text"]

    /// A migrator with the migrations up to and including `last` (all of them by default).
    static func migrator(through last: String? = nil) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-records") { db in
            try db.execute(sql: SchemaV1.tables)
            try db.execute(sql: SchemaV1.indexes)
        }
        if last == "v1-records" { return migrator }
        migrator.registerMigration("v2-full-text") { db in try SchemaV2.migrate(db) }
        return migrator
    }
}

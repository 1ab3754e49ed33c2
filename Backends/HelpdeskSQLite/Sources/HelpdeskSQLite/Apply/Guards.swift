internal import GRDB
internal import Helpdesk

/// The checks a mutation makes before it writes, each throwing the ``StorageError`` the
/// in-memory store throws, in the same order.
enum Guards {
    /// Refuses an insert whose id is taken.
    static func absent(_ kind: String, table: String, id: String, _ db: Database) throws {
        if try db.value(Bool.self, sql: "SELECT 1 FROM \(table) WHERE id = ?", arguments: [id]) == true {
            throw StorageError.idTaken(kind: kind, id: id)
        }
    }

    /// The record's current version, checked against `expected` when one is given.
    static func current(_ kind: String, table: String, id: String, expected: Int?, _ db: Database) throws -> Int {
        guard let version = try db.value(Int.self, sql: "SELECT version FROM \(table) WHERE id = ?", arguments: [id])
        else { throw StorageError.notFound(kind: kind, id: id) }
        if let expected, expected != version { throw StorageError.versionMismatch(kind: kind, id: id) }
        return version
    }

    /// Runs an `UPDATE` or `DELETE` whose `WHERE` is `id = ? AND version = ?` (its last two
    /// arguments): no row changed means another writer moved the record on in between.
    static func versioned(_ sql: String, _ arguments: StatementArguments, kind: String, id: String, _ db: Database)
        throws
    {
        try db.run(sql: sql, arguments: arguments)
        guard db.changesCount == 1 else { throw StorageError.versionMismatch(kind: kind, id: id) }
    }

    /// Refuses a unique value that another record (not `id`) holds: `column` is kept as `key`
    /// (an email lower-cased), the error names `field` and the `value` as given.
    static func unique(
        _ kind: String, table: String, column: String, field: String, key: String, value: String, id: String,
        _ db: Database
    ) throws {
        let taken = try db.value(
            Bool.self, sql: "SELECT 1 FROM \(table) WHERE \(column) = ? AND id <> ?", arguments: [key, id])
        if taken == true { throw StorageError.duplicate(kind: kind, field: field, value: value) }
    }

    /// Refuses a reference to a record that does not exist.
    static func exists(_ table: String, id: String, field: String, _ db: Database) throws {
        if try db.value(Bool.self, sql: "SELECT 1 FROM \(table) WHERE id = ?", arguments: [id]) != true {
            throw StorageError.missingReference(field: field, id: id)
        }
    }

    /// Inserts a record at version 1: `values` fill `columns` (comma-separated), then the id.
    static func insertVersioned(
        into table: String, columns: String, _ values: StatementArguments, id: String, _ db: Database
    ) throws {
        var arguments = values
        arguments += [id]
        let marks = Array(repeating: "?", count: columns.split(separator: ",").count + 1).joined(separator: ", ")
        try db.run(sql: "INSERT INTO \(table)(\(columns), id, version) VALUES (\(marks), 1)", arguments: arguments)
    }

    /// Sets `columns` of the record at `version` to `values` and raises its version, or throws
    /// `versionMismatch` if another writer moved it on.
    static func updateVersioned(
        _ table: String, columns: String, _ values: StatementArguments, kind: String, id: String, version: Int,
        _ db: Database
    ) throws {
        var arguments = values
        arguments += [id, version]
        try versioned(
            "UPDATE \(table) SET \(SQLClause.assignments(columns)), version = version + 1 WHERE id = ? AND version = ?",
            arguments, kind: kind, id: id, db)
    }
}

internal import GRDB
public import Helpdesk

/// A ``HelpdeskStore`` in one SQLite file, through GRDB: for one machine whose helpdesk
/// must survive restarts.
///
/// Open it on a path; the schema is created, or upgraded, by named migrations on the way:
///
/// ```swift
/// let store = try SQLiteStore(path: "/var/lib/helpdesk/helpdesk.sqlite")
/// let helpdesk = HelpdeskService(store: store)
/// ```
///
/// The file is opened as a GRDB `DatabasePool` in WAL mode: reads run side by side on
/// their own snapshots, and writes are serialized. Each ``apply(_:)`` is one `IMMEDIATE`
/// transaction, all or nothing. An update or delete checks the version it was computed
/// from in its own statement (`… WHERE id = ? AND version = ?`), so two stores, in one
/// process or two, that open the same file never lose each other's updates; a writer that
/// finds the file locked waits up to ``busyTimeout`` seconds.
///
/// Failures of SQLite itself are thrown as ``StorageError/backend(_:)``.
public final class SQLiteStore: HelpdeskStore {
    /// How long a write waits for another connection's lock before it fails, in seconds.
    public static let busyTimeout: Double = 10

    let writer: any DatabaseWriter

    /// Opens (or creates) the database file at `path` and brings its schema up to date.
    ///
    /// - Throws: ``StorageError/backend(_:)`` if the file cannot be opened or migrated.
    public convenience init(path: String) throws {
        try self.init(connecting: { try DatabasePool(path: path, configuration: Self.configuration()) })
    }

    /// A store in memory only, gone when the last reference goes: for tests and previews.
    ///
    /// - Throws: ``StorageError/backend(_:)`` if SQLite cannot set it up.
    public static func inMemory() throws -> SQLiteStore {
        try SQLiteStore(connecting: { try DatabaseQueue(configuration: configuration()) })
    }

    /// A store on `writer`, migrated with `migrator`.
    init(
        connecting connect: () throws -> any DatabaseWriter, migrator: DatabaseMigrator = Migrations.migrator()
    ) throws {
        do {
            let writer = try connect()
            try migrator.migrate(writer)
            self.writer = writer
        } catch {
            throw Self.storageError(error)
        }
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        return configuration
    }

    /// Runs a read on its own snapshot.
    func read<Value: Sendable>(_ body: @Sendable (Database) throws -> Value) async throws -> Value {
        do {
            return try await writer.read(body)
        } catch {
            throw Self.storageError(error)
        }
    }

    /// A ``StorageError`` as it is; anything else as ``StorageError/backend(_:)``.
    static func storageError(_ error: any Error) -> StorageError {
        if let error = error as? StorageError { return error }
        return .backend(String(describing: error))
    }

    public func apply(_ changes: ChangeSet) async throws {
        guard !changes.isEmpty else { return }
        do {
            try await writer.write { db in try ChangeSetWriter.apply(changes, db) }
        } catch {
            throw Self.storageError(error)
        }
    }
}

import Synchronization

/// The SQLite side of the benchmark: the workload in a SQLite database, in memory or on a WAL file,
/// with indexes fitted to each question and an FTS5 index for search.
///
/// One connection, guarded by a lock; every call does its work synchronously under it.
public final class SQLiteSide: WorkloadSide {
    public let name: String
    private let path: String
    /// `nil` until `load`.
    private let connection = Mutex<SQLiteConnection?>(nil)

    /// A side in memory (`path` nil) or on the file at `path`, in WAL mode with `synchronous = NORMAL`.
    /// A load replaces whatever tables the file held.
    public init(path: String? = nil) {
        self.path = path ?? ":memory:"
        name = path == nil ? "SQLite (memory)" : "SQLite (WAL file)"
    }

    public func load(_ tickets: [WorkloadTicket], customerCount: Int) async throws {
        let path = path
        try connection.withLock { connection in
            connection = nil
            connection = try SQLiteConnection.load(path: path, tickets: tickets, customerCount: customerCount)
        }
    }

    /// Runs `body` on the loaded connection, under the lock.
    func withConnection<Result: Sendable>(_ body: (SQLiteConnection) throws -> Result) throws -> Result {
        try connection.withLock { connection in
            guard let connection else { throw SQLiteError("\(name): not loaded") }
            return try body(connection)
        }
    }
}

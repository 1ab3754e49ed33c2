internal import CSQLite

/// A failure reported by SQLite, with its message.
public struct SQLiteError: Error, CustomStringConvertible {
    /// SQLite's message, or ours when the failure is not SQLite's.
    public var message: String
    /// SQLite's result code (`SQLITE_ERROR` when the failure is not SQLite's).
    public var code: Int32

    init(_ message: String, code: Int32 = SQLITE_ERROR) {
        self.message = message
        self.code = code
    }

    /// The message of the last failure on `connection`.
    init(connection: OpaquePointer?, code: Int32) {
        let text = sqlite3_errmsg(connection).map { String(cString: $0) } ?? "SQLite error \(code)"
        self.init(text, code: code)
    }

    public var description: String { "SQLiteError(\(code)): \(message)" }
}

/// One connection to a SQLite database: opened in memory or on a file, closed on deinit.
///
/// Not thread-safe by itself; its owner guards it (the connection is opened without SQLite's mutex).
final class SQLiteDatabase {
    private let connection: OpaquePointer
    private let begin: Statement
    private let commit: Statement
    private let rollback: Statement

    /// Opens (creating when needed) the database at `path`; `":memory:"` is a private in-memory database.
    init(path: String) throws {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = SQLiteError(connection: handle, code: code)
            sqlite3_close_v2(handle)
            throw error
        }
        do {
            begin = try Statement(connection: handle, sql: "BEGIN")
            commit = try Statement(connection: handle, sql: "COMMIT")
            rollback = try Statement(connection: handle, sql: "ROLLBACK")
        } catch {
            sqlite3_close_v2(handle)
            throw error
        }
        connection = handle
    }

    deinit {
        // `close_v2` waits for statements still alive to be finalized before it closes.
        sqlite3_close_v2(connection)
    }

    /// Runs one or more SQL statements that return no rows of interest.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(connection, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "SQLite error \(code)"
            sqlite3_free(message)
            throw SQLiteError(text, code: code)
        }
    }

    /// How many rows the last `INSERT`, `UPDATE` or `DELETE` changed.
    var changes: Int { Int(sqlite3_changes(connection)) }

    /// Compiles `sql` once, for reuse.
    func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: connection, sql: sql)
    }

    /// Runs `body` between `BEGIN` and `COMMIT`, rolling back when it throws.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try begin.run()
        do {
            let result = try body()
            try commit.run()
            return result
        } catch {
            try? rollback.run()
            throw error
        }
    }
}

/// A compiled statement, prepared once and reused: bind, step, read columns, reset.
final class Statement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    fileprivate init(connection: OpaquePointer, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw SQLiteError(connection: connection, code: code)
        }
        self.handle = handle
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds an integer to parameter `index` (1-based).
    func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds a text (copied by SQLite) to parameter `index` (1-based).
    func bind(_ value: String, at index: Int32) throws {
        try check(sqlite3_bind_text(handle, index, value, -1, csqlite_transient()))
    }

    /// Binds `NULL` to parameter `index` (1-based).
    func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Binds an integer, or `NULL` for `nil`, to parameter `index` (1-based).
    func bind(_ value: Int64?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Advances to the next row: `true` when there is one, `false` when the statement is done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(connection: connection, code: code)
        }
    }

    /// The integer in column `index` (0-based) of the current row.
    func int64(at index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// The text in column `index` (0-based) of the current row; empty for `NULL`.
    func text(at index: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Rewinds the statement and clears its bindings, ready for the next use.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Steps to the end (for statements that return no rows), then resets.
    func run() throws {
        defer { reset() }
        while try step() {}
    }

    /// The first column of the first row as an integer (a `COUNT(*)`), then resets.
    func scalar() throws -> Int64 {
        defer { reset() }
        guard try step() else { throw SQLiteError("statement returned no row") }
        return int64(at: 0)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw SQLiteError(connection: connection, code: code) }
    }
}

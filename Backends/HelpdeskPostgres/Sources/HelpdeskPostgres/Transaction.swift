internal import Helpdesk
internal import Logging
internal import PostgresNIO

/// A connection inside a transaction, as the writes use it.
struct Transaction {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs `query` and answers its rows.
    @discardableResult
    func run(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        let sequence = try await connection.query(query, logger: logger)
        return try await sequence.collect().map { $0.makeRandomAccess() }
    }

    /// Runs a built statement and answers its rows.
    @discardableResult
    func run(_ query: SQL) async throws -> [PostgresRandomAccessRow] { try await run(query.query) }
}

extension PostgresStore {
    /// Runs `body` in one transaction on one pooled connection: committed if it returns,
    /// rolled back if it throws. Errors come out as ``StorageError``.
    ///
    /// A transaction that PostgreSQL aborted to break a deadlock (SQLSTATE 40P01) or a
    /// serialization failure (40001) is run again from the start, up to `attempts` times in all:
    /// nothing of it was applied, and its checks run again on what is committed now.
    func transaction<Result: Sendable>(attempts: Int = 1, _ body: (Transaction) async throws -> Result)
        async throws -> Result
    {
        let logger = logger
        var attempt = 1
        while true {
            do {
                return try await client.withTransaction(logger: logger) { connection in
                    try await body(Transaction(connection: connection, logger: logger))
                }
            } catch {
                guard attempt < attempts, Self.isTransient(error) else { throw StorageError(error) }
                attempt += 1
            }
        }
    }

    /// Whether `error` is a deadlock or a serialization failure, which a new attempt may not meet.
    static func isTransient(_ error: any Error) -> Bool {
        if let transaction = error as? PostgresTransactionError {
            let inner: (any Error)? = transaction.closureError ?? transaction.commitError
            return inner.map(isTransient) ?? false
        }
        guard let state = (error as? PSQLError)?.serverInfo?[.sqlState] else { return false }
        return state == "40P01" || state == "40001"
    }
}

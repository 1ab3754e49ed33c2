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
    func transaction<Result: Sendable>(_ body: (Transaction) async throws -> Result) async throws -> Result {
        let logger = logger
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await body(Transaction(connection: connection, logger: logger))
            }
        } catch {
            throw StorageError(error)
        }
    }
}

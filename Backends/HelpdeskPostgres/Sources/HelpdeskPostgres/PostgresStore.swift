public import Helpdesk
internal import Logging
public import PostgresNIO

/// A ``HelpdeskStore`` in PostgreSQL, through PostgresNIO, for deployments that run several
/// server processes against one database.
///
/// Every change set is one transaction. Updates and deletes check the version they were
/// computed from in the statement's `WHERE` (`… WHERE id = $1 AND version = $2`), so two
/// processes updating one ticket never lose an update: one wins, the other gets
/// ``StorageError/versionMismatch(kind:id:)``. Lists use keyset pagination with exact totals;
/// search matches the library's own words (``SearchWords``) through a `tsvector` with a GIN index.
///
/// The store does not own its client: run the client (``PostgresClient/run()``) in a task for
/// as long as the store is used, and call ``migrate()`` once before the first use, or let
/// ``withStore(url:schema:_:)`` do both.
///
/// ```swift
/// try await PostgresStore.withStore(url: "postgres://helpdesk@127.0.0.1:5432/helpdesk") { store in
///     let service = HelpdeskService(store: store)
///     // …
/// }
/// ```
public struct PostgresStore: HelpdeskStore {
    /// The client the store sends its statements through.
    public let client: PostgresClient
    /// The schema that holds the store's tables.
    public let schema: Schema
    let logger: Logger

    /// A store on `client` in `schema`. Run the client, and ``migrate()`` before first use.
    public init(client: PostgresClient, schema: Schema = .public) {
        self.client = client
        self.schema = schema
        self.logger = Logger(label: "HelpdeskPostgres")
    }

    /// A statement on this store's schema (`#.` in `text` stands for it).
    func sql(_ text: String = "") -> SQL { SQL(schema: schema, text) }

    /// Runs `query` and answers its rows, errors mapped to ``StorageError``.
    func rows(_ query: SQL) async throws -> [PostgresRandomAccessRow] {
        do {
            let sequence = try await client.query(query.query, logger: logger)
            return try await sequence.collect().map { $0.makeRandomAccess() }
        } catch {
            throw StorageError(error)
        }
    }

    /// Runs `query` and answers its first row, if any.
    func row(_ query: SQL) async throws -> PostgresRandomAccessRow? {
        try await rows(query).first
    }
}

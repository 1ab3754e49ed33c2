import HelpdeskPostgres
import PostgresNIO

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A `PostgresStore` in a fresh schema `bench_<random>`, on a client of its own that runs until close or deinit.
final class PostgresSchemaStore: BackendResources {
    let store: PostgresStore
    private let running: Task<Void, Never>

    private init(store: PostgresStore, running: Task<Void, Never>) {
        self.store = store
        self.running = running
    }

    /// Connects to `url`, and migrates a new schema.
    static func open(url: String) async throws -> PostgresSchemaStore {
        let client = PostgresClient(configuration: try PostgresStore.configuration(url: url))
        let running = Task { await client.run() }
        let suffix = UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(16)
        guard let schema = Schema("bench_\(suffix)") else {
            running.cancel()
            throw BackendError("no schema name from \(suffix)")
        }
        let database = PostgresSchemaStore(store: PostgresStore(client: client, schema: schema), running: running)
        _ = try await database.store.migrate()
        return database
    }

    /// Statistics and the visibility map for the freshly loaded tickets, as autovacuum would soon make them.
    func settle() async throws {
        try await run("VACUUM ANALYZE \(quoted).tickets")
    }

    /// Drops the schema and stops the client.
    func close() async {
        try? await run("DROP SCHEMA IF EXISTS \(quoted) CASCADE")
        running.cancel()
    }

    deinit { running.cancel() }

    /// The schema's name quoted; `Schema` allows only `a-z`, `0-9` and `_`.
    private var quoted: String { "\"\(store.schema.name)\"" }

    private func run(_ sql: String) async throws {
        _ = try await store.client.query(PostgresQuery(unsafeSQL: sql)).collect()
    }
}

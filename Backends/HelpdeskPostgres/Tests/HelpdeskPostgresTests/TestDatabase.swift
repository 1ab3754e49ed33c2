import Foundation
import HelpdeskPostgres
import PostgresNIO
import Testing

/// The test server, from `HELPDESK_POSTGRES_URL` (set by `with-postgres.sh`), and fresh stores on it.
enum TestDatabase {
    struct Missing: Error, CustomStringConvertible {
        let description =
            "HELPDESK_POSTGRES_URL is not set: run the tests through Backends/HelpdeskPostgres/with-postgres.sh"
    }

    /// The server's URL; a test without it fails.
    static func url() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["HELPDESK_POSTGRES_URL"], !url.isEmpty else {
            throw Missing()
        }
        return url
    }

    /// One client for the whole test run, running until the process exits.
    static let shared: Result<PostgresClient, any Error> = Result { try makeClient() }

    /// A new client on the test server, already running; it stops when `task` is cancelled.
    static func makeClient() throws -> PostgresClient {
        var configuration = try PostgresStore.configuration(url: url())
        configuration.options.maximumConnections = 8
        let client = PostgresClient(configuration: configuration)
        Task { await client.run() }
        return client
    }

    /// A fresh schema name, `s_` and random hex.
    static func freshSchema() -> Schema? {
        Schema("s_" + UUID().uuidString.lowercased().replacing("-", with: ""))
    }

    /// A migrated store in a fresh, empty schema of its own, on `client` (the shared one by default).
    static func freshStore(on client: PostgresClient? = nil) async throws -> PostgresStore {
        let schema = try #require(freshSchema())
        let store = PostgresStore(client: try client ?? shared.get(), schema: schema)
        try await store.migrate()
        return store
    }
}

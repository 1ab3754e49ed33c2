internal import Foundation
public import PostgresNIO

extension PostgresStore {
    /// Why a database URL was refused.
    public struct URLError: Error, Hashable, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// A client configuration from `postgres://user:password@host:port/database`.
    ///
    /// The user defaults to `postgres`, the port to 5432, the database to the user's name. The
    /// connection is not encrypted (for TLS, make a `PostgresClient.Configuration` yourself).
    ///
    /// - Throws: ``URLError`` if `url` is not such a URL.
    public static func configuration(url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            ["postgres", "postgresql"].contains(scheme)
        else { throw URLError(description: "not a postgres:// URL") }
        guard let host = components.host, !host.isEmpty else { throw URLError(description: "the URL names no host") }
        let username = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        let path = components.path.drop { $0 == "/" }
        let database = path.isEmpty ? username : String(path).removingPercentEncoding ?? String(path)
        return PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: username,
            password: components.password.flatMap { $0.removingPercentEncoding }, database: database, tls: .disable)
    }

    /// Connects to the database at `url`, migrates `schema`, and runs `body` with a store on it;
    /// the client runs for as long as `body` does and is shut down when it returns or throws.
    ///
    /// - Throws: ``URLError`` for a bad URL, ``StorageError`` from the migrations, and what `body` throws.
    public static func withStore<Result: Sendable>(
        url: String, schema: Schema = .public, _ body: @Sendable (PostgresStore) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: try configuration(url: url))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            let store = PostgresStore(client: client, schema: schema)
            try await store.migrate()
            return try await body(store)
        }
    }
}

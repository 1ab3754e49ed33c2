public import Helpdesk
import HelpdeskPostgres
import HelpdeskSQLite
import Synchronization

/// Why the store of `--store` could not be opened or migrated.
public struct StoreOpeningError: Error, CustomStringConvertible {
    /// What failed, for the user (a PostgreSQL password is not shown).
    public var description: String
}

extension ServerOptions.StoreChoice {
    /// Opens the store, creating or upgrading its schema, and runs `body` with it; the store stays
    /// open for as long as `body` runs (the server's lifetime).
    ///
    /// - `memory`: a new ``InMemoryStore``.
    /// - `sqlite:PATH`: `SQLiteStore(path:)`, which runs its migrations as it opens the file.
    /// - `postgres://…`: `PostgresStore.withStore(url:schema:_:)` in the `public` schema: its
    ///   `PostgresClient` runs in a child task of a task group beside `body`, after
    ///   `PostgresStore.migrate()`; when `body` returns or throws, the client's task is cancelled,
    ///   which closes its connections, and the group waits for it to end. A database that cannot be
    ///   reached and migrated within `openingTimeout` is given up on (PostgresNIO keeps trying to
    ///   connect otherwise).
    ///
    /// - Throws: ``StoreOpeningError`` if the store cannot be opened or migrated, and what `body` throws.
    public func withStore<Result: Sendable>(
        openingTimeout: Duration = .seconds(30), _ body: @Sendable (any HelpdeskStore) async throws -> Result
    ) async throws -> Result {
        switch self {
        case .memory:
            return try await body(InMemoryStore())
        case .sqlite(let path):
            let store: SQLiteStore
            do {
                store = try SQLiteStore(path: path)
            } catch {
                throw StoreOpeningError(description: "cannot open \(self): \(error)")
            }
            return try await body(store)
        case .postgres(let url):
            return try await withPostgresStore(url: url, openingTimeout: openingTimeout, body)
        }
    }
}

extension ServerOptions.StoreChoice {
    /// `PostgresStore.withStore(url:schema:_:)`, given up with ``StoreOpeningError`` unless `body`
    /// starts within `openingTimeout`.
    private func withPostgresStore<Result: Sendable>(
        url: String, openingTimeout: Duration, _ body: @Sendable (any HelpdeskStore) async throws -> Result
    ) async throws -> Result {
        let opened = Flag()
        do {
            return try await withoutActuallyEscaping(body) { body in
                try await withThrowingTaskGroup(of: Result?.self) { group in
                    group.addTask {
                        try await PostgresStore.withStore(url: url) { store in
                            opened.set()
                            do {
                                return try await body(store)
                            } catch {
                                throw BodyError(error: error)
                            }
                        }
                    }
                    group.addTask {
                        try await Task.sleep(for: openingTimeout)
                        guard opened.isSet else {
                            throw StoreOpeningError(
                                description: "cannot open \(self): no connection and migration within \(openingTimeout)"
                            )
                        }
                        return nil
                    }
                    defer { group.cancelAll() }
                    while let next = try await group.next() {
                        if let result = next { return result }
                    }
                    throw CancellationError()
                }
            }
        } catch let error as BodyError {
            throw error.error
        } catch let error as StoreOpeningError {
            throw error
        } catch {
            throw StoreOpeningError(description: "cannot open \(self): \(String(reflecting: error))")
        }
    }
}

/// Whether something happened, across tasks.
private final class Flag: Sendable {
    private let value = Mutex(false)

    var isSet: Bool { value.withLock { $0 } }

    func set() { value.withLock { $0 = true } }
}

/// An error of the body of ``ServerOptions/StoreChoice/withStore(_:)``, told apart from the store's own.
private struct BodyError: Error {
    var error: any Error
}

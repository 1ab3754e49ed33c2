import Helpdesk
public import Workload

/// The library's side (``HelpdeskSide``) on one ``Backend``'s store, with what the store holds open.
///
/// Every question and write goes through the same public store API as the in-memory side does.
/// ``close()`` releases the store: the temporary file, or the PostgreSQL schema and client.
public final class BackendSide: WorkloadSide {
    public let backend: Backend
    /// The library's side on the backend's store.
    public let side: HelpdeskSide
    private let resources: any BackendResources

    public var name: String { side.name }

    init(backend: Backend, store: any HelpdeskStore, resources: any BackendResources) {
        self.backend = backend
        self.side = HelpdeskSide(name: backend.columnName, store: store)
        self.resources = resources
    }

    /// A fresh, empty store of `backend`.
    ///
    /// - Throws: ``BackendError`` for `postgres` without `HELPDESK_POSTGRES_URL`, and what opening the store throws.
    public static func open(_ backend: Backend) async throws -> BackendSide {
        switch backend {
        case .memory:
            return BackendSide(backend: backend, store: InMemoryStore(), resources: NoResources())
        case .sqlite:
            let file = try TemporarySQLiteFile()
            return BackendSide(backend: backend, store: try file.open(), resources: file)
        case .postgres:
            guard let url = Backend.postgresURL else {
                throw BackendError("the postgres backend needs \(Backend.postgresURLVariable)")
            }
            let database = try await PostgresSchemaStore.open(url: url)
            return BackendSide(backend: backend, store: database.store, resources: database)
        }
    }

    /// Loads as ``HelpdeskSide`` does, then lets the store settle (PostgreSQL: `VACUUM ANALYZE`).
    public func load(_ tickets: [WorkloadTicket], customerCount: Int) async throws {
        try await side.load(tickets, customerCount: customerCount)
        try await resources.settle()
    }

    public func answer(_ question: Question) async throws -> Answer { try await side.answer(question) }

    public func create(_ ticket: WorkloadTicket) async throws { try await side.create(ticket) }

    public func update(_ change: TicketChange) async throws { try await side.update(change) }

    public func delete(index: Int) async throws { try await side.delete(index: index) }

    /// Removes the store's data: the temporary file, or the schema; stops the PostgreSQL client.
    public func close() async { await resources.close() }
}

/// What a backend's store holds open, released by ``BackendSide/close()`` (or, less fully, on deinit).
protocol BackendResources: Sendable {
    /// After the bulk load, before anything is timed.
    func settle() async throws
    func close() async
}

/// The in-memory store holds nothing outside the process.
struct NoResources: BackendResources {
    func settle() async throws {}
    func close() async {}
}

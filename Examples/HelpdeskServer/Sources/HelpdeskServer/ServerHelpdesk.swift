public import Helpdesk

/// The helpdesk a server starts with: a store (in memory unless told otherwise), an admin with a
/// known key, and optionally the demonstration records.
///
/// On a store that outlives the process (SQLite, PostgreSQL), starting again reuses what is there:
///
/// - a key that already authenticates as an active admin is used as it is;
/// - otherwise, if the admin `admin@example.com` exists (made by an earlier start), the key
///   (`--api-key`, or a new one) is issued to that admin;
/// - only a store without that admin gets a new one (``HelpdeskService/bootstrapAdmin(email:name:key:)``).
///
/// The demonstration records are loaded only into a store that holds no ticket yet.
public struct ServerHelpdesk: Sendable {
    /// The admin's key as the server knows it at start.
    public struct AdminKey: Hashable, Sendable {
        /// The key's id.
        public let id: APIKeyID
        /// The bearer key.
        public let key: String
    }

    /// The handler every request goes to.
    public let handler: HelpdeskHandler
    /// The admin created at start, or found in the store.
    public let admin: User
    /// The admin's key (`--api-key`, `HELPDESK_API_KEY`, or a new one).
    public let adminKey: AdminKey
    /// Whether the demonstration records were loaded by this start (`--demo-data` on a store without tickets).
    public let loadedDemoData: Bool

    /// How many times the admin is looked for and made again when another process made it meanwhile.
    static let bootstrapAttempts = 4

    /// Creates the service over a new ``InMemoryStore``, its admin and, with `--demo-data`, the
    /// demonstration records.
    public init(options: ServerOptions) async throws(HelpdeskError) {
        try await self.init(options: options, store: InMemoryStore())
    }

    /// Creates the service over `store` (opened and migrated already), finds or creates its admin
    /// and, with `--demo-data`, loads the demonstration records unless the store holds tickets.
    public init(options: ServerOptions, store: any HelpdeskStore) async throws(HelpdeskError) {
        var configuration = HandlerConfiguration()
        if let limit = options.rateLimit {
            configuration.rateLimit = RateLimitPolicy(limit: limit, window: .seconds(60))
        }
        try await self.init(
            store: store, configuration: configuration, apiKey: options.apiKey, demoData: options.demoData,
            outbox: options.outboxSettings)
    }

    /// Creates the service over `store` (a new ``InMemoryStore`` by default) with a handler configured as given.
    public init(
        store: any HelpdeskStore = InMemoryStore(), configuration: HandlerConfiguration = HandlerConfiguration(),
        apiKey: String? = nil, demoData: Bool = false, outbox: OutboxSettings = .standard
    ) async throws(HelpdeskError) {
        let service = HelpdeskService(store: store, outbox: outbox)
        (admin, adminKey) = try await Self.admin(of: service, key: apiKey)
        if demoData, try await service.tickets(TicketQuery().limit(1)).total == 0 {
            try await DemoData.load(into: service, by: admin)
            loadedDemoData = true
        } else {
            loadedDemoData = false
        }
        handler = HelpdeskHandler(service: service, configuration: configuration)
    }

    /// The admin that `key` authenticates as, else the admin of an earlier start with `key` issued
    /// to it, else a new admin with `key`. A new random key when `key` is `nil`.
    static func admin(of service: HelpdeskService, key: String?) async throws(HelpdeskError) -> (User, AdminKey) {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await findOrMakeAdmin(of: service, key: key)
            } catch let error where error.code == .conflict && attempt < bootstrapAttempts {
                // Another process sharing the store made the admin or the key meanwhile: look again.
                continue
            }
        }
    }

    private static func findOrMakeAdmin(
        of service: HelpdeskService, key: String?
    ) async throws(HelpdeskError) -> (User, AdminKey) {
        if let key, let principal = try await service.authenticate(key: key) {
            guard case .user(let user) = principal, user.role == .admin else {
                throw HelpdeskError(.forbidden, "the API key belongs to someone who is not an admin")
            }
            return (user, AdminKey(id: try await keyID(of: key, in: service), key: key))
        }
        let existing: User?
        do {
            existing = try await service.store.user(email: bootstrapEmail)?.value
        } catch {
            throw HelpdeskError(.internalServerError, "cannot read the store: \(error)")
        }
        guard let existing else {
            let (admin, issued) = try await service.bootstrapAdmin(email: bootstrapEmail, key: key)
            return (admin, AdminKey(id: issued.id, key: issued.key))
        }
        guard existing.role == .admin, existing.isActive else {
            throw HelpdeskError(.forbidden, "\(bootstrapEmail) is in the store but is not an active admin")
        }
        if let key, !(16...512).contains(key.utf8.count) || key.contains(" ") {
            throw HelpdeskError.invalid(field: "key", "must be 16 to 512 characters without spaces")
        }
        let issued = try await service.createAPIKey(
            for: .user(existing.id), APIKeyCreate(name: "bootstrap"), by: .system, presetKey: key)
        return (existing, AdminKey(id: issued.id, key: issued.key))
    }

    /// The email of the admin that a server makes at its first start.
    static let bootstrapEmail = "admin@example.com"

    private static func keyID(of key: String, in service: HelpdeskService) async throws(HelpdeskError) -> APIKeyID {
        do {
            if let stored = try await service.store.apiKey(digest: SHA256.hexDigest(key)) { return stored.id }
        } catch {
            throw HelpdeskError(.internalServerError, "cannot read the store: \(error)")
        }
        throw HelpdeskError(.internalServerError, "the admin's key vanished from the store")
    }
}

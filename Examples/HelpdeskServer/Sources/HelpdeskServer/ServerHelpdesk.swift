public import Helpdesk

/// The helpdesk a server starts with: an in-memory store, an admin with a known key, and
/// optionally the demonstration records.
public struct ServerHelpdesk: Sendable {
    /// The handler every request goes to.
    public let handler: HelpdeskHandler
    /// The admin created at start.
    public let admin: User
    /// The admin's key (`--api-key`, `HELPDESK_API_KEY`, or a new one).
    public let adminKey: IssuedAPIKey

    /// Creates the service, its admin and, with `--demo-data`, the demonstration records.
    public init(options: ServerOptions) async throws(HelpdeskError) {
        var configuration = HandlerConfiguration()
        if let limit = options.rateLimit {
            configuration.rateLimit = RateLimitPolicy(limit: limit, window: .seconds(60))
        }
        try await self.init(
            configuration: configuration, apiKey: options.apiKey, demoData: options.demoData,
            outbox: options.outboxSettings)
    }

    /// Creates the service over a new ``InMemoryStore`` with a handler configured as given.
    public init(
        configuration: HandlerConfiguration = HandlerConfiguration(), apiKey: String? = nil, demoData: Bool = false,
        outbox: OutboxSettings = .standard
    ) async throws(HelpdeskError) {
        let service = HelpdeskService(store: InMemoryStore(), outbox: outbox)
        (admin, adminKey) = try await service.bootstrapAdmin(key: apiKey)
        if demoData { try await DemoData.load(into: service, by: admin) }
        handler = HelpdeskHandler(service: service, configuration: configuration)
    }
}

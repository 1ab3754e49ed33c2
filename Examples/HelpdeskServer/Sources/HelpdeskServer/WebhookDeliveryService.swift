import AsyncHTTPClient
public import Helpdesk
public import Logging
public import ServiceLifecycle

/// The server's background task that sends webhooks: ``WebhookDispatcher/run(every:maximumInFlight:onError:)``
/// over ``HTTPWebhookTransport``, looking for due deliveries at least every `interval`, until
/// the server shuts down gracefully.
public struct WebhookDeliveryService: Service {
    let service: HelpdeskService
    let interval: Duration
    let logger: Logger

    public init(service: HelpdeskService, interval: Duration = .seconds(1), logger: Logger) {
        self.service = service
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        let client = HTTPWebhookTransport.makeClient()
        let dispatcher = WebhookDispatcher(service: service, transport: HTTPWebhookTransport(client: client))
        let logger = logger
        await cancelWhenGracefulShutdown {
            await dispatcher.run(every: interval) { error in
                logger.warning("webhook round failed", metadata: ["error": "\(error.message)"])
            }
        }
        try await client.shutdown()
    }
}

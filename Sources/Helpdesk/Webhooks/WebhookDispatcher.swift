/// Sends webhooks in rounds: relays new events into deliveries, prunes what is past the
/// retention window, hands every due delivery to the host's ``WebhookTransport`` (at once, up
/// to ``OutboxSettings/batchSize`` a round) and records the outcomes.
///
/// ```swift
/// let dispatcher = WebhookDispatcher(service: helpdesk, transport: MyHTTPClientTransport())
/// Task { await dispatcher.run(every: .seconds(1)) }
/// ```
///
/// Several dispatchers, even in several processes on one store, may run at once: claims and the
/// relay use version checks, so each delivery attempt is handed to one of them.
public struct WebhookDispatcher: Sendable {
    public let service: HelpdeskService
    public let transport: any WebhookTransport

    public init(service: HelpdeskService, transport: any WebhookTransport) {
        self.service = service
        self.transport = transport
    }

    /// One round. Answers the outcome of every attempt it made, by delivery.
    ///
    /// A round sends what is due in batches of ``OutboxSettings/batchSize``, up to
    /// `maximumBatches`, so that a resource whose events queue up behind each other gets
    /// several of them through in one round rather than one.
    @discardableResult
    public func deliverDue(maximumBatches: Int = 10) async throws(HelpdeskError) -> [DeliveryID: WebhookOutcome] {
        let relayLimit = 500
        while try await service.relayEvents(limit: relayLimit) == relayLimit {}
        try await service.pruneExpiredHistory()
        var outcomes: [DeliveryID: WebhookOutcome] = [:]
        for _ in 0..<max(maximumBatches, 1) {
            let requests = try await service.claimDueDeliveries(limit: service.outbox.batchSize)
            guard !requests.isEmpty else { break }
            let batch = await send(requests)
            for (id, outcome) in batch { try await service.recordOutcome(of: id, outcome) }
            outcomes.merge(batch) { _, latest in latest }
        }
        return outcomes
    }

    /// Sends every request at once and collects the outcomes.
    private func send(_ requests: [WebhookRequest]) async -> [DeliveryID: WebhookOutcome] {
        await withTaskGroup(of: (DeliveryID, WebhookOutcome).self) { group in
            for request in requests {
                group.addTask { (request.deliveryID, await transport.send(request)) }
            }
            var outcomes: [DeliveryID: WebhookOutcome] = [:]
            for await (id, outcome) in group { outcomes[id] = outcome }
            return outcomes
        }
    }

    /// Runs a round every `interval` until the task is cancelled. A round that fails (a store
    /// that is down) is reported to `onError`, and the next round tries again.
    public func run(
        every interval: Duration, onError: @Sendable (HelpdeskError) -> Void = { _ in }
    ) async {
        while !Task.isCancelled {
            do {
                try await deliverDue()
            } catch {
                onError(error)
            }
            try? await Task.sleep(for: interval)
        }
    }
}

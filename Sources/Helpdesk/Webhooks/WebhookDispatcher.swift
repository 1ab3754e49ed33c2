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
        try await relayAndPrune()
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

    /// Turns every new event into deliveries, and prunes what is past the retention window.
    private func relayAndPrune() async throws(HelpdeskError) {
        let relayLimit = 500
        while try await service.relayEvents(limit: relayLimit) == relayLimit {}
        try await service.pruneExpiredHistory()
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

    /// Sends webhooks until the task is cancelled, without rounds that wait for their slowest
    /// receiver: each claimed delivery is sent on a task of its own, which records its outcome
    /// when it ends, and the dispatcher claims again as soon as a send ends, or after `interval`
    /// when none has. A slow or unreachable receiver so holds up only what queues behind its own
    /// deliveries (the same subscription's later events of the same resource), never other
    /// subscriptions or resources; at most `maximumInFlight` sends are under way at once. A step
    /// that fails (a store that is down) is reported to `onError`, and the next one tries again.
    /// Once cancelled, it waits for the sends under way to end.
    public func run(
        every interval: Duration, maximumInFlight: Int = 1_000,
        onError: @escaping @Sendable (HelpdeskError) -> Void = { _ in }
    ) async {
        let sends = InFlightSends()
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                do throws(HelpdeskError) {
                    try await relayAndPrune()
                    let limit = min(max(maximumInFlight, 1) - sends.count, service.outbox.batchSize)
                    let requests = limit > 0 ? try await service.claimDueDeliveries(limit: limit) : []
                    for request in requests {
                        sends.started()
                        group.addTask {
                            let outcome = await transport.send(request)
                            do throws(HelpdeskError) {
                                try await service.recordOutcome(of: request.deliveryID, outcome)
                            } catch {
                                onError(error)
                            }
                            sends.ended()
                        }
                    }
                    if limit > 0, requests.count == limit { continue }  // a full batch: more may be due
                } catch {
                    onError(error)
                }
                await sends.nextEnd(orAfter: interval)
            }
        }
    }
}

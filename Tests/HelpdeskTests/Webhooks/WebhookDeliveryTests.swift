import Foundation
import Helpdesk
import HelpdeskTesting
import Synchronization
import Testing

/// Deliveries from the outbox to the host's transport: signed, in order per resource, retried on
/// the policy's schedule, failed and paused when nothing gets through, and sent again on request.
@Suite struct WebhookDeliveryTests {
    @Test func deliveriesAreSignedAndCarryTheEvent() async throws {
        let bed = try await WebhookTestbed()
        let issued = try await bed.subscribe()
        let ticket = try await bed.ticket()
        let outcomes = try await bed.dispatcher.deliverDue()
        let requests = bed.transport.requests
        #expect(outcomes.count == requests.count && outcomes.values.allSatisfy(\.isSuccess))
        let request = try #require(requests.first { $0.header("Helpdesk-Event-Type") == "ticket.created" })
        #expect(request.url == "https://hooks.example.com/in")
        #expect(request.header("content-type") == "application/json")
        #expect(request.header("Helpdesk-Webhook-ID") == issued.webhook.id.rawValue)
        #expect(request.json?["data"]?["id"]?.stringValue == ticket.id.rawValue)
        #expect(request.json?["id"]?.stringValue == request.header("Helpdesk-Event-ID"))
        let signature = try #require(request.header(WebhookSignature.headerName))
        let now = bed.clock.dateGenerator.now().millisecondsSince1970 / 1000
        #expect(signature.hasPrefix("t=\(now),v1="))
        let secret = issued.webhook.secret
        #expect(WebhookSignature.verify(header: signature, body: request.body, secret: secret, now: now))
        #expect(!WebhookSignature.verify(header: signature, body: request.body + [0x20], secret: secret, now: now))
        #expect(!WebhookSignature.verify(header: signature, body: request.body, secret: secret + "x", now: now))
        #expect(!WebhookSignature.verify(header: signature, body: request.body, secret: secret, now: now + 301))
        #expect(!WebhookSignature.verify(header: "v1=abc", body: request.body, secret: secret, now: now))
        let delivered = try await bed.service.delivery(request.deliveryID, of: issued.webhook.id)
        #expect(delivered.status == .succeeded && delivered.lastStatusCode == 200 && delivered.attempts == 1)
        #expect(try await bed.dispatcher.deliverDue().isEmpty, "nothing is sent twice")
    }

    @Test func eachResourceGetsItsEventsInOrderThroughFailures() async throws {
        let failedOnce = Mutex<Set<String>>([])
        let bed = try await WebhookTestbed { request in
            // Every delivery fails its first attempt.
            let id = request.deliveryID.rawValue
            let fresh = failedOnce.withLock { $0.insert(id).inserted }
            return fresh ? .response(statusCode: 500) : .response(statusCode: 204)
        }
        let webhook = try await bed.subscribe(["ticket.*"]).webhook
        let first = try await bed.ticket("One")
        let second = try await bed.ticket("Two", customer: "carl@example.com")
        for (status, priority) in zip([TicketStatus.pending, .solved, .open], [TicketPriority.high, .low, .urgent]) {
            _ = try await bed.service.updateTicket(first.id, TicketUpdate(status: status), by: .system)
            _ = try await bed.service.updateTicket(second.id, TicketUpdate(priority: priority), by: .system)
        }
        for _ in 0..<30 {
            try await bed.dispatcher.deliverDue()
            bed.clock.advance(by: 3600)
        }
        let events = try await bed.allEvents().filter { $0.type.hasPrefix("ticket.") }
        let sequenceOf = Dictionary(uniqueKeysWithValues: events.map { ($0.id.rawValue, $0.sequence) })
        for ticket in [first.id.rawValue, second.id.rawValue] {
            let attempts = bed.transport.requests.filter { $0.json?["resource"]?["id"]?.stringValue == ticket }
            let order = attempts.compactMap { $0.header("Helpdesk-Event-ID").flatMap { sequenceOf[$0] } }
            #expect(order.count == 8, "4 events, each failed once and sent again")
            #expect(order == order.sorted(), "never a later event before an earlier one is through")
            #expect(Set(order).count == 4)
        }
        let deliveries = try await bed.service.deliveries(of: webhook.id, RecordQuery().limit(100)).items
        #expect(deliveries.count == 8 && deliveries.allSatisfy { $0.status == .succeeded && $0.attempts == 2 })
    }

    @Test func oneRoundGetsAQueueOfEventsThrough() async throws {
        let bed = try await WebhookTestbed()
        _ = try await bed.subscribe(["ticket.*"])
        let ticket = try await bed.ticket()
        for priority in [TicketPriority.high, .low, .urgent] {
            _ = try await bed.service.updateTicket(ticket.id, TicketUpdate(priority: priority), by: .system)
        }
        let outcomes = try await bed.dispatcher.deliverDue()
        #expect(outcomes.count == 4)
        let types = bed.transport.requests.compactMap { $0.header("Helpdesk-Event-Type") }
        #expect(types == ["ticket.created", "ticket.updated", "ticket.updated", "ticket.updated"])
        let priorities = bed.transport.requests.dropFirst().compactMap { $0.json?["data"]?["priority"]?.stringValue }
        #expect(priorities == ["high", "low", "urgent"])
    }

    @Test func retriesFollowTheScheduleThenFailAndPause() async throws {
        let bed = try await WebhookTestbed { _ in .response(statusCode: 503) }
        let webhook = try await bed.subscribe(["ticket.created"]).webhook
        try await bed.ticket()
        let policy = RetryPolicy.standard
        var waits: [TimeInterval] = []
        var delivery: WebhookDelivery?
        for _ in 0..<policy.maximumAttempts {
            let outcomes = try await bed.dispatcher.deliverDue()
            #expect(outcomes.count == 1)
            let id = try #require(outcomes.keys.first)
            delivery = try await bed.service.delivery(id, of: webhook.id)
            guard let current = delivery, let next = current.nextAttemptAt, let last = current.lastAttemptAt else {
                break
            }
            waits.append(next.timeIntervalSince(last))
            bed.clock.advance(by: next.timeIntervalSince(bed.clock.dateGenerator.now()))
        }
        let expected = (1..<policy.maximumAttempts).map {
            (policy.delay(afterAttempt: $0, unit: 0.5) * 1000).rounded() / 1000
        }
        #expect(waits == expected)
        #expect(waits.reduce(0, +) >= 24 * 3600, "retries span at least a day")
        #expect(delivery?.status == .failed && delivery?.attempts == policy.maximumAttempts)
        #expect(delivery?.lastStatusCode == 503 && delivery?.lastError == "HTTP 503")
        let paused = try await bed.service.webhook(webhook.id)
        #expect(!paused.isActive)
        #expect(paused.pausedReason?.contains("Paused automatically") == true)
        #expect(paused.pausedReason?.contains("HTTP 503") == true)

        try await bed.ticket("Later", customer: "carl@example.com")
        bed.clock.advance(by: 60)
        #expect(try await bed.dispatcher.deliverDue().isEmpty, "a paused subscription sends nothing")
        let resumed = try await bed.service.updateWebhook(webhook.id, WebhookUpdate(isActive: true), by: .system)
        #expect(resumed.isActive && resumed.pausedReason == nil)
        let afterResume = try await bed.dispatcher.deliverDue()
        #expect(afterResume.count == 1, "what was queued while paused goes out")
    }

    @Test func aFailingResourceDoesNotPauseAWorkingSubscription() async throws {
        let bed = try await WebhookTestbed { request in
            request.json?["data"]?["subject"]?.stringValue == "Poison"
                ? .failure(reason: "reset by peer") : .response(statusCode: 200)
        }
        let webhook = try await bed.subscribe(["ticket.created"]).webhook
        try await bed.ticket("Poison")
        for round in 0..<RetryPolicy.standard.maximumAttempts {
            try await bed.ticket("Fine \(round)", customer: "c\(round)@example.com")
            try await bed.dispatcher.deliverDue()
            bed.clock.advance(by: 7 * 3600)
        }
        let deliveries = try await bed.service.deliveries(of: webhook.id, RecordQuery().limit(100)).items
        let poison = try #require(deliveries.last)
        #expect(poison.status == .failed && poison.lastError == "reset by peer" && poison.lastStatusCode == nil)
        #expect(try await bed.service.webhook(webhook.id).isActive)
    }

    @Test func redeliverySendsTheSameEventAgain() async throws {
        let bed = try await WebhookTestbed()
        let webhook = try await bed.subscribe(["customer.created"]).webhook
        try await bed.ticket()
        try await bed.dispatcher.deliverDue()
        let original = try #require(bed.transport.requests.first)
        let again = try await bed.service.redeliver(original.deliveryID, of: webhook.id, by: .system)
        #expect(again.redeliveryOf == original.deliveryID && again.status == .pending)
        try await bed.dispatcher.deliverDue()
        let resent = try #require(bed.transport.requests.last)
        #expect(bed.transport.requests.count == 2)
        #expect(resent.deliveryID == again.id)
        #expect(resent.header("Helpdesk-Event-ID") == original.header("Helpdesk-Event-ID"))
        #expect(resent.body == original.body)
        let other = try #require(WebhookID(rawValue: "whk_other"))
        await expectHelpdeskError(.notFound) {
            _ = try await bed.service.redeliver(original.deliveryID, of: other, by: .system)
        }
    }

    @Test func aClaimIsHeldUntilItsTimeoutEnds() async throws {
        let bed = try await WebhookTestbed()
        let webhook = try await bed.subscribe(["ticket.created"]).webhook
        try await bed.ticket()
        _ = try await bed.service.relayEvents()
        let claimed = try await bed.service.claimDueDeliveries(limit: 10)
        #expect(claimed.count == 1)
        #expect(try await bed.service.claimDueDeliveries(limit: 10).isEmpty, "held for the first caller")
        bed.clock.advance(by: OutboxSettings.standard.claimTimeout + 1)
        let reclaimed = try await bed.service.claimDueDeliveries(limit: 10)
        #expect(reclaimed.map(\.deliveryID) == claimed.map(\.deliveryID))
        #expect(reclaimed.first?.header("Helpdesk-Delivery-Attempt") == "2")
        let id = try #require(claimed.first?.deliveryID)
        try await bed.service.recordOutcome(of: id, .response(statusCode: 202))
        try await bed.service.recordOutcome(of: id, .response(statusCode: 500))
        let delivery = try await bed.service.delivery(id, of: webhook.id)
        #expect(delivery.status == .succeeded && delivery.lastStatusCode == 202, "a late outcome changes nothing")
    }

    @Test func subscriptionsGetWhatTheyAskForFromTheirCreationOn() async throws {
        let bed = try await WebhookTestbed()
        try await bed.ticket("Before")
        bed.clock.advance(by: 1)
        let customers = try await bed.subscribe(["customer.*"]).webhook
        let tickets = try await bed.subscribe(["ticket.created", "ticket.deleted"]).webhook
        let ticket = try await bed.ticket("After", customer: "carl@example.com")
        _ = try await bed.service.updateTicket(ticket.id, TicketUpdate(status: .pending), by: .system)
        try await bed.service.deleteTicket(ticket.id, by: .system)
        while try await !bed.dispatcher.deliverDue().isEmpty {}
        func types(_ webhook: Webhook) -> [String] {
            bed.transport.requests.filter { $0.header("Helpdesk-Webhook-ID") == webhook.id.rawValue }
                .compactMap { $0.header("Helpdesk-Event-Type") }
        }
        #expect(types(customers) == ["customer.created"])
        #expect(types(tickets) == ["ticket.created", "ticket.deleted"])
    }

    @Test func historyPastTheWindowIsPruned() async throws {
        let bed = try await WebhookTestbed(retention: 3600)
        let webhook = try await bed.subscribe(["ticket.created"]).webhook
        try await bed.ticket()
        try await bed.dispatcher.deliverDue()
        #expect(try await bed.service.deliveries(of: webhook.id, RecordQuery()).total == 1)
        bed.clock.advance(by: 7200)
        try await bed.dispatcher.deliverDue()
        #expect(try await bed.service.deliveries(of: webhook.id, RecordQuery()).total == 0)
        #expect(try await bed.allEvents().isEmpty)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Outbox records by number, like the other fixtures.
extension Fixture {
    static func webhookID(_ n: Int) -> WebhookID { id(n) }
    static func deliveryID(_ n: Int) -> DeliveryID { id(n) }
    static func eventID(_ n: Int) -> EventID { id(n) }

    /// Event `n`, about ticket `ticket`, `seconds` after the epoch.
    static func event(_ n: Int, ticket: Int = 1, at seconds: Int = 0) -> EventRecord {
        EventRecord(
            id: eventID(n), type: "ticket.updated", resource: .ticket, resourceID: ticketID(ticket).rawValue,
            occurredAt: date(seconds), payload: #"{"id":"\#(eventID(n))","n":\#(n),"text":"é ✓"}"#)
    }

    static func webhook(_ n: Int, active: Bool = true, at seconds: Int = 0) -> Webhook {
        Webhook(
            id: webhookID(n), url: "https://hooks.example.com/\(n)", events: ["*"], description: "hook \(n)",
            isActive: active, secret: "whsec_\(n)", createdAt: date(seconds), updatedAt: date(seconds))
    }

    /// Delivery `n` to webhook `webhook` of event number `sequence` about `resource`, due at `dueAt` seconds.
    static func delivery(
        _ n: Int, webhook: Int = 1, sequence: Int64, resource: String = "ticket/tkt_1", dueAt: Int? = 0,
        status: DeliveryStatus = .pending, redeliveryOf: Int? = nil, at seconds: Int = 0
    ) -> WebhookDelivery {
        WebhookDelivery(
            id: deliveryID(n), webhookID: webhookID(webhook), eventID: eventID(Int(sequence)),
            eventType: "ticket.updated", eventSequence: sequence, resourceKey: resource,
            payload: #"{"n":\#(n)}"#, status: status, nextAttemptAt: dueAt.map { date($0) },
            redeliveryOf: redeliveryOf.map(deliveryID), createdAt: date(seconds))
    }
}

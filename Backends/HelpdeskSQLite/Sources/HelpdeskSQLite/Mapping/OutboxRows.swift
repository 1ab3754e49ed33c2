internal import GRDB
internal import Helpdesk

/// Outbox records read back from their rows.
enum OutboxRows {
    static func event(_ row: Row) throws -> EventRecord {
        EventRecord(
            sequence: try row.decode(forColumn: "sequence"),
            id: try Codes.id(row.decode(forColumn: "id"), as: EventID.self, column: "events.id"),
            type: try row.decode(forColumn: "type"),
            resource: try Codes.value(
                row.decode(forColumn: "resource"), as: EventResource.self, column: "events.resource"),
            resourceID: try row.decode(forColumn: "resource_id"),
            occurredAt: Codes.date(try row.decode(forColumn: "occurred_at")),
            payload: try row.decode(forColumn: "payload"))
    }

    static func webhook(_ row: Row) throws -> Webhook {
        Webhook(
            id: try Codes.id(row.decode(forColumn: "id"), as: WebhookID.self, column: "webhooks.id"),
            url: try row.decode(forColumn: "url"),
            events: try names(row.decode(forColumn: "events")),
            description: try row.decode(forColumn: "description"),
            isActive: try row.decode(forColumn: "active"),
            pausedReason: try row.decode(forColumn: "paused_reason"),
            secret: try row.decode(forColumn: "secret"),
            lastSuccessAt: try row.decode(Int64?.self, forColumn: "last_success_at").map(Codes.date),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")),
            updatedAt: Codes.date(try row.decode(forColumn: "updated_at")))
    }

    static func delivery(_ row: Row) throws -> WebhookDelivery {
        WebhookDelivery(
            id: try Codes.id(row.decode(forColumn: "id"), as: DeliveryID.self, column: "deliveries.id"),
            webhookID: try Codes.id(
                row.decode(forColumn: "webhook_id"), as: WebhookID.self, column: "deliveries.webhook_id"),
            eventID: try Codes.id(row.decode(forColumn: "event_id"), as: EventID.self, column: "deliveries.event_id"),
            eventType: try row.decode(forColumn: "event_type"),
            eventSequence: try row.decode(forColumn: "event_sequence"),
            resourceKey: try row.decode(forColumn: "resource_key"),
            payload: try row.decode(forColumn: "payload"),
            status: try Codes.value(
                row.decode(forColumn: "status"), as: DeliveryStatus.self, column: "deliveries.status"),
            attempts: try row.decode(forColumn: "attempts"),
            nextAttemptAt: try row.decode(Int64?.self, forColumn: "next_attempt_at").map(Codes.date),
            lastAttemptAt: try row.decode(Int64?.self, forColumn: "last_attempt_at").map(Codes.date),
            lastStatusCode: try row.decode(forColumn: "last_status_code"),
            lastError: try row.decode(forColumn: "last_error"),
            redeliveryOf: try row.decode(String?.self, forColumn: "redelivery_of").map {
                try Codes.id($0, as: DeliveryID.self, column: "deliveries.redelivery_of")
            },
            createdAt: Codes.date(try row.decode(forColumn: "created_at")))
    }

    /// Event names kept as a JSON array of strings.
    static func json(_ names: [String]) -> String { JSONWriter.string(.array(names.map(JSONValue.string))) }

    private static func names(_ text: String) throws -> [String] {
        guard case .array(let values)? = try? JSONParser.parse(text) else {
            throw StorageError.backend("webhooks.events holds no JSON array")
        }
        return try values.map { value in
            guard let name = value.stringValue else { throw StorageError.backend("webhooks.events holds a non-string") }
            return name
        }
    }
}

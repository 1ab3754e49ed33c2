/// The schemas of webhook subscriptions, their deliveries and the change feed's events:
/// answers as their `encode(to:)` writes them, bodies as their `init(json:)` reads them.
enum OpenAPIWebhookSchemas {
    private typealias S = JSONSchema

    /// The answer schemas, by name.
    static var answers: [String: JSONValue] {
        [
            name(of: Webhook.self): webhook(withSecret: false), name(of: IssuedWebhook.self): webhook(withSecret: true),
            name(of: WebhookDelivery.self): delivery, name(of: EventRecord.self): event,
            OpenAPIResourceSchemas.feedMeta: feedMeta,
        ]
    }

    /// The request body schemas, by name.
    static var bodies: [String: JSONValue] {
        [
            name(of: WebhookCreate.self): S.object(subscription, required: ["url"]),
            name(of: WebhookUpdate.self): S.object(subscription),
        ]
    }

    private static func name(of type: Any.Type) -> String { OpenAPIResourceSchemas.name(of: type) }

    static func webhook(withSecret: Bool) -> JSONValue {
        var properties: [String: JSONValue] = [
            "id": S.id(WebhookKind.self), "url": S.typed("string"), "events": S.array(S.typed("string")),
            "description": S.nullable(S.typed("string")), "active": S.boolean,
            "paused_reason": S.nullable(S.typed("string")), "last_success_at": S.nullable(S.dateTime),
            "created_at": S.dateTime, "updated_at": S.dateTime,
        ]
        if withSecret {
            properties["secret"] = S.typed("string").described(
                "The HMAC-SHA256 signing key of every delivery. Shown in this answer only.")
        }
        return S.record(properties)
    }

    static var delivery: JSONValue {
        S.record([
            "id": S.id(DeliveryKind.self), "webhook_id": S.id(WebhookKind.self), "event_id": S.id(EventKind.self),
            "event_type": S.typed("string"), "status": S.names(of: DeliveryStatus.self),
            "attempts": S.integer(minimum: 0), "next_attempt_at": S.nullable(S.dateTime),
            "last_attempt_at": S.nullable(S.dateTime), "last_status_code": S.nullable(S.typed("integer")),
            "last_error": S.nullable(S.typed("string")), "redelivery_of": S.nullable(S.id(DeliveryKind.self)),
            "created_at": S.dateTime,
        ])
    }

    /// An event; `changed_fields` only on `*.updated`, `data` the resource as the API shows it.
    static var event: JSONValue {
        let resources = EventResource.allCases.map { JSONValue.string($0.rawValue) }
        return S.object(
            [
                "id": S.id(EventKind.self),
                "type": S.typed("string", ["enum": .array(EventCatalogue.names.map(JSONValue.string))]),
                "created_at": S.dateTime,
                "actor": S.record([
                    "type": S.typed("string", ["enum": .array(["user", "customer", "system"].map(JSONValue.string))]),
                    "id": S.nullable(S.typed("string")),
                ]),
                "resource": S.record([
                    "type": S.typed("string", ["enum": .array(resources)]), "id": S.typed("string"),
                ]),
                "changed_fields": S.array(S.typed("string")),
                "data": S.typed("object"),
            ], required: ["id", "type", "created_at", "actor", "resource", "data"])
    }

    /// `meta` of the change feed: no `total`; `next_cursor` is never null.
    static var feedMeta: JSONValue {
        S.record([
            "limit": S.integer(minimum: 1, maximum: ListLimit.maximum),
            "next_cursor": S.typed("string").described(
                "Where to read on from (`after`): past this page, or where the request started if it is empty."),
            "has_more": S.boolean.described("Whether more events follow right away."),
        ])
    }

    /// A subscription's fields; `null` or a blank `description` is none on a create and clears it on an update.
    static var subscription: [String: JSONValue] {
        let description = S.nullable(RequestText.text(Limits.name)).example(.string("CRM sync"))
        let pattern = S.typed("string", ["enum": .array((["*"] + EventCatalogue.patterns).map(JSONValue.string))])
        return [
            "url": S.string(
                minLength: WebhookRules.urlLength.lowerBound, maxLength: WebhookRules.urlLength.upperBound,
                pattern: WebhookRules.urlPattern
            ).example(.string("https://hooks.example.com/helpdesk")),
            "events": S.array(pattern, minItems: 1).adding(["maxItems": .number(Double(WebhookRules.maximumPatterns))])
                .example(.array([.string("ticket.*")])),
            "description": description,
            "active": S.boolean.example(.bool(true)),
        ]
    }
}

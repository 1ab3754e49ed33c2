/// The schemas of request bodies, one per input type (named after it), read from the same
/// rules the inputs' `init(json:)` apply: ``Limits``, ``RequestText``, the enums' `allCases`.
///
/// Every body is an object with no other property (`init(json:)` refuses unknown fields);
/// a property that `null` clears (`nullableString`, `nullableID`) is `type: [X, "null"]`.
enum OpenAPIInputSchemas {
    private typealias S = JSONSchema

    /// Every request body schema, by name.
    static var all: [String: JSONValue] {
        [
            name(TicketCreate.self): ticketCreate, name(TicketUpdate.self): S.object(ticket),
            name(ConversationCreate.self): conversationCreate,
            name(CustomerCreate.self): S.object(customer, required: ["email"]),
            name(CustomerUpdate.self): S.object(customer),
            name(UserCreate.self): S.object(user, required: ["email", "name"]), name(UserUpdate.self): S.object(user),
            name(TagCreate.self): S.object(tag, required: ["name"]), name(TagUpdate.self): S.object(tag),
            name(ArticleCreate.self): S.object(article, required: ["title"]),
            name(ArticleUpdate.self): S.object(article),
            name(CollectionCreate.self): S.object(collection, required: ["name"]),
            name(CollectionUpdate.self): S.object(collection),
            name(APIKeyCreate.self): S.object(apiKey),
        ].merging(OpenAPIWebhookSchemas.bodies) { first, _ in first }
    }

    private static func name(_ type: any ValidatedInput.Type) -> String { OpenAPIResourceSchemas.name(of: type) }

    /// A ticket's fields; `summary` and `assignee_id` may be `null` (on a create, as if left out).
    static var ticket: [String: JSONValue] {
        [
            "subject": RequestText.text(Limits.subject).example(.string("Help needed")),
            "description": RequestText.text(Limits.description).example(.string("Detailed description of the issue")),
            "summary": S.nullable(RequestText.text(Limits.summary)).example(.string("Cannot log in")),
            "status": S.names(of: TicketStatus.self).example(.string("pending")),
            "priority": S.names(of: TicketPriority.self).example(.string("high")),
            "assignee_id": S.nullable(S.id(UserKind.self)).example(.string("user_789")),
            "tags": S.array(RequestText.tagName).adding(["maxItems": .number(Double(Limits.ticketTags))])
                .example(.array([.string("support")])),
            "custom_fields": RequestText.customFields,
        ]
    }

    /// A new ticket names its customer by `customer_email` or by `customer_id`, exactly one of them.
    static var ticketCreate: JSONValue {
        var properties = ticket
        properties["customer_email"] = RequestText.email
        properties["customer_id"] = S.id(CustomerKind.self).example(.string("cust_456"))
        return S.object(properties, required: ["subject"]).adding([
            "oneOf": .array(["customer_email", "customer_id"].map { .object(["required": .array([.string($0)])]) })
        ])
    }

    /// A reply or a note (never `system`); a note cannot say `internal: false`.
    static var conversationCreate: JSONValue {
        let publicNote = JSONValue.object([
            "required": .array([.string("type"), .string("internal")]),
            "properties": .object([
                "type": .object(["const": .string(ConversationType.note.rawValue)]),
                "internal": .object(["const": .bool(false)]),
            ]),
        ])
        return S.object(
            [
                "ticket_id": S.id(TicketKind.self).example(.string("tkt_123")),
                "content": RequestText.text(Limits.content).example(.string("Thank you for reaching out")),
                "type": S.names(of: ConversationType.self, excluding: [.system]).example(.string("reply")),
                "internal": S.boolean.example(.bool(false)),
            ],
            required: ["ticket_id", "content"]
        ).adding(["not": publicNote])
    }

    /// A customer's fields; `null` (or a blank string) clears name, phone and company.
    static var customer: [String: JSONValue] {
        [
            "email": RequestText.email, "name": S.nullable(RequestText.text(Limits.name)).example(.string("John Doe")),
            "phone": S.nullable(RequestText.phone),
            "company": S.nullable(RequestText.text(Limits.name)).example(.string("Acme Inc")),
            "custom_fields": RequestText.customFields,
        ]
    }

    static var user: [String: JSONValue] {
        [
            "email": RequestText.email, "name": RequestText.text(Limits.requiredName).example(.string("Ann Agent")),
            "role": S.names(of: UserRole.self).example(.string("agent")), "active": S.boolean.example(.bool(true)),
        ]
    }

    static var tag: [String: JSONValue] {
        ["name": RequestText.tagName.example(.string("billing")), "color": RequestText.color]
    }

    static var article: [String: JSONValue] {
        [
            "title": RequestText.text(Limits.requiredName).example(.string("How to reset your password")),
            "body": RequestText.text(Limits.articleBody).example(.string("Article content in *markdown*")),
            "collection_id": S.nullable(S.id(CollectionKind.self)).example(.string("col_123")),
            "status": S.names(of: ArticleStatus.self).example(.string("draft")),
        ]
    }

    /// A new key's optional name.
    static var apiKey: [String: JSONValue] {
        ["name": S.nullable(RequestText.text(Limits.name)).example(.string("CI"))]
    }

    static var collection: [String: JSONValue] {
        [
            "name": RequestText.text(Limits.requiredName).example(.string("Getting started")),
            "description": S.nullable(RequestText.text(Limits.description)).example(.string("First steps")),
        ]
    }
}

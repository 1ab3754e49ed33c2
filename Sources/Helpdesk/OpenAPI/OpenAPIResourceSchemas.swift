/// The schemas of what answers hold: each record exactly as its `encode(to:)` writes it
/// (every key present, `null` written out), the list metadata and the error.
///
/// Schema names are the Swift type names, so that tests can tie each to its type.
enum OpenAPIResourceSchemas {
    private typealias S = JSONSchema

    /// Every answer schema, by name.
    static var all: [String: JSONValue] {
        [
            name(of: Ticket.self): ticket(asListItem: false),
            name(of: TicketListItem.self): ticket(asListItem: true),
            name(of: Conversation.self): conversation,
            name(of: Customer.self): customer,
            name(of: User.self): user,
            name(of: Tag.self): tag,
            name(of: Article.self): article,
            name(of: ArticleCollection.self): collection,
            name(of: IssuedAPIKey.self): issuedKey,
            listMeta: meta,
            error: errorSchema,
        ].merging(OpenAPIWebhookSchemas.answers) { first, _ in first }
    }

    /// The name of the schema of `type`.
    static func name(of type: Any.Type) -> String { String(describing: type) }

    /// The name of the list metadata schema.
    static let listMeta = "ListMeta"
    /// The name of the change feed's metadata schema.
    static let feedMeta = "EventFeedMeta"
    /// The name of the error schema.
    static let error = "Error"

    /// `custom_fields` as answers hold them: strings, numbers, booleans or null by key.
    static let customFields = S.dictionary(of: .object(["type": types("string", "number", "boolean", "null")]))

    /// A ticket; a list item leaves out `description` and `custom_fields` (``TicketListItem``).
    static func ticket(asListItem: Bool) -> JSONValue {
        var properties: [String: JSONValue] = [
            "id": S.id(TicketKind.self), "subject": S.typed("string"), "summary": S.nullable(S.typed("string")),
            "status": S.names(of: TicketStatus.self), "priority": S.names(of: TicketPriority.self),
            "customer": S.record([
                "id": S.id(CustomerKind.self), "email": S.typed("string"), "name": S.nullable(S.typed("string")),
            ]),
            "assignee": S.nullable(
                S.record(["id": S.id(UserKind.self), "name": S.typed("string"), "email": S.typed("string")])),
            "tags": S.array(S.typed("string")), "created_at": S.dateTime, "updated_at": S.dateTime,
        ]
        if !asListItem {
            properties["description"] = S.typed("string")
            properties["custom_fields"] = customFields
        }
        return S.record(properties)
    }

    static var conversation: JSONValue {
        S.record([
            "id": S.id(ConversationKind.self), "ticket_id": S.id(TicketKind.self),
            "type": S.names(of: ConversationType.self), "internal": S.boolean,
            "author": S.record([
                "type": S.typed("string", ["enum": .array(["user", "customer", "system"].map(JSONValue.string))]),
                "id": S.nullable(S.typed("string")),
            ]),
            "content": S.typed("string"), "content_text": S.typed("string"), "created_at": S.dateTime,
        ])
    }

    static var customer: JSONValue {
        S.record([
            "id": S.id(CustomerKind.self), "email": S.typed("string"), "name": S.nullable(S.typed("string")),
            "phone": S.nullable(S.typed("string")), "company": S.nullable(S.typed("string")),
            "custom_fields": customFields, "ticket_count": S.integer(minimum: 0), "created_at": S.dateTime,
            "updated_at": S.dateTime,
        ])
    }

    static var user: JSONValue {
        S.record([
            "id": S.id(UserKind.self), "email": S.typed("string"), "name": S.typed("string"),
            "role": S.names(of: UserRole.self), "active": S.boolean, "created_at": S.dateTime,
        ])
    }

    static var tag: JSONValue {
        S.record([
            "id": S.id(TagKind.self), "name": S.typed("string"), "color": S.string(pattern: RequestText.colorPattern),
            "ticket_count": S.integer(minimum: 0), "created_at": S.dateTime,
        ])
    }

    static var article: JSONValue {
        S.record([
            "id": S.id(ArticleKind.self), "title": S.typed("string"), "body": S.typed("string"),
            "collection_id": S.nullable(S.id(CollectionKind.self)), "status": S.names(of: ArticleStatus.self),
            "published_at": S.nullable(S.dateTime), "created_at": S.dateTime, "updated_at": S.dateTime,
        ])
    }

    static var collection: JSONValue {
        S.record([
            "id": S.id(CollectionKind.self), "name": S.typed("string"), "description": S.nullable(S.typed("string")),
            "created_at": S.dateTime, "updated_at": S.dateTime,
        ])
    }

    /// A new API key: the only answer that holds the key itself.
    static var issuedKey: JSONValue {
        S.record([
            "id": S.id(APIKeyKind.self), "name": S.nullable(S.typed("string")),
            "key": S.typed("string").described("The bearer key. Shown once; only its digest is kept."),
            "created_at": S.dateTime,
        ])
    }

    /// `meta` of a list: the page size, the count of every match, and the cursor of the next page.
    static var meta: JSONValue {
        S.record([
            "limit": S.integer(minimum: 1, maximum: ListLimit.maximum), "total": S.integer(minimum: 0),
            "next_cursor": S.nullable(S.typed("string")).described(
                "The next page's `cursor`; `null` on the last page."),
        ])
    }

    /// `{"error": {"code", "message", "details"}}`; `details.fields` names each refused field and why.
    static var errorSchema: JSONValue {
        let codes = HelpdeskError.Code.all.map { JSONValue.string($0.rawValue) }
        let fields = S.dictionary(of: S.typed("string")).described("Why each refused field or parameter was refused.")
        return S.record([
            "error": S.record([
                "code": S.typed("string", ["enum": .array(codes)]), "message": S.typed("string"),
                "details": S.object(["fields": fields]),
            ])
        ])
    }

    private static func types(_ names: String...) -> JSONValue { .array(names.map(JSONValue.string)) }
}

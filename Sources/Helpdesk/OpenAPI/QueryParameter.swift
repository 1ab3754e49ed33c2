/// How the document describes one query parameter: its schema, what it does and an
/// example. The names come from the query types; these say what each name means.
struct QueryParameter {
    private typealias S = JSONSchema

    var schema: JSONValue
    var description: String
    /// A value the parser accepts; `nil` only for ``undocumented``.
    var example: JSONValue?
    /// A comma-separated list (`style: form, explode: false`).
    var isList = false

    /// A parameter that takes one value.
    static func single(_ schema: JSONValue, _ description: String, example: JSONValue) -> QueryParameter {
        QueryParameter(schema: schema, description: description, example: example)
    }

    /// A parameter that takes comma-separated values; each item is trimmed, an empty one is refused.
    static func list(_ item: JSONValue, _ description: String, example: [String]) -> QueryParameter {
        QueryParameter(
            schema: S.array(item, minItems: 1), description: description,
            example: .array(example.map(JSONValue.string)), isList: true)
    }

    /// A name some parser reads that this file says nothing about; tests catch it.
    static let undocumented = QueryParameter(schema: S.typed("string"), description: "", example: nil)

    /// The OpenAPI parameter object.
    func parameter(named name: String) -> JSONValue {
        var members: [String: JSONValue] = [
            "name": .string(name), "in": .string("query"), "required": .bool(false), "schema": schema,
            "description": .string(description),
        ]
        if let example { members["example"] = example }
        if isList {
            members["style"] = .string("form")
            members["explode"] = .bool(false)
        }
        return .object(members)
    }

    /// An item of a free-text list: not blank, no comma.
    private static let textItemPattern = #"^[^,]*[^,\s][^,]*$"#
    private static let textItem = S.string(minLength: 1, pattern: textItemPattern)

    /// What every list means by these names.
    static let common: [String: QueryParameter] = [
        "limit": .single(
            S.integer(minimum: 1, maximum: ListLimit.maximum),
            "Items per page, 1 to \(ListLimit.maximum) (default \(ListLimit.default.value)).", example: .number(25)),
        "cursor": .single(
            .object([
                "anyOf": .array([S.dateTime, S.string(pattern: "^[A-Za-z0-9_-]+$")])
            ]),
            "The `next_cursor` of the previous page (an opaque token, valid only for the list and the order "
                + "it came from), or a bare ISO 8601 timestamp: rows strictly past it in the sort's direction "
                + "(time sorts only). Anything else is `BAD_REQUEST`.",
            example: .string("2025-01-15T10:30:00Z")),
        "order_dir": .single(
            S.names(of: SortDirection.self), "Sort direction (default `desc`).", example: .string("asc")),
        "search": .single(
            S.string(pattern: #"[^\W_]"#),
            "Words to find, case- and accent-insensitively; the last one also matches as a prefix. "
                + "Must hold a letter or a digit.",
            example: .string("password reset")),
    ]

    static let events: [String: QueryParameter] = [
        "after": .single(
            S.string(pattern: "^[A-Za-z0-9_-]+$"),
            "The `next_cursor` of an earlier page: events committed after it. Without it, the feed starts at the "
                + "oldest event kept. A cursor older than the events kept, or past the newest event (one this "
                + "feed never gave), is `BAD_REQUEST`.",
            example: .string("ZmVlZDow"))
    ]

    static let tickets: [String: QueryParameter] = [
        "status": .list(
            S.names(of: TicketStatus.self), "Tickets in any of these statuses.", example: ["open", "pending"]),
        "priority": .list(S.names(of: TicketPriority.self), "Tickets of any of these priorities.", example: ["high"]),
        "assignee_id": .list(S.id(UserKind.self), "Tickets assigned to any of these users.", example: ["user_789"]),
        "customer_id": .list(S.id(CustomerKind.self), "Tickets of any of these customers.", example: ["cust_456"]),
        "unassigned": .single(
            S.boolean, "`true`: tickets with no assignee (not together with `assignee_id`); `false`: assigned ones.",
            example: .bool(true)),
        "tags": .list(
            S.string(minLength: 1, maxLength: Limits.tagName.upperBound, pattern: textItemPattern),
            "Tickets carrying all of these tags (names compare lower-cased).", example: ["billing"]),
        "order_by": .single(
            S.names(of: TicketQuery.Field.self),
            "Sort field (default `created_at`); `priority` sorts by rank, low to urgent.", example: .string("priority")),
    ]

    static let customers: [String: QueryParameter] = [
        "email": .list(
            textItem, "Customers with any of these emails (case-insensitive).", example: ["user@example.com"]),
        "phone": .list(textItem, "Customers with any of these phone numbers, as stored.", example: ["+1-555-0123"]),
        "order_by": .single(
            S.names(of: CustomerQuery.Field.self), "Sort field (default `created_at`).", example: .string("name")),
    ]

    static let conversations: [String: QueryParameter] = [
        "ticket_id": .list(S.id(TicketKind.self), "Entries of any of these tickets.", example: ["tkt_123"]),
        "type": .list(
            S.names(of: ConversationType.self), "Entries of any of these types.", example: ["reply", "note"]),
        "internal": .single(
            S.boolean, "`true`: internal entries only; `false`: public ones only.", example: .bool(false)),
    ]

    static let articles: [String: QueryParameter] = [
        "collection_id": .list(
            S.id(CollectionKind.self), "Articles in any of these collections.", example: ["col_123"]),
        "status": .list(S.names(of: ArticleStatus.self), "Articles in any of these statuses.", example: ["published"]),
    ]

    static let deletion: [String: QueryParameter] = [
        "force": .single(
            S.boolean, "Also delete the customer's tickets; without it, a customer who has tickets is `CONFLICT`.",
            example: .bool(true))
    ]
}

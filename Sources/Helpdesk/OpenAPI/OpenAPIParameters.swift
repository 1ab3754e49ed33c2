/// The parameters of each operation: the path `id`, the query parameters its parser
/// accepts (named by the query type's `parameterNames`, the list the parser itself
/// reads), and the request headers it honours.
enum OpenAPIParameters {
    private typealias S = JSONSchema

    /// Every parameter of `operation`, path first.
    static func of(_ operation: Endpoint) -> [JSONValue] {
        var parameters = pathParameters(of: operation)
        parameters += query(of: operation)
        switch operation.action {
        case .create, .redeliver: parameters.append(idempotencyKey)
        case .update, .delete: parameters += [ifMatch, ifNoneMatchOnWrite]
        case .get: parameters += [ifMatchOnRead, ifNoneMatch]
        case .list, .mintKey, .document: break
        }
        return parameters
    }

    /// The query parameters of `operation`, in the order its parser names them.
    static func query(of operation: Endpoint) -> [JSONValue] {
        let names: [String]
        let specific: [String: QueryParameter]
        switch operation {
        case .listTickets: (names, specific) = (TicketQuery.parameterNames, QueryParameter.tickets)
        case .listConversations: (names, specific) = (ConversationQuery.parameterNames, QueryParameter.conversations)
        case .listCustomers: (names, specific) = (CustomerQuery.parameterNames, QueryParameter.customers)
        case .listArticles: (names, specific) = (ArticleQuery.parameterNames, QueryParameter.articles)
        case .listUsers, .listTags, .listCollections, .listWebhooks, .listWebhookDeliveries:
            (names, specific) = (RecordQuery.parameterNames, [:])
        case .listEvents: (names, specific) = (EventFeedQuery.parameterNames, QueryParameter.events)
        case .deleteCustomer:
            (names, specific) = (HelpdeskHandler.deleteCustomerParameterNames, QueryParameter.deletion)
        case .createTicket, .getTicket, .updateTicket, .deleteTicket, .createConversation, .getConversation,
            .createCustomer, .getCustomer, .updateCustomer, .createCustomerAPIKey, .createUser, .getUser, .updateUser,
            .createUserAPIKey, .createTag, .getTag, .updateTag, .deleteTag, .createArticle, .getArticle,
            .updateArticle, .deleteArticle, .createCollection, .getCollection, .updateCollection, .deleteCollection,
            .createWebhook, .getWebhook, .updateWebhook, .deleteWebhook, .getWebhookDelivery,
            .redeliverWebhookDelivery, .getOpenAPI:
            return []
        }
        let documented = QueryParameter.common.merging(specific) { _, specific in specific }
        return names.map { name in (documented[name] ?? .undocumented).parameter(named: name) }
    }

    /// The `{…}` parts of `operation`'s path: `{id}`, an id of the collection's kind (of the
    /// subscription, below `/webhooks`), and `{delivery_id}`.
    static func pathParameters(of operation: Endpoint) -> [JSONValue] {
        let template = operation.pathTemplate
        var parameters: [JSONValue] = []
        let owner = template.hasPrefix("/webhooks/") ? OpenAPIResource.named("webhooks") : OpenAPIResource.of(operation)
        if template.contains("{id}"), let owner { parameters.append(pathID(of: owner)) }
        if template.contains("{delivery_id}"), let delivery = OpenAPIResource.named("deliveries") {
            parameters.append(pathID(of: delivery, named: "delivery_id"))
        }
        return parameters
    }

    /// A path id: an id of the resource's kind.
    static func pathID(of resource: OpenAPIResource, named name: String = "id") -> JSONValue {
        .object([
            "name": .string(name), "in": .string("path"), "required": .bool(true), "schema": resource.idSchema,
            "description": .string(
                "The id of \(resource.singular) (`\(resource.idPrefix)…`); an id of another shape is `NOT_FOUND`, "
                    + "like an id that no record has."),
            "example": .string(resource.idPrefix + "123"),
        ])
    }

    /// `Idempotency-Key` of a create.
    static let idempotencyKey = header(
        "Idempotency-Key", S.string(minLength: 1, maxLength: 255, pattern: #"^[\x21-\x7E]+$"#),
        "1 to 255 visible ASCII characters. The same key with the same request within 24 hours replays the "
            + "first answer (with `Idempotent-Replayed: true`); with another request it is `CONFLICT`. "
            + "Keys are scoped to the API key.")

    /// `If-Match` of an update or a delete.
    static let ifMatch = header(
        "If-Match", S.typed("string"),
        "ETags of the record (or `*`): the change happens only if the record still has one of them; "
            + "otherwise `PRECONDITION_FAILED`.")

    /// `If-Match` of a read of one record.
    static let ifMatchOnRead = header(
        "If-Match", S.typed("string"),
        "ETags of the record (or `*`): the record is answered only if it still has one of them; "
            + "otherwise `PRECONDITION_FAILED`.")

    /// `If-None-Match` of an update or a delete.
    static let ifNoneMatchOnWrite = header(
        "If-None-Match", S.typed("string"),
        "ETags of the record (or `*`): the change happens only if the record has none of them (for `*`: "
            + "never, as the record exists); otherwise `PRECONDITION_FAILED`.")

    /// `If-None-Match` of a read of one record.
    static let ifNoneMatch = header(
        "If-None-Match", S.typed("string"),
        "ETags of the record (or `*`): if the record still has one of them, the answer is `304` with its "
            + "`ETag` and no body.")

    private static func header(_ name: String, _ schema: JSONValue, _ description: String) -> JSONValue {
        .object([
            "name": .string(name), "in": .string("header"), "required": .bool(false), "schema": schema,
            "description": .string(description),
        ])
    }
}

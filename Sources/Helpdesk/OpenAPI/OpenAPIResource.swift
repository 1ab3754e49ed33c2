/// What the OpenAPI document says about one collection of records: its id, the schemas
/// of its records and its bodies. ``Endpoint/collection`` picks the entry of an operation.
struct OpenAPIResource: Sendable {
    /// The collection's path segment: `"tickets"`.
    let collection: String
    /// One record in prose, with its article: `"a ticket"`.
    let singular: String
    /// The prefix of the records' ids: `"tkt_"`.
    let idPrefix: String
    /// The schema of an id.
    let idSchema: JSONValue
    /// The schema name of a record, as `get`, `create` and `update` answer it.
    let record: String
    /// The schema name of a record as a list shows it.
    let listItem: String
    /// The schema name of a record as `create` answers it.
    let createdRecord: String
    /// The schema names of the bodies of `create` and `update`.
    let createBody: String?
    let updateBody: String?

    init<Kind: ResourceKind>(
        _ kind: Kind.Type, _ collection: String, _ singular: String, record: Any.Type, listItem: Any.Type? = nil,
        created: Any.Type? = nil, create: (any ValidatedInput.Type)? = nil, update: (any ValidatedInput.Type)? = nil
    ) {
        self.collection = collection
        self.singular = singular
        self.idPrefix = Kind.prefix
        self.idSchema = JSONSchema.id(kind)
        self.record = OpenAPIResourceSchemas.name(of: record)
        self.listItem = OpenAPIResourceSchemas.name(of: listItem ?? record)
        self.createdRecord = OpenAPIResourceSchemas.name(of: created ?? record)
        self.createBody = create.map(OpenAPIResourceSchemas.name(of:))
        self.updateBody = update.map(OpenAPIResourceSchemas.name(of:))
    }

    /// Every collection of the API.
    static let all: [OpenAPIResource] = [
        OpenAPIResource(
            TicketKind.self, "tickets", "a ticket", record: Ticket.self, listItem: TicketListItem.self,
            create: TicketCreate.self, update: TicketUpdate.self),
        OpenAPIResource(
            ConversationKind.self, "conversations", "a conversation entry", record: Conversation.self,
            create: ConversationCreate.self),
        OpenAPIResource(
            CustomerKind.self, "customers", "a customer", record: Customer.self, create: CustomerCreate.self,
            update: CustomerUpdate.self),
        OpenAPIResource(
            UserKind.self, "users", "a user", record: User.self, create: UserCreate.self, update: UserUpdate.self),
        OpenAPIResource(
            TagKind.self, "tags", "a tag", record: Tag.self, create: TagCreate.self, update: TagUpdate.self),
        OpenAPIResource(
            ArticleKind.self, "articles", "an article", record: Article.self, create: ArticleCreate.self,
            update: ArticleUpdate.self),
        OpenAPIResource(
            CollectionKind.self, "collections", "a collection", record: ArticleCollection.self,
            create: CollectionCreate.self, update: CollectionUpdate.self),
        OpenAPIResource(
            WebhookKind.self, "webhooks", "a webhook subscription", record: Webhook.self, created: IssuedWebhook.self,
            create: WebhookCreate.self, update: WebhookUpdate.self),
        OpenAPIResource(DeliveryKind.self, "deliveries", "a webhook delivery", record: WebhookDelivery.self),
        OpenAPIResource(EventKind.self, "events", "an event", record: EventRecord.self),
    ]

    /// The collection `operation` works on; `nil` for the document itself.
    static func of(_ operation: Endpoint) -> OpenAPIResource? {
        operation.collection.flatMap(named)
    }

    /// The collection of this name.
    static func named(_ collection: String) -> OpenAPIResource? {
        all.first { $0.collection == collection }
    }
}

/// Existing records to load with their own ids and timestamps: a migration from another
/// helpdesk, or a benchmark's data. ``HelpdeskService/importRecords(_:by:)`` validates each
/// record as a create would, and applies the whole batch in one change set.
public struct ImportBatch: Hashable, Sendable {
    public var users: [User]
    public var customers: [Customer]
    public var tags: [Tag]
    public var collections: [ArticleCollection]
    public var articles: [Article]
    /// Tag names that no tag of the batch or the store has are created.
    public var tickets: [TicketRecord]
    public var conversations: [Conversation]

    public init(
        users: [User] = [], customers: [Customer] = [], tags: [Tag] = [], collections: [ArticleCollection] = [],
        articles: [Article] = [], tickets: [TicketRecord] = [], conversations: [Conversation] = []
    ) {
        self.users = users
        self.customers = customers
        self.tags = tags
        self.collections = collections
        self.articles = articles
        self.tickets = tickets
        self.conversations = conversations
    }

    /// How many records the batch holds.
    public var count: Int {
        users.count + customers.count + tags.count + collections.count + articles.count + tickets.count
            + conversations.count
    }
}

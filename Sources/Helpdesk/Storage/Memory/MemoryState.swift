/// Everything an ``InMemoryStore`` holds, with its indexes, in one value.
///
/// Not copyable: a read borrows the one value in place. A copy would retain and release every
/// buffer it holds, about forty, on each read, and two reading cores would fight over those
/// reference counts.
struct MemoryState: ~Copyable, Sendable {
    var tickets = TicketTable()

    var conversations: [ConversationID: Conversation] = [:]
    var conversationsByTicket: [TicketID: Set<ConversationID>] = [:]

    var customers: [CustomerID: Stored<Customer>] = [:]
    var customerByEmail: [String: CustomerID] = [:]

    var users: [UserID: Stored<User>] = [:]
    var userByEmail: [String: UserID] = [:]

    var tags: [TagID: Stored<Tag>] = [:]
    var tagByName: [String: TagID] = [:]

    var collections: [CollectionID: Stored<ArticleCollection>] = [:]
    var articles: [ArticleID: Stored<Article>] = [:]
    var articleCountByCollection: [CollectionID: Int] = [:]
    /// Each article's search words, folded once when it is written: a body may hold 500,000
    /// characters, too many to fold again for every search.
    var articleWords: [ArticleID: SearchWordList] = [:]

    var apiKeys: [String: APIKey] = [:]
    var apiKeyIDs: Set<APIKeyID> = []

    var outbox = OutboxState()
}

extension MemoryState {
    /// The customer with its live ticket count.
    func liveCustomer(_ id: CustomerID) -> Stored<Customer>? {
        guard var stored = customers[id] else { return nil }
        stored.value.ticketCount = tickets.ticketCount(ofCustomer: id)
        return stored
    }

    /// The tag with its live ticket count.
    func liveTag(_ id: TagID) -> Stored<Tag>? {
        guard var stored = tags[id] else { return nil }
        stored.value.ticketCount = tickets.ticketCount(taggedWith: stored.value.name)
        return stored
    }
}

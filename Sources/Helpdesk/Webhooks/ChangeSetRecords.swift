/// The records a change set writes, by kind and id, last write winning: what its events show.
struct ChangeSetRecords {
    private(set) var tickets: [TicketID: TicketRecord] = [:]
    private(set) var conversations: [String: Conversation] = [:]
    private(set) var customers: [CustomerID: Customer] = [:]
    private(set) var users: [String: User] = [:]
    private(set) var tags: [String: Tag] = [:]
    private(set) var collections: [String: ArticleCollection] = [:]
    private(set) var articles: [String: Article] = [:]
    private(set) var apiKeys: [String: APIKey] = [:]

    init(_ changes: ChangeSet) {
        for mutation in changes.mutations {
            switch mutation {
            case .insertTicket(let ticket), .updateTicket(let ticket, _): tickets[ticket.id] = ticket
            case .insertConversation(let entry): conversations[entry.id.rawValue] = entry
            case .insertCustomer(let customer), .updateCustomer(let customer, _): customers[customer.id] = customer
            case .insertUser(let user), .updateUser(let user, _): users[user.id.rawValue] = user
            case .insertTag(let tag), .updateTag(let tag, _): tags[tag.id.rawValue] = tag
            case .insertCollection(let collection), .updateCollection(let collection, _):
                collections[collection.id.rawValue] = collection
            case .insertArticle(let article), .updateArticle(let article, _): articles[article.id.rawValue] = article
            case .insertAPIKey(let key): apiKeys[key.id.rawValue] = key
            default: break
            }
        }
    }

    /// The value an event about a non-ticket resource shows, or `nil` if the change set does not write it.
    func record(of resource: EventResource, id: String) -> (any Encodable)? {
        switch resource {
        case .ticket: nil
        case .conversation: conversations[id]
        case .customer: ResourceID<CustomerKind>(rawValue: id).flatMap { customers[$0] }
        case .user: users[id]
        case .tag: tags[id]
        case .collection: collections[id]
        case .article: articles[id]
        case .apiKey: apiKeys[id].map(APIKeyEventData.init)
        }
    }
}

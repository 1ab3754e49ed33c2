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
        var newCustomers: Set<CustomerID> = []
        var newTags: Set<String> = []
        for mutation in changes.mutations {
            switch mutation {
            case .insertTicket(let ticket), .updateTicket(let ticket, _): tickets[ticket.id] = ticket
            case .insertConversation(let entry): conversations[entry.id.rawValue] = entry
            case .insertCustomer(let customer):
                customers[customer.id] = customer
                newCustomers.insert(customer.id)
            case .updateCustomer(let customer, _): customers[customer.id] = customer
            case .insertUser(let user), .updateUser(let user, _): users[user.id.rawValue] = user
            case .insertTag(let tag):
                tags[tag.id.rawValue] = tag
                newTags.insert(tag.id.rawValue)
            case .updateTag(let tag, _): tags[tag.id.rawValue] = tag
            case .insertCollection(let collection), .updateCollection(let collection, _):
                collections[collection.id.rawValue] = collection
            case .insertArticle(let article), .updateArticle(let article, _): articles[article.id.rawValue] = article
            case .insertAPIKey(let key): apiKeys[key.id.rawValue] = key
            default: break
            }
        }
        countTickets(ofNewCustomers: newCustomers, newTags: newTags)
    }

    /// A customer or tag the change set creates has no tickets but the ones the change set
    /// writes, so those are its `ticketCount` as the change leaves it.
    private mutating func countTickets(ofNewCustomers newCustomers: Set<CustomerID>, newTags: Set<String>) {
        guard !newCustomers.isEmpty || !newTags.isEmpty else { return }
        let tagIDs = Dictionary(newTags.compactMap { id in tags[id].map { ($0.name, id) } }, uniquingKeysWith: { $1 })
        for ticket in tickets.values {
            if newCustomers.contains(ticket.customerID) { customers[ticket.customerID]?.ticketCount += 1 }
            for name in ticket.tags {
                if let id = tagIDs[name] { tags[id]?.ticketCount += 1 }
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

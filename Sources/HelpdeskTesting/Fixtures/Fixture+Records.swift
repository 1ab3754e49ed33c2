/// Records with plain defaults, each made from its number.
extension Fixture {
    static func customer(_ n: Int, email: String? = nil, name: String? = nil, phone: String? = nil, at seconds: Int = 0)
        -> Customer
    {
        Customer(
            id: customerID(n), email: email ?? "customer\(n)@example.com", name: name ?? "Customer \(n)",
            phone: phone, createdAt: date(seconds), updatedAt: date(seconds))
    }

    static func user(_ n: Int, email: String? = nil, at seconds: Int = 0) -> User {
        User(
            id: userID(n), email: email ?? "agent\(n)@example.com", name: "Agent \(n)", role: .agent,
            createdAt: date(seconds))
    }

    static func tag(_ n: Int, name: String? = nil, at seconds: Int = 0) -> Tag {
        Tag(id: tagID(n), name: name ?? "tag-\(n)", createdAt: date(seconds))
    }

    static func ticket(
        _ n: Int, customer: Int, assignee: Int? = nil, tags: [String] = [], subject: String? = nil,
        priority: TicketPriority = .medium, at seconds: Int = 0
    ) -> TicketRecord {
        TicketRecord(
            id: ticketID(n), subject: subject ?? "Ticket \(n)", priority: priority, customerID: customerID(customer),
            assigneeID: assignee.map(userID), tags: tags, createdAt: date(seconds), updatedAt: date(seconds))
    }

    static func conversation(_ n: Int, ticket: Int, type: ConversationType = .reply, at seconds: Int = 0)
        -> Conversation
    {
        Conversation(
            id: conversationID(n), ticketID: ticketID(ticket), type: type, isInternal: type == .note,
            author: .system, content: "<p>Entry \(n)</p>", contentText: "Entry \(n)", createdAt: date(seconds))
    }

    static func collection(_ n: Int, at seconds: Int = 0) -> ArticleCollection {
        ArticleCollection(
            id: collectionID(n), name: "Collection \(n)", description: nil, createdAt: date(seconds),
            updatedAt: date(seconds))
    }

    static func article(_ n: Int, collection: Int?, at seconds: Int = 0) -> Article {
        Article(
            id: articleID(n), title: "Article \(n)", body: "# Article \(n)\n",
            collectionID: collection.map(collectionID),
            status: .draft, publishedAt: nil, createdAt: date(seconds), updatedAt: date(seconds))
    }

    /// A key whose digest is made from `n` (64 lower-case hex digits).
    static func apiKey(_ n: Int, owner: APIKeyOwner) -> APIKey {
        APIKey(id: apiKeyID(n), name: "Key \(n)", owner: owner, digest: digest(n), createdAt: date(0))
    }

    /// 64 lower-case hex digits made from `n`.
    static func digest(_ n: Int) -> String {
        let hex = String(n, radix: 16)
        return String(repeating: "0", count: 64 - hex.count) + hex
    }
}

internal import Helpdesk
internal import PostgresNIO

/// The columns each read selects, and the records made from them. A table's alias is `t`;
/// `ticket_count` is computed live.
enum Records {
    static let ticketColumns = """
        t.id, t.subject, t.description, t.summary, t.status, t.priority, t.customer_id, t.assignee_id, \
        t.tags, t.custom_fields, t.created_at, t.updated_at, t.version
        """

    static func ticket(_ row: PostgresRandomAccessRow) throws -> Stored<TicketRecord> {
        let rank = Int(try row.value("priority", as: Int16.self))
        guard let priority = TicketPriority.allCases.first(where: { $0.rank == rank }) else {
            throw StorageError.backend("column priority holds an unknown rank \(rank)")
        }
        let record = TicketRecord(
            id: try row.id("id"), subject: try row.value("subject"), description: try row.value("description"),
            summary: try row.value("summary"), status: try row.enumValue("status"), priority: priority,
            customerID: try row.id("customer_id"), assigneeID: try row.optionalID("assignee_id"),
            tags: try row.value("tags"), customFields: try row.customFields(), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
        return Stored(record, version: try row.version())
    }

    static let conversationColumns = """
        t.id, t.ticket_id, t.type, t.internal, t.author_type, t.author_id, t.content, t.content_text, t.created_at
        """

    static func conversation(_ row: PostgresRandomAccessRow) throws -> Conversation {
        Conversation(
            id: try row.id("id"), ticketID: try row.id("ticket_id"), type: try row.enumValue("type"),
            isInternal: try row.value("internal"), author: try author(row), content: try row.value("content"),
            contentText: try row.value("content_text"), createdAt: try row.date("created_at"))
    }

    private static func author(_ row: PostgresRandomAccessRow) throws -> Author {
        switch try row.value("author_type", as: String.self) {
        case "user": .user(try row.id("author_id"))
        case "customer": .customer(try row.id("author_id"))
        case "system": .system
        default: throw StorageError.backend("column author_type holds an unknown type")
        }
    }

    static let customerColumns = """
        t.id, t.email, t.email_key, t.name, t.phone, t.company, t.custom_fields, t.created_at, t.updated_at, \
        t.version, (SELECT count(*) FROM #.tickets x WHERE x.customer_id = t.id) AS ticket_count
        """

    static func customer(_ row: PostgresRandomAccessRow) throws -> Stored<Customer> {
        let customer = Customer(
            id: try row.id("id"), email: try row.value("email"), name: try row.value("name"),
            phone: try row.value("phone"), company: try row.value("company"), customFields: try row.customFields(),
            ticketCount: Int(try row.value("ticket_count", as: Int64.self)), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
        return Stored(customer, version: try row.version())
    }

    static let userColumns = "t.id, t.email, t.name, t.role, t.active, t.created_at, t.version"

    static func user(_ row: PostgresRandomAccessRow) throws -> Stored<User> {
        let user = User(
            id: try row.id("id"), email: try row.value("email"), name: try row.value("name"),
            role: try row.enumValue("role"), isActive: try row.value("active"), createdAt: try row.date("created_at"))
        return Stored(user, version: try row.version())
    }

    static let tagColumns = """
        t.id, t.name, t.color, t.created_at, t.version, \
        (SELECT count(*) FROM #.tickets x WHERE x.tags @> ARRAY[t.name]) AS ticket_count
        """

    static func tag(_ row: PostgresRandomAccessRow) throws -> Stored<Tag> {
        let tag = Tag(
            id: try row.id("id"), name: try row.value("name"), color: try row.value("color"),
            ticketCount: Int(try row.value("ticket_count", as: Int64.self)), createdAt: try row.date("created_at"))
        return Stored(tag, version: try row.version())
    }

    static let collectionColumns = "t.id, t.name, t.description, t.created_at, t.updated_at, t.version"

    static func collection(_ row: PostgresRandomAccessRow) throws -> Stored<ArticleCollection> {
        let collection = ArticleCollection(
            id: try row.id("id"), name: try row.value("name"), description: try row.value("description"),
            createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
        return Stored(collection, version: try row.version())
    }

    static let articleColumns = """
        t.id, t.title, t.body, t.collection_id, t.status, t.published_at, t.created_at, t.updated_at, t.version
        """

    static func article(_ row: PostgresRandomAccessRow) throws -> Stored<Article> {
        let article = Article(
            id: try row.id("id"), title: try row.value("title"), body: try row.value("body"),
            collectionID: try row.optionalID("collection_id"), status: try row.enumValue("status"),
            publishedAt: try row.optionalDate("published_at"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
        return Stored(article, version: try row.version())
    }

    static let apiKeyColumns = "t.id, t.name, t.user_id, t.customer_id, t.digest, t.created_at"

    static func apiKey(_ row: PostgresRandomAccessRow) throws -> APIKey {
        let owner: APIKeyOwner
        if let user = try row.optionalID("user_id", as: UserID.self) {
            owner = .user(user)
        } else {
            owner = .customer(try row.id("customer_id"))
        }
        return APIKey(
            id: try row.id("id"), name: try row.value("name"), owner: owner, digest: try row.value("digest"),
            createdAt: try row.date("created_at"))
    }
}

internal import GRDB
internal import Helpdesk

/// Records read back from their rows. A value a column cannot hold (an unknown status, a
/// malformed id) throws ``StorageError/backend(_:)`` rather than trapping.
enum RecordRows {
    /// A ticket without its tags (``TicketReads`` adds them from `ticket_tags`).
    static func ticket(_ row: Row) throws -> TicketRecord {
        TicketRecord(
            id: try Codes.id(row.decode(forColumn: "id"), as: TicketID.self, column: "tickets.id"),
            subject: try row.decode(forColumn: "subject"),
            description: try row.decode(forColumn: "description"),
            summary: try row.decode(forColumn: "summary"),
            status: try Codes.value(row.decode(forColumn: "status"), as: TicketStatus.self, column: "tickets.status"),
            priority: try Codes.priority(rank: row.decode(forColumn: "priority")),
            customerID: try Codes.id(
                row.decode(forColumn: "customer_id"), as: CustomerID.self, column: "tickets.customer_id"),
            assigneeID: try (row.decode(String?.self, forColumn: "assignee_id")).map {
                try Codes.id($0, as: UserID.self, column: "tickets.assignee_id")
            },
            customFields: try Codes.fields(row.decode(forColumn: "custom_fields"), column: "tickets.custom_fields"),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")),
            updatedAt: Codes.date(try row.decode(forColumn: "updated_at")))
    }

    /// A customer, with the `ticket_count` the query computed.
    static func customer(_ row: Row) throws -> Customer {
        Customer(
            id: try Codes.id(row.decode(forColumn: "id"), as: CustomerID.self, column: "customers.id"),
            email: try row.decode(forColumn: "email"),
            name: try row.decode(forColumn: "name"),
            phone: try row.decode(forColumn: "phone"),
            company: try row.decode(forColumn: "company"),
            customFields: try Codes.fields(row.decode(forColumn: "custom_fields"), column: "customers.custom_fields"),
            ticketCount: try row.decode(forColumn: "ticket_count"),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")),
            updatedAt: Codes.date(try row.decode(forColumn: "updated_at")))
    }

    static func user(_ row: Row) throws -> User {
        User(
            id: try Codes.id(row.decode(forColumn: "id"), as: UserID.self, column: "users.id"),
            email: try row.decode(forColumn: "email"),
            name: try row.decode(forColumn: "name"),
            role: try Codes.value(row.decode(forColumn: "role"), as: UserRole.self, column: "users.role"),
            isActive: try row.decode(forColumn: "active"),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")))
    }

    /// A tag, with the `ticket_count` the query computed.
    static func tag(_ row: Row) throws -> Tag {
        Tag(
            id: try Codes.id(row.decode(forColumn: "id"), as: TagID.self, column: "tags.id"),
            name: try row.decode(forColumn: "name"),
            color: try row.decode(forColumn: "color"),
            ticketCount: try row.decode(forColumn: "ticket_count"),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")))
    }

    static func conversation(_ row: Row) throws -> Conversation {
        let authorID: String? = try row.decode(forColumn: "author_id")
        let author: Author
        switch (try row.decode(String.self, forColumn: "author_type"), authorID) {
        case ("user", let id?): author = .user(try Codes.id(id, as: UserID.self, column: "conversations.author_id"))
        case ("customer", let id?):
            author = .customer(try Codes.id(id, as: CustomerID.self, column: "conversations.author_id"))
        case ("system", _): author = .system
        case (let type, _): throw StorageError.backend("conversations.author_type holds \(type)")
        }
        return Conversation(
            id: try Codes.id(row.decode(forColumn: "id"), as: ConversationID.self, column: "conversations.id"),
            ticketID: try Codes.id(
                row.decode(forColumn: "ticket_id"), as: TicketID.self, column: "conversations.ticket_id"),
            type: try Codes.value(
                row.decode(forColumn: "type"), as: ConversationType.self, column: "conversations.type"),
            isInternal: try row.decode(forColumn: "internal"),
            author: author,
            content: try row.decode(forColumn: "content"),
            contentText: try row.decode(forColumn: "content_text"),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")))
    }

    static func collection(_ row: Row) throws -> ArticleCollection {
        ArticleCollection(
            id: try Codes.id(row.decode(forColumn: "id"), as: CollectionID.self, column: "collections.id"),
            name: try row.decode(forColumn: "name"),
            description: try row.decode(forColumn: "description"),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")),
            updatedAt: Codes.date(try row.decode(forColumn: "updated_at")))
    }

    static func article(_ row: Row) throws -> Article {
        Article(
            id: try Codes.id(row.decode(forColumn: "id"), as: ArticleID.self, column: "articles.id"),
            title: try row.decode(forColumn: "title"),
            body: try row.decode(forColumn: "body"),
            collectionID: try (row.decode(String?.self, forColumn: "collection_id")).map {
                try Codes.id($0, as: CollectionID.self, column: "articles.collection_id")
            },
            status: try Codes.value(row.decode(forColumn: "status"), as: ArticleStatus.self, column: "articles.status"),
            publishedAt: try (row.decode(Int64?.self, forColumn: "published_at")).map(Codes.date),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")),
            updatedAt: Codes.date(try row.decode(forColumn: "updated_at")))
    }

    static func apiKey(_ row: Row) throws -> APIKey {
        let owner: APIKeyOwner
        if let user: String = try row.decode(forColumn: "user_id") {
            owner = .user(try Codes.id(user, as: UserID.self, column: "api_keys.user_id"))
        } else if let customer: String = try row.decode(forColumn: "customer_id") {
            owner = .customer(try Codes.id(customer, as: CustomerID.self, column: "api_keys.customer_id"))
        } else {
            throw StorageError.backend("api_keys row without an owner")
        }
        return APIKey(
            id: try Codes.id(row.decode(forColumn: "id"), as: APIKeyID.self, column: "api_keys.id"),
            name: try row.decode(forColumn: "name"), owner: owner, digest: try row.decode(forColumn: "digest"),
            createdAt: Codes.date(try row.decode(forColumn: "created_at")))
    }
}

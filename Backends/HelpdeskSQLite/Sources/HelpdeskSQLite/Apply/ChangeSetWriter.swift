internal import GRDB
internal import Helpdesk

/// Applies a change set's mutations in order, inside the caller's write transaction: the
/// first refusal throws, and the transaction rolls back everything before it.
enum ChangeSetWriter {
    static func apply(_ changes: ChangeSet, _ db: Database) throws {
        for mutation in changes.mutations { try apply(mutation, db) }
    }

    private static func apply(_ mutation: Mutation, _ db: Database) throws {
        switch mutation {
        case .insertTicket(let ticket): try TicketWrites.insert(ticket, db)
        case .updateTicket(let ticket, let expected): try TicketWrites.update(ticket, expected: expected, db)
        case .deleteTicket(let id, let expected): try TicketWrites.delete(id, expected: expected, db)
        case .insertConversation(let conversation): try insertConversation(conversation, db)
        case .insertCustomer(let customer): try PeopleWrites.insertCustomer(customer, db)
        case .updateCustomer(let customer, let expected):
            try PeopleWrites.updateCustomer(customer, expected: expected, db)
        case .deleteCustomer(let id, let expected, let cascade):
            try PeopleWrites.deleteCustomer(id, expected: expected, cascade: cascade, db)
        case .insertUser(let user): try PeopleWrites.insertUser(user, db)
        case .updateUser(let user, let expected): try PeopleWrites.updateUser(user, expected: expected, db)
        case .insertTag(let tag): try TagWrites.insert(tag, db)
        case .updateTag(let tag, let expected): try TagWrites.update(tag, expected: expected, db)
        case .deleteTag(let id, let expected): try TagWrites.delete(id, expected: expected, db)
        case .insertCollection(let collection): try KnowledgeWrites.insertCollection(collection, db)
        case .updateCollection(let collection, let expected):
            try KnowledgeWrites.updateCollection(collection, expected: expected, db)
        case .deleteCollection(let id, let expected): try KnowledgeWrites.deleteCollection(id, expected: expected, db)
        case .insertArticle(let article): try KnowledgeWrites.insertArticle(article, db)
        case .updateArticle(let article, let expected):
            try KnowledgeWrites.updateArticle(article, expected: expected, db)
        case .deleteArticle(let id, let expected): try KnowledgeWrites.deleteArticle(id, expected: expected, db)
        case .insertAPIKey(let key): try PeopleWrites.insertAPIKey(key, db)
        case .appendEvent(let event): try OutboxWrites.appendEvent(event, db)
        case .pruneHistory(let date): try OutboxWrites.pruneHistory(before: date, db)
        case .advanceRelay(let from, let to): try OutboxWrites.advanceRelay(from: from, to: to, db)
        case .insertWebhook(let webhook): try OutboxWrites.insertWebhook(webhook, db)
        case .updateWebhook(let webhook, let expected): try OutboxWrites.updateWebhook(webhook, expected: expected, db)
        case .deleteWebhook(let id, let expected): try OutboxWrites.deleteWebhook(id, expected: expected, db)
        case .insertDelivery(let delivery): try OutboxWrites.insertDelivery(delivery, db)
        case .updateDelivery(let delivery, let expected):
            try OutboxWrites.updateDelivery(delivery, expected: expected, db)
        }
    }

    private static func insertConversation(_ conversation: Conversation, _ db: Database) throws {
        try Guards.absent("conversation", table: "conversations", id: conversation.id.rawValue, db)
        try Guards.exists("tickets", id: conversation.ticketID.rawValue, field: "ticket_id", db)
        try db.run(
            sql: """
                INSERT INTO conversations(id, ticket_id, type, internal, author_type, author_id, content,
                    content_text, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                conversation.id.rawValue, conversation.ticketID.rawValue, conversation.type.rawValue,
                conversation.isInternal, conversation.author.typeName, conversation.author.idString,
                conversation.content, conversation.contentText, Codes.time(conversation.createdAt),
            ])
    }
}

public import Helpdesk
internal import PostgresNIO

extension PostgresStore {
    /// Applies every mutation in order in one transaction, or none of them.
    ///
    /// Each mutation first checks what the in-memory store checks, in the same order (the id,
    /// the version, the references, uniqueness), so that a refusal names the same
    /// ``StorageError``; then it writes, with the version checked again in the write's `WHERE`.
    /// A change set that PostgreSQL aborts to break a deadlock is run again, up to three times.
    public func apply(_ changes: ChangeSet) async throws {
        guard !changes.isEmpty else { return }
        let schema = schema
        try await transaction(attempts: 3) { transaction in
            let writer = Writer(transaction: transaction, schema: schema)
            for mutation in changes.mutations { try await writer.apply(mutation) }
        }
    }
}

/// The writes of one transaction.
struct Writer {
    let transaction: Transaction
    let schema: Schema

    func sql(_ text: String = "") -> SQL { SQL(schema: schema, text) }

    /// `"schema".`, for statements written with PostgresQuery's interpolation (which binds every value).
    var prefix: String { schema.prefix }

    @discardableResult
    func run(_ query: SQL) async throws -> [PostgresRandomAccessRow] { try await transaction.run(query.query) }

    @discardableResult
    func run(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] { try await transaction.run(query) }

    func apply(_ mutation: Mutation) async throws {
        switch mutation {
        case .insertTicket(let ticket): try await insertTicket(ticket)
        case .updateTicket(let ticket, let expected): try await updateTicket(ticket, expected: expected)
        case .deleteTicket(let id, let expected): try await delete(.ticket, id.rawValue, expected: expected)
        case .insertConversation(let conversation): try await insertConversation(conversation)
        case .insertCustomer(let customer): try await insertCustomer(customer)
        case .updateCustomer(let customer, let expected): try await updateCustomer(customer, expected: expected)
        case .deleteCustomer(let id, let expected, let cascade):
            try await deleteCustomer(id, expected: expected, cascade: cascade)
        case .insertUser(let user): try await insertUser(user)
        case .updateUser(let user, let expected): try await updateUser(user, expected: expected)
        case .insertTag(let tag): try await insertTag(tag)
        case .updateTag(let tag, let expected): try await updateTag(tag, expected: expected)
        case .deleteTag(let id, let expected): try await deleteTag(id, expected: expected)
        case .insertCollection(let collection): try await insertCollection(collection)
        case .updateCollection(let collection, let expected):
            try await updateCollection(collection, expected: expected)
        case .deleteCollection(let id, let expected): try await deleteCollection(id, expected: expected)
        case .insertArticle(let article): try await insertArticle(article)
        case .updateArticle(let article, let expected): try await updateArticle(article, expected: expected)
        case .deleteArticle(let id, let expected): try await delete(.article, id.rawValue, expected: expected)
        case .insertAPIKey(let key): try await insertAPIKey(key)
        case .appendEvent(let event): try await appendEvent(event)
        case .pruneHistory(let date): try await pruneHistory(before: date)
        case .advanceRelay(let from, let to): try await advanceRelay(from: from, to: to)
        case .insertWebhook(let webhook): try await insertWebhook(webhook)
        case .updateWebhook(let webhook, let expected): try await updateWebhook(webhook, expected: expected)
        case .deleteWebhook(let id, let expected): try await delete(.webhook, id.rawValue, expected: expected)
        case .insertDelivery(let delivery): try await insertDelivery(delivery)
        case .updateDelivery(let delivery, let expected): try await updateDelivery(delivery, expected: expected)
        }
    }
}

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// One write in a ``ChangeSet``.
///
/// Updates and deletes name the version they were computed from; the store
/// refuses them with ``StorageError/versionMismatch`` if the record has moved
/// on. Cascades are the store's job, so that a SQL backend can do them in one
/// statement: deleting a ticket deletes its conversations; deleting a customer
/// with `cascade` deletes their tickets (a customer's API keys always go with it); renaming a tag renames it on every
/// ticket; deleting a tag takes it off every ticket.
public enum Mutation: Sendable, Hashable {
    case insertTicket(TicketRecord)
    case updateTicket(TicketRecord, expectedVersion: Int)
    case deleteTicket(TicketID, expectedVersion: Int?)

    case insertConversation(Conversation)

    case insertCustomer(Customer)
    case updateCustomer(Customer, expectedVersion: Int)
    /// Fails with ``StorageError/hasDependents(_:)`` if the customer has tickets and `cascade` is false.
    case deleteCustomer(CustomerID, expectedVersion: Int?, cascade: Bool)

    case insertUser(User)
    case updateUser(User, expectedVersion: Int)

    case insertTag(Tag)
    /// A new name is applied to every ticket that carries the old one.
    case updateTag(Tag, expectedVersion: Int)
    case deleteTag(TagID, expectedVersion: Int?)

    case insertCollection(ArticleCollection)
    case updateCollection(ArticleCollection, expectedVersion: Int)
    /// Fails with ``StorageError/hasDependents(_:)`` if the collection holds articles.
    case deleteCollection(CollectionID, expectedVersion: Int?)

    case insertArticle(Article)
    case updateArticle(Article, expectedVersion: Int)
    case deleteArticle(ArticleID, expectedVersion: Int?)

    case insertAPIKey(APIKey)

    /// Adds an event to the outbox. The store numbers it (``EventRecord/sequence``) as the change
    /// set commits, after every event before it in commit order; refused change sets add none.
    case appendEvent(EventRecord)
    /// Deletes events that occurred before `date`, raising ``EventBatch/prunedThrough`` to the
    /// highest number deleted, and deliveries created before `date` that are no longer pending.
    case pruneHistory(before: Date)
    /// Records that every event up to `to` has been fanned out into deliveries. Fails with
    /// ``StorageError/versionMismatch`` (kind `relay`, id `events`) unless the position is `from`.
    case advanceRelay(from: Int64, to: Int64)

    case insertWebhook(Webhook)
    case updateWebhook(Webhook, expectedVersion: Int)
    /// Deletes the subscription and all its deliveries.
    case deleteWebhook(WebhookID, expectedVersion: Int?)

    /// Fails with ``StorageError/missingReference(field:id:)`` (`webhook_id`) if the subscription does not exist.
    case insertDelivery(WebhookDelivery)
    case updateDelivery(WebhookDelivery, expectedVersion: Int)
}

/// Writes that a store applies all together or not at all.
public struct ChangeSet: Sendable, Hashable {
    public var mutations: [Mutation]

    public init(_ mutations: [Mutation] = []) {
        self.mutations = mutations
    }

    /// Adds a write at the end.
    public mutating func append(_ mutation: Mutation) {
        mutations.append(mutation)
    }

    public var isEmpty: Bool { mutations.isEmpty }
}

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Where the helpdesk keeps its records: the one thing a backend implements.
///
/// The shape is deliberately small and value-based, so that an in-memory
/// store, SQLite and PostgreSQL fit it alike:
///
/// - **Reads** take ids or a query value and return values. A list answers a
///   ``Page`` with the exact `total` of all matches and a keyset cursor; the
///   query's sort always breaks ties by id. Single reads return the record
///   with its ``Stored/version``.
/// - **Writes** go through one entry point, ``apply(_:)``, which applies a
///   ``ChangeSet`` all together or not at all: a ticket with its new customer,
///   tags and system conversation; a tag rename across tickets; a cascade.
///   Updates carry the version they were computed from, so two writers never
///   lose each other's changes (a SQL backend checks it in the `UPDATE`'s
///   `WHERE`).
/// - **Events** are written with the change they report (``Mutation/appendEvent(_:)``) and
///   numbered by the store in commit order: the outbox behind the change feed and webhooks.
/// - **Counts** that the API shows live (`ticket_count` of customers and
///   tags) are the store's to fill in on every read.
///
/// The business rules live in ``HelpdeskService``; a store enforces only what
/// a database would: unique emails and tag names, references that exist,
/// versions, and dependents on delete. Run `HelpdeskTesting`'s conformance
/// suite against a new store to check it.
public protocol HelpdeskStore: Sendable {
    /// One ticket, or `nil`.
    func ticket(_ id: TicketID) async throws -> Stored<TicketRecord>?
    /// A page of tickets.
    func tickets(_ query: TicketQuery) async throws -> Page<TicketRecord>

    /// One conversation entry, or `nil`.
    func conversation(_ id: ConversationID) async throws -> Conversation?
    /// A page of conversation entries.
    func conversations(_ query: ConversationQuery) async throws -> Page<Conversation>

    /// One customer with its live `ticketCount`, or `nil`.
    func customer(_ id: CustomerID) async throws -> Stored<Customer>?
    /// The customer with this email (compared case-insensitively), or `nil`.
    func customer(email: String) async throws -> Stored<Customer>?
    /// The customers among `ids` that exist, by id.
    func customers(ids: Set<CustomerID>) async throws -> [CustomerID: Customer]
    /// A page of customers.
    func customers(_ query: CustomerQuery) async throws -> Page<Customer>

    /// One user, or `nil`.
    func user(_ id: UserID) async throws -> Stored<User>?
    /// The user with this email (compared case-insensitively), or `nil`.
    func user(email: String) async throws -> Stored<User>?
    /// The users among `ids` that exist, by id.
    func users(ids: Set<UserID>) async throws -> [UserID: User]
    /// A page of users.
    func users(_ query: RecordQuery) async throws -> Page<User>

    /// One tag with its live `ticketCount`, or `nil`.
    func tag(_ id: TagID) async throws -> Stored<Tag>?
    /// The tags among `names` that exist, by name.
    func tags(named names: Set<String>) async throws -> [String: Tag]
    /// A page of tags.
    func tags(_ query: RecordQuery) async throws -> Page<Tag>

    /// One collection, or `nil`.
    func collection(_ id: CollectionID) async throws -> Stored<ArticleCollection>?
    /// A page of collections.
    func collections(_ query: RecordQuery) async throws -> Page<ArticleCollection>

    /// One article, or `nil`.
    func article(_ id: ArticleID) async throws -> Stored<Article>?
    /// A page of articles.
    func articles(_ query: ArticleQuery) async throws -> Page<Article>

    /// The API key with this SHA-256 digest (lower-case hex), or `nil`.
    func apiKey(digest: String) async throws -> APIKey?

    /// Up to `limit` events numbered above `sequence`, lowest first, and how far pruning has gone.
    func events(after sequence: Int64, limit: Int) async throws -> EventBatch
    /// The number of the last event fanned out into deliveries (``Mutation/advanceRelay(from:to:)``), or 0.
    func relayPosition() async throws -> Int64

    /// One webhook subscription, or `nil`.
    func webhook(_ id: WebhookID) async throws -> Stored<Webhook>?
    /// A page of webhook subscriptions.
    func webhooks(_ query: RecordQuery) async throws -> Page<Webhook>

    /// One delivery, or `nil`.
    func delivery(_ id: DeliveryID) async throws -> Stored<WebhookDelivery>?
    /// A page of one subscription's deliveries, by `createdAt` like every plain list.
    func deliveries(of webhook: WebhookID, _ query: RecordQuery) async throws -> Page<WebhookDelivery>
    /// Up to `limit` deliveries that may be sent at `now`, ordered by `eventSequence` then id:
    /// pending, with `nextAttemptAt` at or before `now`, of an active subscription, and first of
    /// their queue: no other pending delivery of the same subscription and `resourceKey` has a
    /// lower `eventSequence` (or the same one and a lower id). Redeliveries
    /// (``WebhookDelivery/redeliveryOf`` set) stand outside the queues: they neither wait nor hold others up.
    func dueDeliveries(at now: Date, limit: Int) async throws -> [Stored<WebhookDelivery>]

    /// Applies every mutation, in order, or none of them.
    ///
    /// - Throws: ``StorageError`` saying why nothing was applied.
    func apply(_ changes: ChangeSet) async throws
}

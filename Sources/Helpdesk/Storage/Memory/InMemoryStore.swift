#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A ``HelpdeskStore`` that keeps everything in memory, behind one reader-writer lock.
///
/// Safe to share between tasks. A change set is applied under the lock and
/// rolled back from an undo log if any of its mutations fails, so readers
/// never see half of one.
public final class InMemoryStore: HelpdeskStore {
    private let state = ReadWriteLock(MemoryState())

    /// An empty store.
    public init() {}

    public func ticket(_ id: TicketID) async throws -> Stored<TicketRecord>? {
        state.read { $0.tickets[id] }
    }

    public func tickets(_ query: TicketQuery) async throws -> Page<TicketRecord> {
        state.read { $0.tickets.page(query) }
    }

    public func conversation(_ id: ConversationID) async throws -> Conversation? {
        state.read { $0.conversations[id] }
    }

    public func conversations(_ query: ConversationQuery) async throws -> Page<Conversation> {
        state.read { $0.conversations(query) }
    }

    public func customer(_ id: CustomerID) async throws -> Stored<Customer>? {
        state.read { $0.liveCustomer(id) }
    }

    public func customer(email: String) async throws -> Stored<Customer>? {
        state.read { state in state.customerByEmail[email.lowercased()].flatMap { state.liveCustomer($0) } }
    }

    public func customers(ids: Set<CustomerID>) async throws -> [CustomerID: Customer] {
        state.read { state in
            var found: [CustomerID: Customer] = [:]
            found.reserveCapacity(ids.count)
            for id in ids { found[id] = state.liveCustomer(id)?.value }
            return found
        }
    }

    public func customers(_ query: CustomerQuery) async throws -> Page<Customer> {
        state.read { $0.customers(query) }
    }

    public func user(_ id: UserID) async throws -> Stored<User>? {
        state.read { $0.users[id] }
    }

    public func user(email: String) async throws -> Stored<User>? {
        state.read { state in state.userByEmail[email.lowercased()].flatMap { state.users[$0] } }
    }

    public func users(ids: Set<UserID>) async throws -> [UserID: User] {
        state.read { state in
            var found: [UserID: User] = [:]
            found.reserveCapacity(ids.count)
            for id in ids { found[id] = state.users[id]?.value }
            return found
        }
    }

    public func users(_ query: RecordQuery) async throws -> Page<User> {
        state.read { state in
            state.records(state.users.values.map(\.value), query, createdAt: \.createdAt, id: \.id.rawValue)
        }
    }

    public func tag(_ id: TagID) async throws -> Stored<Tag>? {
        state.read { $0.liveTag(id) }
    }

    public func tags(named names: Set<String>) async throws -> [String: Tag] {
        state.read { state in
            var found: [String: Tag] = [:]
            for name in names {
                if let id = state.tagByName[name], let tag = state.liveTag(id) { found[name] = tag.value }
            }
            return found
        }
    }

    public func tags(_ query: RecordQuery) async throws -> Page<Tag> {
        state.read { state in
            let live = state.tags.keys.compactMap { state.liveTag($0)?.value }
            return state.records(live, query, createdAt: \.createdAt, id: \.id.rawValue)
        }
    }

    public func collection(_ id: CollectionID) async throws -> Stored<ArticleCollection>? {
        state.read { $0.collections[id] }
    }

    public func collections(_ query: RecordQuery) async throws -> Page<ArticleCollection> {
        state.read { state in
            state.records(state.collections.values.map(\.value), query, createdAt: \.createdAt, id: \.id.rawValue)
        }
    }

    public func article(_ id: ArticleID) async throws -> Stored<Article>? {
        state.read { $0.articles[id] }
    }

    public func articles(_ query: ArticleQuery) async throws -> Page<Article> {
        state.read { $0.articles(query) }
    }

    public func apiKey(digest: String) async throws -> APIKey? {
        state.read { $0.apiKeys[digest] }
    }

    public func events(after sequence: Int64, limit: Int) async throws -> EventBatch {
        state.read { $0.outbox.events(after: sequence, limit: limit) }
    }

    public func relayPosition() async throws -> Int64 {
        state.read { $0.outbox.relayPosition }
    }

    public func webhook(_ id: WebhookID) async throws -> Stored<Webhook>? {
        state.read { $0.outbox.webhooks[id] }
    }

    public func webhooks(_ query: RecordQuery) async throws -> Page<Webhook> {
        state.read { state in
            state.records(state.outbox.webhooks.values.map(\.value), query, createdAt: \.createdAt, id: \.id.rawValue)
        }
    }

    public func delivery(_ id: DeliveryID) async throws -> Stored<WebhookDelivery>? {
        state.read { $0.outbox.deliveries[id] }
    }

    public func deliveries(of webhook: WebhookID, _ query: RecordQuery) async throws -> Page<WebhookDelivery> {
        state.read { state in
            let ids = state.outbox.deliveriesByWebhook[webhook] ?? []
            let deliveries = ids.compactMap { state.outbox.deliveries[$0]?.value }
            return state.records(deliveries, query, createdAt: \.createdAt, id: \.id.rawValue)
        }
    }

    public func dueDeliveries(at now: Date, limit: Int) async throws -> [Stored<WebhookDelivery>] {
        state.read { $0.outbox.dueDeliveries(at: now, limit: limit) }
    }

    public func apply(_ changes: ChangeSet) async throws {
        // An article's words are folded before the lock is taken: a long body takes a while,
        // and readers would wait for it.
        let articleWords = MemoryState.searchWords(ofArticlesIn: changes)
        try state.write { state throws(StorageError) in try state.apply(changes, articleWords: articleWords) }
    }
}

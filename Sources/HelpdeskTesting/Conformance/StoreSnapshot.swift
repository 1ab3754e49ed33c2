/// Everything a store shows, read through its public reads: every record with
/// its version and live counts, and what each email and tag name resolves to.
///
/// Two snapshots tell what a change set changed; a refused one must change nothing.
struct StoreSnapshot {
    /// `"ticket tkt_1"` → the stored ticket, `"customer email ANN@X.COM"` → the id it resolves to, …
    private var entries: [String: AnyHashable] = [:]

    /// Reads the whole store.
    static func take(of store: any HelpdeskStore) async throws -> StoreSnapshot {
        var snapshot = StoreSnapshot()
        try await snapshot.readTickets(store)
        try await snapshot.readPeople(store)
        try await snapshot.readKnowledgeBase(store)
        try await snapshot.readOutbox(store)
        return snapshot
    }

    /// What differs from `earlier`, one phrase per entry (`"ticket tkt_1 changed"`).
    func differences(from earlier: StoreSnapshot) -> [String] {
        let keys = Set(entries.keys).union(earlier.entries.keys).sorted()
        return keys.compactMap { key in
            switch (earlier.entries[key], entries[key]) {
            case (nil, _?): "\(key) appeared"
            case (_?, nil): "\(key) disappeared"
            case (let old?, let new?) where old != new: "\(key) changed"
            default: nil
            }
        }
    }

    private mutating func readTickets(_ store: any HelpdeskStore) async throws {
        for ticket in try await allRows({ try await store.tickets(TicketQuery().limit(100).after($0)) }) {
            entries["ticket \(ticket.id)"] = try await store.ticket(ticket.id)
        }
        for entry in try await allRows({ try await store.conversations(ConversationQuery().limit(100).after($0)) }) {
            entries["conversation \(entry.id)"] = try await store.conversation(entry.id)
        }
    }

    private mutating func readPeople(_ store: any HelpdeskStore) async throws {
        for customer in try await allRows({ try await store.customers(CustomerQuery().limit(100).after($0)) }) {
            entries["customer \(customer.id)"] = try await store.customer(customer.id)
            entries["customer email \(customer.email.uppercased())"] =
                try await store.customer(email: customer.email.uppercased())?.value.id
        }
        for user in try await allRows({ try await store.users(RecordQuery().limit(100).after($0)) }) {
            entries["user \(user.id)"] = try await store.user(user.id)
            entries["user email \(user.email.uppercased())"] =
                try await store.user(email: user.email.uppercased())?.value.id
        }
        for tag in try await allRows({ try await store.tags(RecordQuery().limit(100).after($0)) }) {
            entries["tag \(tag.id)"] = try await store.tag(tag.id)
            entries["tag name \(tag.name)"] = try await store.tags(named: [tag.name])[tag.name]?.id
        }
    }

    private mutating func readKnowledgeBase(_ store: any HelpdeskStore) async throws {
        for collection in try await allRows({ try await store.collections(RecordQuery().limit(100).after($0)) }) {
            entries["collection \(collection.id)"] = try await store.collection(collection.id)
        }
        for article in try await allRows({ try await store.articles(ArticleQuery().limit(100).after($0)) }) {
            entries["article \(article.id)"] = try await store.article(article.id)
        }
    }

    private mutating func readOutbox(_ store: any HelpdeskStore) async throws {
        entries["events"] = try await store.events(after: 0, limit: Int.max)
        entries["relay position"] = try await store.relayPosition()
        for webhook in try await allRows({ try await store.webhooks(RecordQuery().limit(100).after($0)) }) {
            entries["webhook \(webhook.id)"] = try await store.webhook(webhook.id)
            let deliveries = try await allRows({
                try await store.deliveries(of: webhook.id, RecordQuery().limit(100).after($0))
            })
            for delivery in deliveries { entries["delivery \(delivery.id)"] = try await store.delivery(delivery.id) }
        }
    }
}

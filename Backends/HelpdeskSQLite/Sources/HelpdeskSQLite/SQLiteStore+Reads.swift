internal import GRDB
public import Helpdesk

/// The reads of ``HelpdeskStore``, each on one snapshot (a page and its total agree).
extension SQLiteStore {
    public func ticket(_ id: TicketID) async throws -> Stored<TicketRecord>? {
        try await read { try TicketReads.ticket(id, $0) }
    }

    public func tickets(_ query: TicketQuery) async throws -> Page<TicketRecord> {
        try await read { try TicketReads.page(query, $0) }
    }

    public func conversation(_ id: ConversationID) async throws -> Conversation? {
        try await read { try ConversationReads.conversation(id, $0) }
    }

    public func conversations(_ query: ConversationQuery) async throws -> Page<Conversation> {
        try await read { try ConversationReads.page(query, $0) }
    }

    public func customer(_ id: CustomerID) async throws -> Stored<Customer>? {
        try await read { try CustomerReads.customer(id, $0) }
    }

    public func customer(email: String) async throws -> Stored<Customer>? {
        try await read { try CustomerReads.customer(email: email, $0) }
    }

    public func customers(ids: Set<CustomerID>) async throws -> [CustomerID: Customer] {
        try await read { try CustomerReads.customers(ids: ids, $0) }
    }

    public func customers(_ query: CustomerQuery) async throws -> Page<Customer> {
        try await read { try CustomerReads.page(query, $0) }
    }

    public func user(_ id: UserID) async throws -> Stored<User>? {
        try await read { try RecordReads.user(SQLClause("u.id = ?", [id.rawValue]), $0) }
    }

    public func user(email: String) async throws -> Stored<User>? {
        try await read { try RecordReads.user(SQLClause("u.email_key = ?", [email.lowercased()]), $0) }
    }

    public func users(ids: Set<UserID>) async throws -> [UserID: User] {
        try await read { try RecordReads.users(ids: ids, $0) }
    }

    public func users(_ query: RecordQuery) async throws -> Page<User> {
        try await read { db in
            try RecordReads.page(query, select: "u.*", from: "users u", alias: "u", db, decode: RecordRows.user) {
                SortKey([.integer(Codes.time($0.createdAt))], id: $0.id.rawValue)
            }
        }
    }

    public func tag(_ id: TagID) async throws -> Stored<Tag>? {
        try await read { try RecordReads.tag(id, $0) }
    }

    public func tags(named names: Set<String>) async throws -> [String: Tag] {
        try await read { try RecordReads.tags(named: names, $0) }
    }

    public func tags(_ query: RecordQuery) async throws -> Page<Tag> {
        try await read { db in
            try RecordReads.page(
                query, select: RecordReads.tagSelect, from: "tags g", alias: "g", db, decode: RecordRows.tag
            ) { SortKey([.integer(Codes.time($0.createdAt))], id: $0.id.rawValue) }
        }
    }

    public func collection(_ id: CollectionID) async throws -> Stored<ArticleCollection>? {
        try await read { try RecordReads.collection(id, $0) }
    }

    public func collections(_ query: RecordQuery) async throws -> Page<ArticleCollection> {
        try await read { db in
            try RecordReads.page(
                query, select: "l.*", from: "collections l", alias: "l", db, decode: RecordRows.collection
            ) { SortKey([.integer(Codes.time($0.createdAt))], id: $0.id.rawValue) }
        }
    }

    public func article(_ id: ArticleID) async throws -> Stored<Article>? {
        try await read { try ArticleReads.article(id, $0) }
    }

    public func articles(_ query: ArticleQuery) async throws -> Page<Article> {
        try await read { try ArticleReads.page(query, $0) }
    }

    public func apiKey(digest: String) async throws -> APIKey? {
        try await read { try RecordReads.apiKey(digest: digest, $0) }
    }
}

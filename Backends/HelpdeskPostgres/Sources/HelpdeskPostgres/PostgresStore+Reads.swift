public import Helpdesk
internal import PostgresNIO

/// Reads of single records and of records by ids, emails and names.
extension PostgresStore {
    public func ticket(_ id: TicketID) async throws -> Stored<TicketRecord>? {
        try await one("SELECT \(Records.ticketColumns) FROM #.tickets t WHERE t.id = ", id.rawValue, Records.ticket)
    }

    public func conversation(_ id: ConversationID) async throws -> Conversation? {
        try await one(
            "SELECT \(Records.conversationColumns) FROM #.conversations t WHERE t.id = ", id.rawValue,
            Records.conversation)
    }

    public func customer(_ id: CustomerID) async throws -> Stored<Customer>? {
        try await one(
            "SELECT \(Records.customerColumns) FROM #.customers t WHERE t.id = ", id.rawValue, Records.customer)
    }

    public func customer(email: String) async throws -> Stored<Customer>? {
        try await one(
            "SELECT \(Records.customerColumns) FROM #.customers t WHERE t.email_key = ", email.lowercased(),
            Records.customer)
    }

    public func customers(ids: Set<CustomerID>) async throws -> [CustomerID: Customer] {
        let found = try await all(
            "SELECT \(Records.customerColumns) FROM #.customers t WHERE t.id = ANY(", ids.map(\.rawValue),
            Records.customer)
        return Dictionary(found.map { ($0.value.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    public func user(_ id: UserID) async throws -> Stored<User>? {
        try await one("SELECT \(Records.userColumns) FROM #.users t WHERE t.id = ", id.rawValue, Records.user)
    }

    public func user(email: String) async throws -> Stored<User>? {
        try await one(
            "SELECT \(Records.userColumns) FROM #.users t WHERE t.email_key = ", email.lowercased(), Records.user)
    }

    public func users(ids: Set<UserID>) async throws -> [UserID: User] {
        let found = try await all(
            "SELECT \(Records.userColumns) FROM #.users t WHERE t.id = ANY(", ids.map(\.rawValue), Records.user)
        return Dictionary(found.map { ($0.value.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    public func tag(_ id: TagID) async throws -> Stored<Tag>? {
        try await one("SELECT \(Records.tagColumns) FROM #.tags t WHERE t.id = ", id.rawValue, Records.tag)
    }

    public func tags(named names: Set<String>) async throws -> [String: Tag] {
        let found = try await all(
            "SELECT \(Records.tagColumns) FROM #.tags t WHERE t.name = ANY(", Array(names), Records.tag)
        return Dictionary(found.map { ($0.value.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    public func collection(_ id: CollectionID) async throws -> Stored<ArticleCollection>? {
        try await one(
            "SELECT \(Records.collectionColumns) FROM #.collections t WHERE t.id = ", id.rawValue,
            Records.collection)
    }

    public func article(_ id: ArticleID) async throws -> Stored<Article>? {
        try await one(
            "SELECT \(Records.articleColumns) FROM #.articles t WHERE t.id = ", id.rawValue, Records.article)
    }

    public func apiKey(digest: String) async throws -> APIKey? {
        try await one("SELECT \(Records.apiKeyColumns) FROM #.api_keys t WHERE t.digest = ", digest, Records.apiKey)
    }

    /// The record of the row whose key is `key` (bound after `prefix`), or `nil`.
    private func one<Record>(
        _ prefix: String, _ key: String, _ decode: (PostgresRandomAccessRow) throws -> Record
    ) async throws -> Record? {
        var query = sql(prefix)
        query.bind(key)
        return try await row(query).map(decode)
    }

    /// The records of the rows whose key is one of `keys` (`prefix` ends in `= ANY(`).
    private func all<Record>(
        _ prefix: String, _ keys: [String], _ decode: (PostgresRandomAccessRow) throws -> Record
    ) async throws -> [Record] {
        guard !keys.isEmpty else { return [] }
        var query = sql(prefix)
        try query.bind(array: keys)
        query.add(")")
        return try await rows(query).map(decode)
    }
}

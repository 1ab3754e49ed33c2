public import Helpdesk

/// The lists: each query's filters as SQL conditions on `t`, its sort as keys.
extension PostgresStore {
    public func tickets(_ query: TicketQuery) async throws -> Page<TicketRecord> {
        try await page(ticketList(query)) { try Records.ticket($0).value }
    }

    /// The statement behind ``tickets(_:)``.
    func ticketList(_ query: TicketQuery) -> ListStatement {
        let keys: [ListStatement.Key] =
            switch query.sort.field {
            case .createdAt: [.integer("t.created_at")]
            case .updatedAt: [.integer("t.updated_at")]
            case .priority: [.integer("t.priority"), .integer("t.created_at")]
            }
        return ListStatement(
            from: "#.tickets t", columns: Records.ticketColumns, filter: { try TicketFilter.add(query, to: &$0) },
            keys: keys, field: query.sort.field.rawValue, direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit.value)
    }

    public func conversations(_ query: ConversationQuery) async throws -> Page<Conversation> {
        let list = ListStatement(
            from: "#.conversations t", columns: Records.conversationColumns,
            filter: { sql in
                try sql.any("t.ticket_id", query.ticketIDs?.map(\.rawValue))
                try sql.any("t.type", query.types?.map(\.rawValue))
                try sql.any("t.internal", query.internalValues.map(Array.init))
                if let customers = query.ticketCustomerIDs {
                    sql.add(" AND EXISTS (SELECT 1 FROM #.tickets x WHERE x.id = t.ticket_id AND x.customer_id = ANY(")
                    try sql.bind(array: customers.map(\.rawValue))
                    sql.add("))")
                }
            }, keys: [.integer("t.created_at")], field: query.sort.field.rawValue, direction: query.sort.direction,
            cursor: query.cursor, limit: query.limit.value)
        return try await page(list, Records.conversation)
    }

    public func customers(_ query: CustomerQuery) async throws -> Page<Customer> {
        let key: ListStatement.Key =
            switch query.sort.field {
            case .createdAt: .integer("t.created_at")
            case .updatedAt: .integer("t.updated_at")
            case .name: .text("COALESCE(t.name, '')")
            case .email: .text("t.email_key")
            }
        let list = ListStatement(
            from: "#.customers t", columns: Records.customerColumns,
            filter: { sql in
                try sql.any("t.email_key", query.emails.map(Array.init))
                try sql.any("COALESCE(t.phone, '')", query.phones.map(Array.init))
                try sql.matching(query.search)
            }, keys: [key], field: query.sort.field.rawValue, direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit.value)
        return try await page(list) { try Records.customer($0).value }
    }

    public func users(_ query: RecordQuery) async throws -> Page<User> {
        try await page(records(query, "#.users t", Records.userColumns)) { try Records.user($0).value }
    }

    public func tags(_ query: RecordQuery) async throws -> Page<Tag> {
        try await page(records(query, "#.tags t", Records.tagColumns)) { try Records.tag($0).value }
    }

    public func collections(_ query: RecordQuery) async throws -> Page<ArticleCollection> {
        try await page(records(query, "#.collections t", Records.collectionColumns)) {
            try Records.collection($0).value
        }
    }

    public func articles(_ query: ArticleQuery) async throws -> Page<Article> {
        let list = ListStatement(
            from: "#.articles t", columns: Records.articleColumns,
            filter: { sql in
                try sql.any("t.collection_id", query.collectionIDs?.map(\.rawValue))
                try sql.any("t.status", query.statuses?.map(\.rawValue))
                try sql.matching(query.search)
            }, keys: [.integer("t.created_at")], field: query.sort.field.rawValue, direction: query.sort.direction,
            cursor: query.cursor, limit: query.limit.value)
        return try await page(list) { try Records.article($0).value }
    }

    /// A plain list by creation time.
    private func records(_ query: RecordQuery, _ from: String, _ columns: String) -> ListStatement {
        ListStatement(
            from: from, columns: columns, filter: { _ in }, keys: [.integer("t.created_at")],
            field: query.sort.field.rawValue, direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit.value)
    }
}

internal import GRDB
internal import Helpdesk

/// Reading conversation entries: one by id, or a page of a ``ConversationQuery``.
enum ConversationReads {
    static func conversation(_ id: ConversationID, _ db: Database) throws -> Conversation? {
        try db.row(sql: "SELECT * FROM conversations WHERE id = ?", arguments: [id.rawValue]).map(
            RecordRows.conversation)
    }

    static func page(_ query: ConversationQuery, _ db: Database) throws -> Page<Conversation> {
        guard let keyset = keysetQuery(query) else { return Page(items: [], total: 0, nextCursor: nil) }
        let items = try keyset.rows(db).map(RecordRows.conversation)
        return keyset.page(items, total: try keyset.total(db), field: query.sort.field.rawValue) {
            SortKey([.integer(Codes.time($0.createdAt))], id: $0.id.rawValue)
        }
    }

    /// The query in SQL; `nil` when an empty set makes it match nothing.
    static func keysetQuery(_ query: ConversationQuery) -> KeysetQuery? {
        var conditions: [SQLClause] = []
        if let tickets = query.ticketIDs {
            guard !tickets.isEmpty else { return nil }
            conditions.append(.isIn("v.ticket_id", tickets.map(\.rawValue).sorted()))
        }
        if let types = query.types {
            guard !types.isEmpty else { return nil }
            conditions.append(.isIn("v.type", types.map(\.rawValue).sorted()))
        }
        if let values = query.internalValues {
            guard !values.isEmpty else { return nil }
            conditions.append(.isIn("v.internal", values.sorted { !$0 && $1 }))
        }
        if let customers = query.ticketCustomerIDs {
            guard !customers.isEmpty else { return nil }
            var owned = SQLClause.isIn("customer_id", customers.map(\.rawValue).sorted())
            owned.sql = "v.ticket_id IN (SELECT id FROM tickets WHERE \(owned.sql))"
            conditions.append(owned)
        }
        return KeysetQuery(
            select: "v.*", from: "conversations v", conditions: conditions, sortColumns: ["v.created_at", "v.id"],
            direction: query.sort.direction, cursor: query.cursor, limit: query.limit.value)
    }
}

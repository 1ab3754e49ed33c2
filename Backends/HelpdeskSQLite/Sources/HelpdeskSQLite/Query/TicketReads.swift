internal import GRDB
internal import Helpdesk

/// Reading tickets: one by id, or a page of a ``TicketQuery``.
enum TicketReads {
    static func ticket(_ id: TicketID, _ db: Database) throws -> Stored<TicketRecord>? {
        guard let row = try db.row(sql: "SELECT * FROM tickets WHERE id = ?", arguments: [id.rawValue])
        else { return nil }
        return try withTags([row], db).first
    }

    /// Counts first; then reads the page by the plan that suits how many match (see ``TicketFilter/walks(total:limit:_:)``).
    ///
    /// - Parameter walk: Forces one plan or the other (for tests); `nil` chooses.
    static func page(_ query: TicketQuery, _ db: Database, walk: Bool? = nil) throws -> Page<TicketRecord> {
        let empty = Page<TicketRecord>(items: [], total: 0, nextCursor: nil)
        guard let filter = try TicketFilter(query, db) else { return empty }
        let total = try keysetQuery(query, filter, walk: false).total(db)
        guard total > 0 else { return empty }
        let walks = try walk ?? filter.walks(total: total, limit: query.limit.value, db)
        let keyset = keysetQuery(query, filter, walk: walks)
        let items = try withTags(try keyset.rows(db), db).map(\.value)
        return keyset.page(items, total: total, field: query.sort.field.rawValue) { $0.sortKey(for: query.sort.field) }
    }

    /// The query in SQL, its memberships probed while walking the sort's index when `walk` is set.
    static func keysetQuery(_ query: TicketQuery, _ filter: TicketFilter, walk: Bool) -> KeysetQuery {
        KeysetQuery(
            select: "t.*", from: "tickets t", conditions: filter.conditions(walk: walk),
            sortColumns: sortColumns(query.sort.field), direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit.value, count: filter.count)
    }

    static func sortColumns(_ field: TicketQuery.Field) -> [String] {
        switch field {
        case .createdAt: ["t.created_at", "t.id"]
        case .updatedAt: ["t.updated_at", "t.id"]
        case .priority: ["t.priority", "t.created_at", "t.id"]
        }
    }

    /// The tickets of `rows`, in order, each with its tags in order and its version.
    static func withTags(_ rows: [Row], _ db: Database) throws -> [Stored<TicketRecord>] {
        guard !rows.isEmpty else { return [] }
        let numbers = try rows.map { try $0.decode(Int64.self, forColumn: "row") }
        var lookup = SQLClause.isIn("g.ticket", numbers)
        lookup.sql =
            "SELECT g.ticket, tg.name FROM ticket_tags g JOIN tags tg ON tg.row = g.tag WHERE \(lookup.sql) "
            + "ORDER BY g.ticket, g.position"
        var tags: [Int64: [String]] = [:]
        for tagRow in try Row.fetchAll(db, sql: lookup.sql, arguments: lookup.arguments) {
            tags[try tagRow.decode(Int64.self, forColumn: "ticket"), default: []].append(
                try tagRow.decode(String.self, forColumn: "name"))
        }
        return try zip(rows, numbers).map { row, number in
            var ticket = try RecordRows.ticket(row)
            ticket.tags = tags[number] ?? []
            return Stored(ticket, version: try row.decode(forColumn: "version"))
        }
    }
}

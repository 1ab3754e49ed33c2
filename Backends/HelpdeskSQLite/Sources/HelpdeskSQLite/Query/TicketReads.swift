internal import GRDB
internal import Helpdesk

/// Reading tickets: one by id, or a page of a ``TicketQuery``.
enum TicketReads {
    static func ticket(_ id: TicketID, _ db: Database) throws -> Stored<TicketRecord>? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM tickets WHERE id = ?", arguments: [id.rawValue])
        else { return nil }
        return try withTags([row], db).first
    }

    static func page(_ query: TicketQuery, _ db: Database) throws -> Page<TicketRecord> {
        guard let keyset = try keysetQuery(query, db) else { return Page(items: [], total: 0, nextCursor: nil) }
        let items = try withTags(try keyset.rows(db), db).map(\.value)
        return keyset.page(items, total: try keyset.total(db), field: query.sort.field.rawValue) {
            $0.sortKey(for: query.sort.field)
        }
    }

    /// The query in SQL; `nil` when it matches nothing for sure (an empty set, an unknown tag).
    static func keysetQuery(_ query: TicketQuery, _ db: Database) throws -> KeysetQuery? {
        var conditions: [SQLClause] = []
        if let statuses = query.statuses {
            guard !statuses.isEmpty else { return nil }
            conditions.append(.isIn("t.status", statuses.map(\.rawValue).sorted()))
        }
        if let priorities = query.priorities {
            guard !priorities.isEmpty else { return nil }
            conditions.append(.isIn("t.priority", priorities.map(Codes.rank).sorted()))
        }
        if let assignees = query.assigneeIDs {
            guard !assignees.isEmpty else { return nil }
            conditions.append(.isIn("t.assignee_id", assignees.map(\.rawValue).sorted()))
        }
        switch query.assignment {
        case .assigned?: conditions.append(SQLClause("t.assignee_id IS NOT NULL"))
        case .unassigned?: conditions.append(SQLClause("t.assignee_id IS NULL"))
        case nil: break
        }
        if let customers = query.customerIDs {
            guard !customers.isEmpty else { return nil }
            conditions.append(.isIn("t.customer_id", customers.map(\.rawValue).sorted()))
        }
        for name in query.tags.sorted() {
            let tagRow = try Int64.fetchOne(db, sql: "SELECT row FROM tags WHERE name = ?", arguments: [name])
            guard let tagRow else { return nil }
            conditions.append(SQLClause("t.row IN (SELECT ticket FROM ticket_tags WHERE tag = ?)", [tagRow]))
        }
        if let search = query.search {
            conditions.append(SearchTable.tickets.condition(rowColumn: "t.row", matching: search))
        }
        return KeysetQuery(
            select: "t.*", from: "tickets t", conditions: conditions, sortColumns: sortColumns(query.sort.field),
            direction: query.sort.direction, cursor: query.cursor, limit: query.limit.value)
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

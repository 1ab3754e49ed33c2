internal import GRDB
internal import Helpdesk

/// Inserting, updating and deleting tickets, with their tags and search words.
enum TicketWrites {
    static let columns =
        "subject, description, summary, status, priority, customer_id, assignee_id, custom_fields, created_at, updated_at"

    static func insert(_ ticket: TicketRecord, _ db: Database) throws {
        try Guards.absent("ticket", table: "tickets", id: ticket.id.rawValue, db)
        let tagRows = try references(of: ticket, db)
        try Guards.insertVersioned(into: "tickets", columns: columns, values(of: ticket), id: ticket.id.rawValue, db)
        try attach(ticket, row: db.lastInsertedRowID, tagRows: tagRows, replacing: false, db)
    }

    static func update(_ ticket: TicketRecord, expected: Int, _ db: Database) throws {
        let id = ticket.id.rawValue
        let version = try Guards.current("ticket", table: "tickets", id: id, expected: expected, db)
        let tagRows = try references(of: ticket, db)
        try Guards.updateVersioned(
            "tickets", columns: columns, values(of: ticket), kind: "ticket", id: id, version: version, db)
        guard let row = try db.value(Int64.self, sql: "SELECT row FROM tickets WHERE id = ?", arguments: [id]) else {
            throw StorageError.notFound(kind: "ticket", id: id)
        }
        try db.run(sql: "DELETE FROM ticket_tags WHERE ticket = ?", arguments: [row])
        try attach(ticket, row: row, tagRows: tagRows, replacing: true, db)
    }

    /// Deletes the ticket; its conversations and tag rows go by `ON DELETE CASCADE`, its words by trigger.
    static func delete(_ id: TicketID, expected: Int?, _ db: Database) throws {
        let version = try Guards.current("ticket", table: "tickets", id: id.rawValue, expected: expected, db)
        try Guards.versioned(
            "DELETE FROM tickets WHERE id = ? AND version = ?", [id.rawValue, version], kind: "ticket",
            id: id.rawValue, db)
    }

    /// Raises the version of every ticket that carries the tag at `tagRow` (renamed or deleted).
    static func touch(taggedWith tagRow: Int64, _ db: Database) throws {
        try db.run(
            sql: "UPDATE tickets SET version = version + 1 WHERE row IN (SELECT ticket FROM ticket_tags WHERE tag = ?)",
            arguments: [tagRow])
    }

    private static func values(of ticket: TicketRecord) -> StatementArguments {
        [
            ticket.subject, ticket.description, ticket.summary, ticket.status.rawValue, Codes.rank(ticket.priority),
            ticket.customerID.rawValue, ticket.assigneeID?.rawValue, Codes.json(ticket.customFields),
            Codes.time(ticket.createdAt), Codes.time(ticket.updatedAt),
        ]
    }

    /// Checks the customer, the assignee and the tags; answers the tags' rows, in the ticket's order.
    private static func references(of ticket: TicketRecord, _ db: Database) throws -> [Int64] {
        try Guards.exists("customers", id: ticket.customerID.rawValue, field: "customer_id", db)
        if let assignee = ticket.assigneeID {
            try Guards.exists("users", id: assignee.rawValue, field: "assignee_id", db)
        }
        return try ticket.tags.map { name in
            guard let row = try db.value(Int64.self, sql: "SELECT row FROM tags WHERE name = ?", arguments: [name])
            else { throw StorageError.missingReference(field: "tags", id: name) }
            return row
        }
    }

    /// Writes the ticket's tags, in order (a repeated name once), and its search words, `replacing` those it had.
    private static func attach(
        _ ticket: TicketRecord, row: Int64, tagRows: [Int64], replacing: Bool, _ db: Database
    ) throws {
        for (position, tagRow) in tagRows.enumerated() {
            try db.run(
                sql: "INSERT OR IGNORE INTO ticket_tags(tag, ticket, position) VALUES (?, ?, ?)",
                arguments: [tagRow, row, position])
        }
        try SearchTable.tickets.index(
            row: row, fields: [ticket.subject, ticket.summary ?? "", ticket.description], replacing: replacing, in: db)
    }
}

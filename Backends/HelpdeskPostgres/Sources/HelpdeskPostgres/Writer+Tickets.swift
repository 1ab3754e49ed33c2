internal import Helpdesk
internal import PostgresNIO

/// Tickets and their conversations.
extension Writer {
    func insertTicket(_ ticket: TicketRecord) async throws {
        let checks = try await checks(of: ticket)
        if checks.version != nil { throw StorageError.idTaken(kind: "ticket", id: ticket.id.rawValue) }
        try await checkReferences(of: ticket, checks)
        let p = prefix
        let t = try TicketColumns(ticket)
        try await run(
            """
            INSERT INTO \(unescaped: p)tickets (id, subject, description, summary, status, priority, customer_id,
                assignee_id, tags, custom_fields, created_at, updated_at, version, words, long_words)
            VALUES (\(t.id), \(t.subject), \(t.description), \(t.summary), \(t.status), \(t.priority),
                \(t.customerID), \(t.assigneeID), \(t.tags), \(t.customFields), \(t.createdAt), \(t.updatedAt), 1,
                array_to_tsvector(\(t.words)::text[]), \(t.longWords))
            """)
    }

    func updateTicket(_ ticket: TicketRecord, expected: Int) async throws {
        let checks = try await checks(of: ticket)
        guard let version = checks.version else { throw StorageError.notFound(kind: "ticket", id: ticket.id.rawValue) }
        guard version == expected else {
            throw StorageError.versionMismatch(kind: "ticket", id: ticket.id.rawValue)
        }
        try await checkReferences(of: ticket, checks)
        let p = prefix
        let t = try TicketColumns(ticket)
        // The version is checked again here, in the statement: a concurrent update that committed
        // since the check leaves no row to update.
        let updated = try await run(
            """
            UPDATE \(unescaped: p)tickets SET subject = \(t.subject), description = \(t.description),
                summary = \(t.summary), status = \(t.status), priority = \(t.priority), customer_id = \(t.customerID),
                assignee_id = \(t.assigneeID), tags = \(t.tags), custom_fields = \(t.customFields),
                created_at = \(t.createdAt), updated_at = \(t.updatedAt), version = version + 1,
                words = array_to_tsvector(\(t.words)::text[]), long_words = \(t.longWords)
            WHERE id = \(t.id) AND version = \(Int64(expected))
            RETURNING id
            """)
        if updated.isEmpty { throw try await refusal(.ticket, ticket.id.rawValue) }
    }

    /// What a ticket write checks first, in one statement: the ticket's current version (`nil`
    /// if there is none), and whether its customer and its assignee (if any) exist.
    private func checks(of ticket: TicketRecord) async throws -> (version: Int?, customer: Bool, assignee: Bool) {
        let p = prefix
        let assignee = ticket.assigneeID?.rawValue
        let found = try await run(
            """
            SELECT (SELECT version FROM \(unescaped: p)tickets WHERE id = \(ticket.id.rawValue)) AS version,
                EXISTS (SELECT 1 FROM \(unescaped: p)customers WHERE id = \(ticket.customerID.rawValue)) AS customer,
                (\(assignee)::text IS NULL OR EXISTS (SELECT 1 FROM \(unescaped: p)users WHERE id = \(assignee)))
                    AS assignee
            """)
        guard let row = found.first else { throw StorageError.backend("the ticket checks answered no row") }
        return (
            try row.value("version", as: Int64?.self).map { Int($0) }, try row.value("customer"),
            try row.value("assignee")
        )
    }

    /// The customer, the assignee and every tag exist (first missing one named, in that order).
    /// The tags are locked for share, so that a tag deleted or renamed at the same time waits
    /// for this transaction and then takes its name off this ticket too.
    private func checkReferences(
        of ticket: TicketRecord, _ checks: (version: Int?, customer: Bool, assignee: Bool)
    ) async throws {
        guard checks.customer else {
            throw StorageError.missingReference(field: "customer_id", id: ticket.customerID.rawValue)
        }
        if let assignee = ticket.assigneeID, !checks.assignee {
            throw StorageError.missingReference(field: "assignee_id", id: assignee.rawValue)
        }
        guard !ticket.tags.isEmpty else { return }
        var tags = sql("SELECT name FROM #.tags WHERE name = ANY(")
        try tags.bind(array: ticket.tags)
        tags.add(") FOR SHARE")
        let found = Set(try await run(tags).map { try $0.value("name", as: String.self) })
        if let missing = ticket.tags.first(where: { !found.contains($0) }) {
            throw StorageError.missingReference(field: "tags", id: missing)
        }
    }

    func insertConversation(_ entry: Conversation) async throws {
        if try await exists("#.conversations", entry.id.rawValue) {
            throw StorageError.idTaken(kind: "conversation", id: entry.id.rawValue)
        }
        if try await !exists("#.tickets", entry.ticketID.rawValue) {
            throw StorageError.missingReference(field: "ticket_id", id: entry.ticketID.rawValue)
        }
        let p = prefix
        try await run(
            """
            INSERT INTO \(unescaped: p)conversations (id, ticket_id, type, internal, author_type, author_id, content,
                content_text, created_at)
            VALUES (\(entry.id.rawValue), \(entry.ticketID.rawValue), \(entry.type.rawValue), \(entry.isInternal),
                \(entry.author.typeName), \(entry.author.idString), \(entry.content), \(entry.contentText),
                \(Columns.time(entry.createdAt)))
            """)
    }
}

/// A ticket's values as its columns hold them.
struct TicketColumns {
    let id: String
    let subject: String
    let description: String
    let summary: String?
    let status: String
    let priority: Int16
    let customerID: String
    let assigneeID: String?
    let tags: [String]
    let customFields: String
    let createdAt: Int64
    let updatedAt: Int64
    let words: [String]
    let longWords: [String]

    init(_ ticket: TicketRecord) throws {
        id = ticket.id.rawValue
        subject = ticket.subject
        description = ticket.description
        summary = ticket.summary
        status = ticket.status.rawValue
        priority = Int16(ticket.priority.rank)
        customerID = ticket.customerID.rawValue
        assigneeID = ticket.assigneeID?.rawValue
        tags = ticket.tags
        customFields = Columns.json(ticket.customFields)
        createdAt = Columns.time(ticket.createdAt)
        updatedAt = Columns.time(ticket.updatedAt)
        let text = [ticket.subject, ticket.summary ?? "", ticket.description]
        words = try Columns.words(text)
        longWords = Columns.longWords(text)
    }
}

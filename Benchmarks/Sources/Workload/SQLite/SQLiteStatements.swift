/// Every statement the questions and writes run, prepared once after the load and reused.
///
/// Pages select `id, created_at` (Q9 needs the last row's position); counts are separate `COUNT(*)`s.
/// Parameters are numbered in the order the comments give.
final class SQLiteStatements {
    /// Q1 page.
    let inboxPage: Statement
    /// Q1 total.
    let inboxCount: Statement
    /// Q2 page: ?1 status.
    let statusPage: Statement
    /// Q2 and Q9 total: ?1 status.
    let statusCount: Statement
    /// Q3 page: ?1 status, ?2 priority, ?3 assignee.
    let assignedPage: Statement
    /// Q3 total: ?1 status, ?2 priority, ?3 assignee.
    let assignedCount: Statement
    /// Q4 page: ?1 status.
    let unassignedPage: Statement
    /// Q4 total: ?1 status.
    let unassignedCount: Statement
    /// Q5 page: ?1 customer.
    let customerPage: Statement
    /// Q5 total: ?1 customer.
    let customerCount: Statement
    /// Q6 page: ?1 the tag walked (the rarer), ?2 the tag probed.
    let tagsPage: Statement
    /// Q6 total: ?1 the tag walked, ?2 the tag probed.
    let tagsCount: Statement
    /// Q7 page: ?1 the FTS5 query.
    let searchPage: Statement
    /// Q7 total: ?1 the FTS5 query.
    let searchCount: Statement
    /// Q8 page: ?1 status.
    let priorityPage: Statement
    /// Q9 page: ?1 status, ?2 created_at and ?3 id of the position to start after.
    let cursorPage: Statement
    /// Inserts a ticket: ?1 row … ?10 updated_at, in the table's column order.
    let insertTicket: Statement
    /// Inserts a tag row: ?1 tag, ?2 row, ?3 created_at, ?4 id.
    let insertTag: Statement
    /// W2: ?1 status, ?2 assignee, ?3 updated_at, ?4 id.
    let updateTicket: Statement
    /// A ticket's row by its id: ?1 id.
    let findRow: Statement
    /// A ticket's tag rows: ?1 row.
    let deleteTags: Statement
    /// A ticket (its FTS row goes by trigger): ?1 row.
    let deleteTicket: Statement

    /// `insertTicket`'s text, which the bulk load prepares on its own before the indexes exist.
    static let insertTicketSQL =
        "INSERT INTO tickets(row, id, subject, description, status, priority, assignee, customer, created_at,"
        + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    /// `insertTag`'s text.
    static let insertTagSQL = "INSERT INTO ticket_tags(tag, row, created_at, id) VALUES (?1, ?2, ?3, ?4)"

    /// Prepares them all on `database`, whose schema must be complete.
    init(database: SQLiteDatabase) throws {
        let limit = " LIMIT \(Question.limit)"
        let newest = " ORDER BY created_at DESC, id DESC" + limit
        inboxPage = try database.prepare("SELECT id, created_at FROM tickets" + newest)
        inboxCount = try database.prepare("SELECT COUNT(*) FROM tickets")
        statusPage = try database.prepare("SELECT id, created_at FROM tickets WHERE status = ?1" + newest)
        statusCount = try database.prepare("SELECT COUNT(*) FROM tickets WHERE status = ?1")
        let assigned = " FROM tickets WHERE status = ?1 AND priority = ?2 AND assignee = ?3"
        assignedPage = try database.prepare("SELECT id, created_at" + assigned + newest)
        assignedCount = try database.prepare("SELECT COUNT(*)" + assigned)
        // `assignee IS NULL` written out, so the planner may use the partial index.
        let unassigned = " FROM tickets WHERE status = ?1 AND assignee IS NULL"
        unassignedPage = try database.prepare("SELECT id, created_at" + unassigned + " ORDER BY updated_at, id" + limit)
        // Left alone, the planner counts by skip-scanning the Q3 index, 3–4× slower than the partial index.
        unassignedCount = try database.prepare(
            "SELECT COUNT(*) FROM tickets INDEXED BY tickets_unassigned_status_updated"
                + " WHERE status = ?1 AND assignee IS NULL")
        customerPage = try database.prepare("SELECT id, created_at FROM tickets WHERE customer = ?1" + newest)
        customerCount = try database.prepare("SELECT COUNT(*) FROM tickets WHERE customer = ?1")
        // CROSS JOIN keeps `a` (walked in page order) outside and `b` (probed by row and tag) inside.
        let tags = " FROM ticket_tags AS a CROSS JOIN ticket_tags AS b ON b.tag = ?2 AND b.row = a.row WHERE a.tag = ?1"
        tagsPage = try database.prepare(
            "SELECT a.id, a.created_at" + tags + " ORDER BY a.created_at DESC, a.id DESC" + limit)
        tagsCount = try database.prepare("SELECT COUNT(*)" + tags)
        searchPage = try database.prepare(
            "SELECT t.id, t.created_at FROM ticket_text JOIN tickets AS t ON t.row = ticket_text.rowid"
                + " WHERE ticket_text MATCH ?1 ORDER BY t.created_at DESC, t.id DESC" + limit)
        searchCount = try database.prepare("SELECT COUNT(*) FROM ticket_text WHERE ticket_text MATCH ?1")
        priorityPage = try database.prepare(
            "SELECT id, created_at FROM tickets WHERE status = ?1 ORDER BY priority DESC, created_at DESC, id DESC"
                + limit)
        cursorPage = try database.prepare(
            "SELECT id, created_at FROM tickets WHERE status = ?1 AND (created_at, id) < (?2, ?3)" + newest)
        insertTicket = try database.prepare(Self.insertTicketSQL)
        insertTag = try database.prepare(Self.insertTagSQL)
        updateTicket = try database.prepare(
            "UPDATE tickets SET status = ?1, assignee = ?2, updated_at = ?3 WHERE id = ?4")
        findRow = try database.prepare("SELECT row FROM tickets WHERE id = ?1")
        deleteTags = try database.prepare("DELETE FROM ticket_tags WHERE row = ?1")
        deleteTicket = try database.prepare("DELETE FROM tickets WHERE row = ?1")
    }
}

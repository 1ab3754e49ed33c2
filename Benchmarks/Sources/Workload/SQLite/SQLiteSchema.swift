internal import Helpdesk

/// The SQLite side's tables, indexes and triggers, in the order `load` creates them.
///
/// A ticket's `row` is its workload index + 1. Status and priority are stored as small integers
/// (`SQLiteCodes`). `ticket_tags` repeats each ticket's `created_at` and `id`, so a tag's tickets are
/// walked in the page's order straight from an index. `ticket_text` is an FTS5 index over the
/// tickets' subject and description (external content: the text itself stays in `tickets`).
enum SQLiteSchema {
    /// Drops whatever an earlier load left, so a load always starts from an empty database.
    static let drop = """
        DROP TABLE IF EXISTS ticket_text;
        DROP TABLE IF EXISTS ticket_tags;
        DROP TABLE IF EXISTS tickets;
        DROP TABLE IF EXISTS customers;
        DROP TABLE IF EXISTS agents;
        """

    /// The tables, without secondary indexes (those come after the bulk load).
    static let tables = """
        CREATE TABLE agents(
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            role TEXT NOT NULL
        );
        CREATE TABLE customers(
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            email TEXT NOT NULL
        );
        CREATE TABLE tickets(
            row INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            subject TEXT NOT NULL,
            description TEXT NOT NULL,
            status INTEGER NOT NULL,
            priority INTEGER NOT NULL,
            assignee INTEGER NULL,
            customer INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE ticket_tags(
            tag INTEGER NOT NULL,
            row INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY(tag, row)
        ) WITHOUT ROWID;
        """

    /// The FTS5 table over subject and description; FTS5 must be compiled into libsqlite3.
    static let fullText = """
        CREATE VIRTUAL TABLE ticket_text USING fts5(
            subject, description, content='tickets', content_rowid='row'
        );
        """

    /// Indexes fitted to the questions. SQLite walks an ascending index backwards for a descending order.
    static let indexes = """
        CREATE UNIQUE INDEX agents_id ON agents(id);
        CREATE UNIQUE INDEX customers_id ON customers(id);
        CREATE UNIQUE INDEX tickets_id ON tickets(id);
        -- Q1: the inbox.
        CREATE INDEX tickets_created ON tickets(created_at, id);
        -- Q2, Q9: one status by creation.
        CREATE INDEX tickets_status_created ON tickets(status, created_at, id);
        -- Q3: status, priority and assignee by creation.
        CREATE INDEX tickets_status_priority_assignee_created
            ON tickets(status, priority, assignee, created_at, id);
        -- Q4: the unassigned of one status by last update.
        CREATE INDEX tickets_unassigned_status_updated
            ON tickets(status, updated_at, id) WHERE assignee IS NULL;
        -- Q5: one customer's tickets by creation.
        CREATE INDEX tickets_customer_created ON tickets(customer, created_at, id);
        -- Q8: one status by priority, then creation.
        CREATE INDEX tickets_status_priority_created ON tickets(status, priority, created_at, id);
        -- Q6: one tag's tickets by creation; the other tag is probed by (row, tag).
        CREATE INDEX ticket_tags_created ON ticket_tags(tag, created_at, id);
        -- Deleting a ticket's tag rows, and the Q6 probe.
        CREATE INDEX ticket_tags_row ON ticket_tags(row);
        """

    /// Fills the FTS index from `tickets` in one pass (after the bulk load).
    static let buildFullText = "INSERT INTO ticket_text(ticket_text) VALUES('rebuild');"

    /// Keep `ticket_text` in step with `tickets` from here on (the documented external-content triggers).
    static let triggers = """
        CREATE TRIGGER tickets_text_insert AFTER INSERT ON tickets BEGIN
            INSERT INTO ticket_text(rowid, subject, description) VALUES (new.row, new.subject, new.description);
        END;
        CREATE TRIGGER tickets_text_delete AFTER DELETE ON tickets BEGIN
            INSERT INTO ticket_text(ticket_text, rowid, subject, description)
                VALUES ('delete', old.row, old.subject, old.description);
        END;
        CREATE TRIGGER tickets_text_update AFTER UPDATE OF subject, description ON tickets BEGIN
            INSERT INTO ticket_text(ticket_text, rowid, subject, description)
                VALUES ('delete', old.row, old.subject, old.description);
            INSERT INTO ticket_text(rowid, subject, description) VALUES (new.row, new.subject, new.description);
        END;
        """

    /// Creates the tables on `database`, with a clear error when this libsqlite3 lacks FTS5.
    static func create(on database: SQLiteDatabase) throws {
        try database.execute(drop)
        try database.execute(tables)
        do {
            try database.execute(fullText)
        } catch let error as SQLiteError {
            throw SQLiteError("FTS5 is not available in this libsqlite3: \(error.message)", code: error.code)
        }
    }

    /// After the bulk load: the indexes, the FTS index, its triggers, and the planner's statistics.
    static func finish(on database: SQLiteDatabase) throws {
        try database.execute(indexes)
        try database.execute(buildFullText)
        try database.execute(triggers)
        try database.execute("ANALYZE;")
    }
}

/// The integers the SQLite side stores for statuses and priorities.
enum SQLiteCodes {
    /// open 0, pending 1, on_hold 2, solved 3, closed 4.
    static func status(_ status: TicketStatus) -> Int64 {
        switch status {
        case .open: 0
        case .pending: 1
        case .onHold: 2
        case .solved: 3
        case .closed: 4
        }
    }

    /// The priority's rank: low 0, medium 1, high 2, urgent 3 (so `priority DESC` is most urgent first).
    static func priority(_ priority: TicketPriority) -> Int64 {
        Int64(priority.rank)
    }
}

/// The first migration's tables and indexes: every record, without full-text search.
///
/// Times are integer milliseconds since 1970. Ids are `TEXT`, compared by their bytes
/// (SQLite's default `BINARY` collation), as the library orders them. Tables searched by
/// full text have an `INTEGER PRIMARY KEY` `row` that their FTS5 table's `rowid` follows.
enum SchemaV1 {
    static let tables = """
        CREATE TABLE users(
            id TEXT PRIMARY KEY NOT NULL,
            email TEXT NOT NULL,
            email_key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            active INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE TABLE customers(
            row INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            email TEXT NOT NULL,
            email_key TEXT NOT NULL UNIQUE,
            name TEXT,
            phone TEXT,
            company TEXT,
            custom_fields TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE TABLE tags(
            row INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            color TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE TABLE tickets(
            row INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            subject TEXT NOT NULL,
            description TEXT NOT NULL,
            summary TEXT,
            status TEXT NOT NULL,
            priority INTEGER NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            assignee_id TEXT REFERENCES users(id),
            custom_fields TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE TABLE ticket_tags(
            tag INTEGER NOT NULL REFERENCES tags(row),
            ticket INTEGER NOT NULL REFERENCES tickets(row) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY(tag, ticket)
        ) WITHOUT ROWID;
        CREATE TABLE conversations(
            id TEXT PRIMARY KEY NOT NULL,
            ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            internal INTEGER NOT NULL,
            author_type TEXT NOT NULL,
            author_id TEXT,
            content TEXT NOT NULL,
            content_text TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE collections(
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            description TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE TABLE articles(
            row INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            collection_id TEXT REFERENCES collections(id),
            status TEXT NOT NULL,
            published_at INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE TABLE api_keys(
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT,
            user_id TEXT REFERENCES users(id),
            customer_id TEXT REFERENCES customers(id) ON DELETE CASCADE,
            digest TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        );
        """

    /// Indexes fitted to the lists and to WORKLOAD.md's questions (SQLite walks an
    /// ascending index backwards for a descending order).
    static let indexes = """
        CREATE INDEX users_created ON users(created_at, id);
        CREATE INDEX customers_created ON customers(created_at, id);
        CREATE INDEX customers_updated ON customers(updated_at, id);
        CREATE INDEX customers_name ON customers(ifnull(name, ''), id);
        CREATE INDEX customers_phone ON customers(phone);
        CREATE INDEX tags_created ON tags(created_at, id);
        -- Q1 (the inbox) and the other creation-time walks.
        CREATE INDEX tickets_created ON tickets(created_at, id);
        CREATE INDEX tickets_updated ON tickets(updated_at, id);
        CREATE INDEX tickets_priority_created ON tickets(priority, created_at, id);
        -- Q2, Q9: one status by creation.
        CREATE INDEX tickets_status_created ON tickets(status, created_at, id);
        -- Q3: status, priority and assignee by creation.
        CREATE INDEX tickets_status_priority_assignee_created
            ON tickets(status, priority, assignee_id, created_at, id);
        -- Q4: the unassigned of one status by last update.
        CREATE INDEX tickets_unassigned_status_updated
            ON tickets(status, updated_at, id) WHERE assignee_id IS NULL;
        -- Q5: one customer's tickets by creation; also the customer's live count.
        CREATE INDEX tickets_customer_created ON tickets(customer_id, created_at, id);
        -- Q8: one status by priority, then creation.
        CREATE INDEX tickets_status_priority_created ON tickets(status, priority, created_at, id);
        CREATE INDEX tickets_assignee_created ON tickets(assignee_id, created_at, id);
        -- A ticket's tags in order; (tag, ticket) is the primary key, for Q6 and live counts.
        CREATE INDEX ticket_tags_ticket ON ticket_tags(ticket, position);
        CREATE INDEX conversations_created ON conversations(created_at, id);
        CREATE INDEX conversations_ticket_created ON conversations(ticket_id, created_at, id);
        CREATE INDEX collections_created ON collections(created_at, id);
        CREATE INDEX articles_created ON articles(created_at, id);
        CREATE INDEX articles_collection_created ON articles(collection_id, created_at, id);
        CREATE INDEX api_keys_user ON api_keys(user_id);
        CREATE INDEX api_keys_customer ON api_keys(customer_id);
        """
}

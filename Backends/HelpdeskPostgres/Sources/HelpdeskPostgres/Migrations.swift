/// The numbered steps that create and upgrade a store's schema, oldest first.
///
/// A step is applied once, in its own transaction, and recorded in `schema_migrations`;
/// a released step is never edited: a change to the schema is a new step at the end.
/// In the statements, `#.` stands for the schema.
enum Migrations {
    struct Step {
        let number: Int
        let statements: [String]
    }

    static let steps: [Step] = [
        Step(number: 1, statements: tables + ticketIndexes + otherIndexes),
        Step(number: 2, statements: OutboxMigration.statements),
        Step(number: 3, statements: longWords),
    ]

    /// Step 3: search words too long for a `tsvector` (over 2,046 bytes), kept whole, so that a
    /// query word that long matches exactly. Rows written before this step have none.
    static let longWords = ["tickets", "customers", "articles"].map {
        "ALTER TABLE #.\($0) ADD COLUMN long_words text[] COLLATE \"C\" NOT NULL DEFAULT '{}'"
    }

    /// Every text column that is compared or sorted uses `COLLATE "C"`: UTF-8 byte order.
    /// Times are milliseconds since 1970 (`bigint`); statuses are text, priorities their rank.
    static let tables = [
        """
        CREATE TABLE #.customers (
            id text COLLATE "C" PRIMARY KEY,
            email text COLLATE "C" NOT NULL,
            email_key text COLLATE "C" NOT NULL,
            name text COLLATE "C",
            phone text COLLATE "C",
            company text COLLATE "C",
            custom_fields text NOT NULL,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            version bigint NOT NULL,
            words tsvector NOT NULL,
            CONSTRAINT customers_email_unique UNIQUE (email_key)
        )
        """,
        """
        CREATE TABLE #.users (
            id text COLLATE "C" PRIMARY KEY,
            email text COLLATE "C" NOT NULL,
            email_key text COLLATE "C" NOT NULL,
            name text COLLATE "C" NOT NULL,
            role text COLLATE "C" NOT NULL,
            active boolean NOT NULL,
            created_at bigint NOT NULL,
            version bigint NOT NULL,
            CONSTRAINT users_email_unique UNIQUE (email_key)
        )
        """,
        """
        CREATE TABLE #.tags (
            id text COLLATE "C" PRIMARY KEY,
            name text COLLATE "C" NOT NULL,
            color text COLLATE "C" NOT NULL,
            created_at bigint NOT NULL,
            version bigint NOT NULL,
            CONSTRAINT tags_name_unique UNIQUE (name)
        )
        """,
        """
        CREATE TABLE #.tickets (
            id text COLLATE "C" PRIMARY KEY,
            subject text COLLATE "C" NOT NULL,
            description text COLLATE "C" NOT NULL,
            summary text COLLATE "C",
            status text COLLATE "C" NOT NULL,
            priority smallint NOT NULL,
            customer_id text COLLATE "C" NOT NULL
                CONSTRAINT tickets_customer_fkey REFERENCES #.customers (id),
            assignee_id text COLLATE "C" CONSTRAINT tickets_assignee_fkey REFERENCES #.users (id),
            tags text[] COLLATE "C" NOT NULL,
            custom_fields text NOT NULL,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            version bigint NOT NULL,
            words tsvector NOT NULL
        )
        """,
        """
        CREATE TABLE #.conversations (
            id text COLLATE "C" PRIMARY KEY,
            ticket_id text COLLATE "C" NOT NULL
                CONSTRAINT conversations_ticket_fkey REFERENCES #.tickets (id) ON DELETE CASCADE,
            type text COLLATE "C" NOT NULL,
            internal boolean NOT NULL,
            author_type text COLLATE "C" NOT NULL,
            author_id text COLLATE "C",
            content text COLLATE "C" NOT NULL,
            content_text text COLLATE "C" NOT NULL,
            created_at bigint NOT NULL
        )
        """,
        """
        CREATE TABLE #.collections (
            id text COLLATE "C" PRIMARY KEY,
            name text COLLATE "C" NOT NULL,
            description text COLLATE "C",
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            version bigint NOT NULL
        )
        """,
        """
        CREATE TABLE #.articles (
            id text COLLATE "C" PRIMARY KEY,
            title text COLLATE "C" NOT NULL,
            body text COLLATE "C" NOT NULL,
            collection_id text COLLATE "C" CONSTRAINT articles_collection_fkey REFERENCES #.collections (id),
            status text COLLATE "C" NOT NULL,
            published_at bigint,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            version bigint NOT NULL,
            words tsvector NOT NULL
        )
        """,
        """
        CREATE TABLE #.api_keys (
            id text COLLATE "C" PRIMARY KEY,
            name text COLLATE "C",
            user_id text COLLATE "C" CONSTRAINT api_keys_user_fkey REFERENCES #.users (id),
            customer_id text COLLATE "C"
                CONSTRAINT api_keys_customer_fkey REFERENCES #.customers (id) ON DELETE CASCADE,
            digest text COLLATE "C" NOT NULL,
            created_at bigint NOT NULL,
            CONSTRAINT api_keys_digest_unique UNIQUE (digest),
            CONSTRAINT api_keys_one_owner CHECK ((user_id IS NULL) <> (customer_id IS NULL))
        )
        """,
    ]

    /// One index per question shape of WORKLOAD.md (a descending order walks an index backwards).
    static let ticketIndexes = [
        // Q1, and any list sorted by creation.
        "CREATE INDEX tickets_created ON #.tickets (created_at, id)",
        // Q2, Q9: one status by creation.
        "CREATE INDEX tickets_status_created ON #.tickets (status, created_at, id)",
        // Q3: status, priority and assignee by creation.
        "CREATE INDEX tickets_status_priority_assignee_created ON #.tickets (status, priority, assignee_id, created_at, id)",
        // Q4: the unassigned of one status by last update.
        "CREATE INDEX tickets_unassigned_status_updated ON #.tickets (status, updated_at, id) WHERE assignee_id IS NULL",
        // Q5: one customer's tickets by creation; also the customers' live ticket_count.
        "CREATE INDEX tickets_customer_created ON #.tickets (customer_id, created_at, id)",
        // Q8: one status by priority, then creation.
        "CREATE INDEX tickets_status_priority_created ON #.tickets (status, priority, created_at, id)",
        // Q6: tags that must all match; also the tags' live ticket_count, renames and deletes.
        "CREATE INDEX tickets_tags ON #.tickets USING gin (tags)",
        // Q7: full-text search over the library's own words.
        "CREATE INDEX tickets_words ON #.tickets USING gin (words)",
        // Sorts without a filter.
        "CREATE INDEX tickets_updated ON #.tickets (updated_at, id)",
        "CREATE INDEX tickets_priority_created ON #.tickets (priority, created_at, id)",
        "CREATE INDEX tickets_assignee_created ON #.tickets (assignee_id, created_at, id)",
    ]

    static let otherIndexes = [
        "CREATE INDEX customers_created ON #.customers (created_at, id)",
        "CREATE INDEX customers_updated ON #.customers (updated_at, id)",
        "CREATE INDEX customers_name ON #.customers ((COALESCE(name, '')), id)",
        "CREATE INDEX customers_email ON #.customers (email_key, id)",
        "CREATE INDEX customers_words ON #.customers USING gin (words)",
        "CREATE INDEX users_created ON #.users (created_at, id)",
        "CREATE INDEX tags_created ON #.tags (created_at, id)",
        "CREATE INDEX conversations_ticket_created ON #.conversations (ticket_id, created_at, id)",
        "CREATE INDEX conversations_created ON #.conversations (created_at, id)",
        "CREATE INDEX collections_created ON #.collections (created_at, id)",
        "CREATE INDEX articles_created ON #.articles (created_at, id)",
        "CREATE INDEX articles_collection_created ON #.articles (collection_id, created_at, id)",
        "CREATE INDEX articles_words ON #.articles USING gin (words)",
        "CREATE INDEX api_keys_user ON #.api_keys (user_id)",
        "CREATE INDEX api_keys_customer ON #.api_keys (customer_id)",
    ]
}

/// Step 2 of the migrations: the event outbox, webhook subscriptions and their deliveries.
enum OutboxMigration {
    static let statements = [
        // One row: the last event number given, how far pruning went, and the relay position.
        // Appending an event updates `last_sequence` in its transaction, which holds the row's lock
        // until commit: event-writing transactions take their numbers in commit order.
        """
        CREATE TABLE #.outbox_state (
            id smallint PRIMARY KEY CHECK (id = 1),
            last_sequence bigint NOT NULL,
            pruned_through bigint NOT NULL,
            relay_position bigint NOT NULL
        )
        """,
        "INSERT INTO #.outbox_state (id, last_sequence, pruned_through, relay_position) VALUES (1, 0, 0, 0)",
        """
        CREATE TABLE #.events (
            sequence bigint PRIMARY KEY,
            id text COLLATE "C" NOT NULL,
            type text COLLATE "C" NOT NULL,
            resource text COLLATE "C" NOT NULL,
            resource_id text COLLATE "C" NOT NULL,
            occurred_at bigint NOT NULL,
            payload text NOT NULL
        )
        """,
        "CREATE INDEX events_occurred ON #.events (occurred_at)",
        """
        CREATE TABLE #.webhooks (
            id text COLLATE "C" PRIMARY KEY,
            url text COLLATE "C" NOT NULL,
            events text[] COLLATE "C" NOT NULL,
            description text COLLATE "C",
            active boolean NOT NULL,
            paused_reason text COLLATE "C",
            secret text COLLATE "C" NOT NULL,
            last_success_at bigint,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            version bigint NOT NULL
        )
        """,
        "CREATE INDEX webhooks_created ON #.webhooks (created_at, id)",
        """
        CREATE TABLE #.deliveries (
            id text COLLATE "C" PRIMARY KEY,
            webhook_id text COLLATE "C" NOT NULL
                CONSTRAINT deliveries_webhook_fkey REFERENCES #.webhooks (id) ON DELETE CASCADE,
            event_id text COLLATE "C" NOT NULL,
            event_type text COLLATE "C" NOT NULL,
            event_sequence bigint NOT NULL,
            resource_key text COLLATE "C" NOT NULL,
            payload text NOT NULL,
            status text COLLATE "C" NOT NULL,
            attempts bigint NOT NULL,
            next_attempt_at bigint,
            last_attempt_at bigint,
            last_status_code bigint,
            last_error text,
            redelivery_of text COLLATE "C",
            created_at bigint NOT NULL,
            version bigint NOT NULL
        )
        """,
        "CREATE INDEX deliveries_webhook_created ON #.deliveries (webhook_id, created_at, id)",
        // The queues: pending deliveries of one subscription and resource, in event order.
        """
        CREATE INDEX deliveries_queue ON #.deliveries (webhook_id, resource_key, event_sequence, id)
            WHERE status = 'pending' AND redelivery_of IS NULL
        """,
        "CREATE INDEX deliveries_due ON #.deliveries (next_attempt_at) WHERE status = 'pending'",
        "CREATE INDEX deliveries_finished ON #.deliveries (created_at) WHERE status <> 'pending'",
    ]
}

/// The third migration: the event outbox, webhook subscriptions and their deliveries.
///
/// `events.sequence` is an `AUTOINCREMENT` key: SQLite hands out numbers inside the one
/// write transaction of a change set, so they grow in commit order and are never reused,
/// even after pruning deletes the highest ones. `outbox_state` is one row: how far pruning
/// and the relay have gone.
enum SchemaV3 {
    static let tables = """
        CREATE TABLE events(
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            resource TEXT NOT NULL,
            resource_id TEXT NOT NULL,
            occurred_at INTEGER NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX events_occurred ON events(occurred_at);
        CREATE TABLE outbox_state(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            pruned_through INTEGER NOT NULL,
            relay_position INTEGER NOT NULL
        );
        INSERT INTO outbox_state(id, pruned_through, relay_position) VALUES (1, 0, 0);
        CREATE TABLE webhooks(
            id TEXT PRIMARY KEY NOT NULL,
            url TEXT NOT NULL,
            events TEXT NOT NULL,
            description TEXT,
            active INTEGER NOT NULL,
            paused_reason TEXT,
            secret TEXT NOT NULL,
            last_success_at INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE INDEX webhooks_created ON webhooks(created_at, id);
        CREATE TABLE deliveries(
            id TEXT PRIMARY KEY NOT NULL,
            webhook_id TEXT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL,
            event_type TEXT NOT NULL,
            event_sequence INTEGER NOT NULL,
            resource_key TEXT NOT NULL,
            payload TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at INTEGER,
            last_attempt_at INTEGER,
            last_status_code INTEGER,
            last_error TEXT,
            redelivery_of TEXT,
            created_at INTEGER NOT NULL,
            version INTEGER NOT NULL
        );
        -- One subscription's deliveries, newest first.
        CREATE INDEX deliveries_webhook_created ON deliveries(webhook_id, created_at, id);
        -- The queues: is another pending delivery of the same subscription and resource ahead?
        CREATE INDEX deliveries_queue ON deliveries(webhook_id, resource_key, event_sequence, id)
            WHERE status = 'pending' AND redelivery_of IS NULL;
        -- The due deliveries, in event order.
        CREATE INDEX deliveries_pending ON deliveries(event_sequence, id) WHERE status = 'pending';
        -- Pruning finished deliveries by age.
        CREATE INDEX deliveries_finished_created ON deliveries(created_at) WHERE status <> 'pending';
        """
}

/// The fourth migration: the number of tickets, kept by triggers, so that the unfiltered
/// total (the inbox) is read from one row instead of counted from an index.
enum SchemaV4 {
    static let tables = """
        CREATE TABLE ticket_total(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            count INTEGER NOT NULL
        );
        INSERT INTO ticket_total(id, count) SELECT 1, count(*) FROM tickets;
        CREATE TRIGGER tickets_total_insert AFTER INSERT ON tickets BEGIN
            UPDATE ticket_total SET count = count + 1 WHERE id = 1;
        END;
        CREATE TRIGGER tickets_total_delete AFTER DELETE ON tickets BEGIN
            UPDATE ticket_total SET count = count - 1 WHERE id = 1;
        END;
        """
}

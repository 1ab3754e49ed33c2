internal import GRDB
internal import Helpdesk

/// The second migration: FTS5 tables over the library's own search words.
///
/// Each holds one column, `words`: the record's ``SearchWords`` joined by spaces, so that
/// the `ascii` tokenizer (which splits on ASCII punctuation and spaces only) finds exactly
/// the library's words. A table's `rowid` is its record's `row`; a trigger drops the words
/// with the record. The migration fills them from the records already there.
enum SchemaV2 {
    static let tables = """
        CREATE VIRTUAL TABLE ticket_search USING fts5(words, tokenize = 'ascii');
        CREATE VIRTUAL TABLE customer_search USING fts5(words, tokenize = 'ascii');
        CREATE VIRTUAL TABLE article_search USING fts5(words, tokenize = 'ascii');
        CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets BEGIN
            DELETE FROM ticket_search WHERE rowid = old.row;
        END;
        CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
            DELETE FROM customer_search WHERE rowid = old.row;
        END;
        CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
            DELETE FROM article_search WHERE rowid = old.row;
        END;
        """

    /// Creates the tables and indexes the words of every record there is.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: tables)
        for table in SearchTable.allCases {
            let rows = try Row.fetchAll(db, sql: "SELECT row, \(table.sourceColumns) FROM \(table.source)")
            for row in rows {
                let fields = try table.sourceColumnNames.map { try row.decode(String?.self, forColumn: $0) ?? "" }
                try table.index(
                    row: try row.decode(Int64.self, forColumn: "row"), fields: fields, replacing: false, in: db)
            }
        }
    }
}

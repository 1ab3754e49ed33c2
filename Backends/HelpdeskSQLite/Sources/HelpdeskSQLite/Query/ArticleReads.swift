internal import GRDB
internal import Helpdesk

/// Reading articles: one by id, or a page of an ``ArticleQuery``.
enum ArticleReads {
    static func article(_ id: ArticleID, _ db: Database) throws -> Stored<Article>? {
        guard let row = try db.row(sql: "SELECT * FROM articles WHERE id = ?", arguments: [id.rawValue])
        else { return nil }
        return Stored(try RecordRows.article(row), version: try row.decode(forColumn: "version"))
    }

    static func page(_ query: ArticleQuery, _ db: Database) throws -> Page<Article> {
        guard let keyset = try keysetQuery(query, db) else { return Page(items: [], total: 0, nextCursor: nil) }
        let items = try keyset.rows(db).map(RecordRows.article)
        return keyset.page(items, total: try keyset.total(db), field: query.sort.field.rawValue) {
            SortKey([.integer(Codes.time($0.createdAt))], id: $0.id.rawValue)
        }
    }

    /// The query in SQL; `nil` when an empty set makes it match nothing.
    static func keysetQuery(_ query: ArticleQuery, _ db: Database) throws -> KeysetQuery? {
        var conditions: [SQLClause] = []
        if let collections = query.collectionIDs {
            guard !collections.isEmpty else { return nil }
            conditions.append(.isIn("a.collection_id", collections.map(\.rawValue).sorted()))
        }
        if let statuses = query.statuses {
            guard !statuses.isEmpty else { return nil }
            conditions.append(.isIn("a.status", statuses.map(\.rawValue).sorted()))
        }
        if let search = query.search {
            conditions.append(try SearchTable.articles.condition(rowColumn: "a.row", matching: search, db))
        }
        return KeysetQuery(
            select: "a.*", from: "articles a", conditions: conditions, sortColumns: ["a.created_at", "a.id"],
            direction: query.sort.direction, cursor: query.cursor, limit: query.limit.value)
    }
}

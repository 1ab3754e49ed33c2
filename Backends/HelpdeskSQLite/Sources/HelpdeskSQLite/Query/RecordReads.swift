internal import GRDB
internal import Helpdesk

/// Reading the plain records: users, tags (with their live `ticket_count`), collections
/// and API keys.
enum RecordReads {
    /// The columns of a tag, its live ticket count among them.
    static let tagSelect = "g.*, (SELECT count(*) FROM ticket_tags WHERE tag = g.row) AS ticket_count"

    static func user(_ filter: SQLClause, _ db: Database) throws -> Stored<User>? {
        guard
            let row = try db.row(sql: "SELECT * FROM users u WHERE \(filter.sql)", arguments: filter.arguments)
        else { return nil }
        return Stored(try RecordRows.user(row), version: try row.decode(forColumn: "version"))
    }

    static func users(ids: Set<UserID>, _ db: Database) throws -> [UserID: User] {
        guard !ids.isEmpty else { return [:] }
        let filter = SQLClause.isIn("id", ids.map(\.rawValue).sorted())
        var found: [UserID: User] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM users WHERE \(filter.sql)", arguments: filter.arguments) {
            let user = try RecordRows.user(row)
            found[user.id] = user
        }
        return found
    }

    static func tag(_ id: TagID, _ db: Database) throws -> Stored<Tag>? {
        guard
            let row = try db.row(sql: "SELECT \(tagSelect) FROM tags g WHERE g.id = ?", arguments: [id.rawValue])
        else { return nil }
        return Stored(try RecordRows.tag(row), version: try row.decode(forColumn: "version"))
    }

    static func tags(named names: Set<String>, _ db: Database) throws -> [String: Tag] {
        guard !names.isEmpty else { return [:] }
        let filter = SQLClause.isIn("g.name", names.sorted())
        var found: [String: Tag] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT \(tagSelect) FROM tags g WHERE \(filter.sql)", arguments: filter.arguments)
        {
            let tag = try RecordRows.tag(row)
            found[tag.name] = tag
        }
        return found
    }

    static func collection(_ id: CollectionID, _ db: Database) throws -> Stored<ArticleCollection>? {
        guard
            let row = try db.row(sql: "SELECT * FROM collections WHERE id = ?", arguments: [id.rawValue])
        else { return nil }
        return Stored(try RecordRows.collection(row), version: try row.decode(forColumn: "version"))
    }

    static func apiKey(digest: String, _ db: Database) throws -> APIKey? {
        try db.row(sql: "SELECT * FROM api_keys WHERE digest = ?", arguments: [digest]).map(
            RecordRows.apiKey)
    }

    /// A page of a plain list, newest first by default: `table` with its alias, read by `decode`.
    static func page<Record>(
        _ query: RecordQuery, select: String, from table: String, alias: String, _ db: Database,
        decode: (Row) throws -> Record, key: (Record) -> SortKey
    ) throws -> Page<Record> {
        let keyset = KeysetQuery(
            select: select, from: table, sortColumns: ["\(alias).created_at", "\(alias).id"],
            direction: query.sort.direction, cursor: query.cursor, limit: query.limit.value)
        let items = try keyset.rows(db).map(decode)
        return keyset.page(items, total: try keyset.total(db), field: query.sort.field.rawValue, key: key)
    }
}

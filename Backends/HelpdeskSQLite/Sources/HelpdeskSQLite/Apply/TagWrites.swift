internal import GRDB
internal import Helpdesk

/// Inserting, updating and deleting tags. Tickets hold their tags by the tag's `row`, so a
/// rename reaches every ticket at once; each ticket it reaches gets a new version.
enum TagWrites {
    static func insert(_ tag: Tag, _ db: Database) throws {
        try Guards.absent("tag", table: "tags", id: tag.id.rawValue, db)
        try uniqueName(tag, db)
        try db.run(
            sql: "INSERT INTO tags(id, name, color, created_at, version) VALUES (?, ?, ?, ?, 1)",
            arguments: [tag.id.rawValue, tag.name, tag.color, Codes.time(tag.createdAt)])
    }

    static func update(_ tag: Tag, expected: Int, _ db: Database) throws {
        let id = tag.id.rawValue
        let version = try Guards.current("tag", table: "tags", id: id, expected: expected, db)
        try uniqueName(tag, db)
        guard let old = try db.row(sql: "SELECT row, name FROM tags WHERE id = ?", arguments: [id]) else {
            throw StorageError.notFound(kind: "tag", id: id)
        }
        try Guards.versioned(
            "UPDATE tags SET name = ?, color = ?, created_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            [tag.name, tag.color, Codes.time(tag.createdAt), id, version], kind: "tag", id: id, db)
        if try old.decode(String.self, forColumn: "name") != tag.name {
            try TicketWrites.touch(taggedWith: try old.decode(forColumn: "row"), db)
        }
    }

    /// Takes the tag off every ticket (each one version up), then deletes it.
    static func delete(_ id: TagID, expected: Int?, _ db: Database) throws {
        let version = try Guards.current("tag", table: "tags", id: id.rawValue, expected: expected, db)
        guard let row = try db.value(Int64.self, sql: "SELECT row FROM tags WHERE id = ?", arguments: [id.rawValue])
        else { throw StorageError.notFound(kind: "tag", id: id.rawValue) }
        try TicketWrites.touch(taggedWith: row, db)
        try db.run(sql: "DELETE FROM ticket_tags WHERE tag = ?", arguments: [row])
        try Guards.versioned(
            "DELETE FROM tags WHERE id = ? AND version = ?", [id.rawValue, version], kind: "tag", id: id.rawValue, db)
    }

    private static func uniqueName(_ tag: Tag, _ db: Database) throws {
        try Guards.unique(
            "tag", table: "tags", column: "name", field: "name", key: tag.name, value: tag.name, id: tag.id.rawValue,
            db)
    }
}

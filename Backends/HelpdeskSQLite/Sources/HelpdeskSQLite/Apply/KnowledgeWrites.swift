internal import GRDB
internal import Helpdesk

/// Inserting, updating and deleting collections and articles.
enum KnowledgeWrites {
    static let articleColumns = "title, body, collection_id, status, published_at, created_at, updated_at"

    static func insertCollection(_ collection: ArticleCollection, _ db: Database) throws {
        try Guards.absent("collection", table: "collections", id: collection.id.rawValue, db)
        var arguments = collectionValues(collection)
        arguments += [collection.id.rawValue]
        try db.run(
            sql: "INSERT INTO collections(name, description, created_at, updated_at, id, version) "
                + "VALUES (?, ?, ?, ?, ?, 1)",
            arguments: arguments)
    }

    static func updateCollection(_ collection: ArticleCollection, expected: Int, _ db: Database) throws {
        let id = collection.id.rawValue
        let version = try Guards.current("collection", table: "collections", id: id, expected: expected, db)
        var arguments = collectionValues(collection)
        arguments += [id, version]
        try Guards.versioned(
            "UPDATE collections SET name = ?, description = ?, created_at = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?",
            arguments, kind: "collection", id: id, db)
    }

    /// Refused while the collection holds articles.
    static func deleteCollection(_ id: CollectionID, expected: Int?, _ db: Database) throws {
        let version = try Guards.current("collection", table: "collections", id: id.rawValue, expected: expected, db)
        let count =
            try db.value(
                Int.self, sql: "SELECT count(*) FROM articles WHERE collection_id = ?", arguments: [id.rawValue]) ?? 0
        guard count == 0 else { throw StorageError.collectionHolds(articles: count) }
        try Guards.versioned(
            "DELETE FROM collections WHERE id = ? AND version = ?", [id.rawValue, version], kind: "collection",
            id: id.rawValue, db)
    }

    static func insertArticle(_ article: Article, _ db: Database) throws {
        try Guards.absent("article", table: "articles", id: article.id.rawValue, db)
        try checkCollection(article, db)
        try Guards.insertVersioned(
            into: "articles", columns: articleColumns, articleValues(article), id: article.id.rawValue, db)
        try indexWords(of: article, row: db.lastInsertedRowID, replacing: false, db)
    }

    static func updateArticle(_ article: Article, expected: Int, _ db: Database) throws {
        let id = article.id.rawValue
        let version = try Guards.current("article", table: "articles", id: id, expected: expected, db)
        try checkCollection(article, db)
        try Guards.updateVersioned(
            "articles", columns: articleColumns, articleValues(article), kind: "article", id: id, version: version, db)
        guard let row = try db.value(Int64.self, sql: "SELECT row FROM articles WHERE id = ?", arguments: [id]) else {
            throw StorageError.notFound(kind: "article", id: id)
        }
        try indexWords(of: article, row: row, replacing: true, db)
    }

    static func deleteArticle(_ id: ArticleID, expected: Int?, _ db: Database) throws {
        let version = try Guards.current("article", table: "articles", id: id.rawValue, expected: expected, db)
        try Guards.versioned(
            "DELETE FROM articles WHERE id = ? AND version = ?", [id.rawValue, version], kind: "article",
            id: id.rawValue, db)
    }

    private static func collectionValues(_ collection: ArticleCollection) -> StatementArguments {
        [
            collection.name, collection.description, Codes.time(collection.createdAt),
            Codes.time(collection.updatedAt),
        ]
    }

    private static func articleValues(_ article: Article) -> StatementArguments {
        [
            article.title, article.body, article.collectionID?.rawValue, article.status.rawValue,
            article.publishedAt.map(Codes.time), Codes.time(article.createdAt), Codes.time(article.updatedAt),
        ]
    }

    private static func checkCollection(_ article: Article, _ db: Database) throws {
        if let collection = article.collectionID {
            try Guards.exists("collections", id: collection.rawValue, field: "collection_id", db)
        }
    }

    private static func indexWords(of article: Article, row: Int64, replacing: Bool, _ db: Database) throws {
        try SearchTable.articles.index(row: row, fields: [article.title, article.body], replacing: replacing, in: db)
    }
}

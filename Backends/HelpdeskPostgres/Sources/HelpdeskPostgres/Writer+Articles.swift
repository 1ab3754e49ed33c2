internal import Helpdesk
internal import PostgresNIO

/// The knowledge base: collections and their articles.
extension Writer {
    func insertCollection(_ collection: ArticleCollection) async throws {
        let p = prefix
        try await insert(
            kind: "collection", collection.id.rawValue,
            """
            INSERT INTO \(unescaped: p)collections (id, name, description, created_at, updated_at, version)
            VALUES (\(collection.id.rawValue), \(collection.name), \(collection.description),
                \(Columns.time(collection.createdAt)), \(Columns.time(collection.updatedAt)), 1)
            """)
    }

    func updateCollection(_ collection: ArticleCollection, expected: Int) async throws {
        try await versioned(.collection, collection.id.rawValue, expected: expected) { query in
            query.set("name", collection.name)
            query.set("description", collection.description)
            query.set("created_at", Columns.time(collection.createdAt))
            query.set("updated_at", Columns.time(collection.updatedAt))
        }
    }

    /// Refused while the collection holds articles; the collection's row is locked first, so an
    /// article inserted into it at the same time waits (its foreign key needs the row).
    func deleteCollection(_ id: CollectionID, expected: Int?) async throws {
        _ = try await lock(.collection, id.rawValue, expected: expected)
        var count = sql("SELECT count(*) AS articles FROM #.articles WHERE collection_id = ")
        count.bind(id.rawValue)
        let articles = try await run(count).first.map { try $0.value("articles", as: Int64.self) } ?? 0
        guard articles == 0 else { throw StorageError.collectionHolds(articles: Int(articles)) }
        try await delete(.collection, id.rawValue, expected: nil)
    }

    func insertArticle(_ article: Article) async throws {
        if try await exists("#.articles", article.id.rawValue) {
            throw StorageError.idTaken(kind: "article", id: article.id.rawValue)
        }
        try await checkCollection(article.collectionID)
        let p = prefix
        let words = try Columns.words([article.title, article.body])
        let longWords = Columns.longWords([article.title, article.body])
        try await run(
            """
            INSERT INTO \(unescaped: p)articles (id, title, body, collection_id, status, published_at, created_at,
                updated_at, version, words, long_words)
            VALUES (\(article.id.rawValue), \(article.title), \(article.body), \(article.collectionID?.rawValue),
                \(article.status.rawValue), \(article.publishedAt.map(Columns.time)), \(Columns.time(article.createdAt)),
                \(Columns.time(article.updatedAt)), 1, array_to_tsvector(\(words)::text[]), \(longWords))
            """)
    }

    func updateArticle(_ article: Article, expected: Int) async throws {
        var current = sql("SELECT version FROM #.articles WHERE id = ")
        current.bind(article.id.rawValue)
        guard let row = try await run(current).first else {
            throw StorageError.notFound(kind: "article", id: article.id.rawValue)
        }
        guard try row.version() == expected else {
            throw StorageError.versionMismatch(kind: "article", id: article.id.rawValue)
        }
        try await checkCollection(article.collectionID)
        try await versioned(.article, article.id.rawValue, expected: expected) { query in
            query.set("title", article.title)
            query.set("body", article.body)
            query.set("collection_id", article.collectionID?.rawValue)
            query.set("status", article.status.rawValue)
            query.set("published_at", article.publishedAt.map(Columns.time))
            query.set("created_at", Columns.time(article.createdAt))
            query.set("updated_at", Columns.time(article.updatedAt))
            query.add(", words = array_to_tsvector(")
            try query.bind(array: try Columns.words([article.title, article.body]))
            query.add("::text[]), long_words = ")
            try query.bind(array: Columns.longWords([article.title, article.body]))
        }
    }

    private func checkCollection(_ id: CollectionID?) async throws {
        if let id, try await !exists("#.collections", id.rawValue) {
            throw StorageError.missingReference(field: "collection_id", id: id.rawValue)
        }
    }
}

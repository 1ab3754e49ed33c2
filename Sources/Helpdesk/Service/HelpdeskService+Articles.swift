extension HelpdeskService {
    /// One article.
    public func article(_ id: ArticleID) async throws(HelpdeskError) -> Article {
        try await reading { try await existingArticle(id).value }
    }

    /// A page of articles.
    public func articles(_ query: ArticleQuery) async throws(HelpdeskError) -> Page<Article> {
        try query.cursor?.validate(for: query.sort, listing: ArticleKind.self)
        return try await reading { try await store.articles(query) }
    }

    /// Creates an article; a published one gets `published_at` now.
    public func createArticle(_ input: ArticleCreate, by author: Author) async throws(HelpdeskError) -> Article {
        let input = try input.validated()
        return try await committing {
            if let collection = input.collectionID { try await requireCollection(collection) }
            let now = clock.now()
            let article = Article(
                id: ids.make(at: now), title: input.title, body: input.body, collectionID: input.collectionID,
                status: input.status, publishedAt: input.status == .published ? now : nil, createdAt: now,
                updatedAt: now)
            return (
                ChangeSet([.insertArticle(article)]),
                [event(.article, article.id.rawValue, .created, by: author, at: now)], article
            )
        }
    }

    /// Changes an article. Publishing a draft sets `published_at`; a draft keeps the time it was last published.
    public func updateArticle(
        _ id: ArticleID, _ update: ArticleUpdate, by author: Author, precondition: Precondition<Article>? = nil
    ) async throws(HelpdeskError) -> Article {
        let update = try update.validated()
        return try await committing {
            let stored = try await existingArticle(id)
            try require(precondition, stored.value)
            let now = clock.now()
            var article = stored.value
            var changed: [String] = []
            if let title = update.title, title != article.title {
                article.title = title
                changed.append("title")
            }
            if let body = update.body, body != article.body {
                article.body = body
                changed.append("body")
            }
            if let collection = update.collection, collection.newValue != article.collectionID {
                if let id = collection.newValue { try await requireCollection(id) }
                article.collectionID = collection.newValue
                changed.append("collection_id")
            }
            if let status = update.status, status != article.status {
                article.status = status
                changed.append("status")
                if status == .published {
                    article.publishedAt = now
                    changed.append("published_at")
                }
            }
            guard !changed.isEmpty else { return (ChangeSet(), [], article) }
            article.updatedAt = now
            return (
                ChangeSet([.updateArticle(article, expectedVersion: stored.version)]),
                [event(.article, id.rawValue, .updated(fields: changed.sorted()), by: author, at: now)], article
            )
        }
    }

    /// Deletes an article.
    public func deleteArticle(
        _ id: ArticleID, by author: Author, precondition: Precondition<Article>? = nil
    ) async throws(HelpdeskError) {
        try await committing {
            let stored = try await existingArticle(id)
            try require(precondition, stored.value)
            return (
                ChangeSet([.deleteArticle(id, expectedVersion: stored.version)]),
                [event(.article, id.rawValue, .deleted, by: author, at: clock.now())], ()
            )
        }
    }

    private func existingArticle(_ id: ArticleID) async throws -> Stored<Article> {
        guard let stored = try await store.article(id) else { throw HelpdeskError.notFound(ArticleKind.self) }
        return stored
    }

    private func requireCollection(_ id: CollectionID) async throws {
        guard try await store.collection(id) != nil else {
            throw HelpdeskError.invalid(field: "collection_id", "does not exist")
        }
    }
}

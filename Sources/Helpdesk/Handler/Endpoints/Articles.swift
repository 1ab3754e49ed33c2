extension HelpdeskHandler {
    func listArticles(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        var query = try ArticleQuery(queryItems: call.queryItems())
        if call.principal.customerID != nil { query = query.filter(status: [.published]) }
        return try list(try await service.articles(query), limit: query.limit)
    }

    func getArticle(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let article = try await service.article(call.pathID())
        if call.principal.customerID != nil, article.status != .published {
            throw HelpdeskError.notFound(ArticleKind.self)
        }
        return try single(article)
    }

    func createArticle(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let article = try await service.createArticle(ArticleCreate(json: body(of: call)), by: call.author)
        return try created(article, id: article.id, in: call)
    }

    func updateArticle(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let update = try ArticleUpdate(json: body(of: call))
        return try single(
            try await service.updateArticle(
                call.pathID(), update, by: call.author, precondition: preconditions(call, Article.self)))
    }

    func deleteArticle(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        try await service.deleteArticle(call.pathID(), by: call.author, precondition: preconditions(call, Article.self))
        return noContent
    }
}

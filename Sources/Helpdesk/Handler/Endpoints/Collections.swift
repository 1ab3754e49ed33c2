extension HelpdeskHandler {
    func listCollections(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        let query = try RecordQuery(queryItems: call.queryItems())
        return try list(try await service.collections(query), limit: query.limit)
    }

    func getCollection(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        return try single(try await service.collection(call.pathID()))
    }

    func createCollection(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let collection = try await service.createCollection(CollectionCreate(json: body(of: call)), by: call.author)
        return try created(collection, id: collection.id, in: call)
    }

    func updateCollection(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let update = try CollectionUpdate(json: body(of: call))
        return try single(
            try await service.updateCollection(
                call.pathID(), update, by: call.author, precondition: preconditions(call, ArticleCollection.self)))
    }

    func deleteCollection(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        try await service.deleteCollection(
            call.pathID(), by: call.author, precondition: preconditions(call, ArticleCollection.self))
        return noContent
    }
}

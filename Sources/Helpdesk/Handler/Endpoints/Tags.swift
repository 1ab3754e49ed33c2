extension HelpdeskHandler {
    func listTags(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        let query = try RecordQuery(queryItems: call.queryItems())
        return try list(try await service.tags(query), limit: query.limit)
    }

    func getTag(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        return try single(try await service.tag(call.pathID()))
    }

    func createTag(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let tag = try await service.createTag(TagCreate(json: body(of: call)), by: call.author)
        return try created(tag, id: tag.id, in: call)
    }

    func updateTag(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let update = try TagUpdate(json: body(of: call))
        return try single(
            try await service.updateTag(
                call.pathID(), update, by: call.author, precondition: preconditions(call, Tag.self)))
    }

    func deleteTag(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        try await service.deleteTag(call.pathID(), by: call.author, precondition: preconditions(call, Tag.self))
        return noContent
    }
}

extension HelpdeskHandler {
    func listUsers(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        let query = try RecordQuery(queryItems: call.queryItems())
        return try list(try await service.users(query), limit: query.limit)
    }

    func getUser(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        return try single(try await service.user(call.pathID()))
    }

    func createUser(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let user = try await service.createUser(UserCreate(json: body(of: call)), by: call.author)
        return try created(user, id: user.id, in: call)
    }

    func updateUser(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let update = try UserUpdate(json: body(of: call))
        return try single(
            try await service.updateUser(
                call.pathID(), update, by: call.author, precondition: preconditions(call, User.self))
        )
    }
}

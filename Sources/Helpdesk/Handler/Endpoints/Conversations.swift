extension HelpdeskHandler {
    func listConversations(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        var query = try ConversationQuery(queryItems: call.queryItems())
        if !call.principal.seesInternalEntries { query = query.filter(internal: false) }
        if let customer = call.principal.customerID { query = query.filter(ticketCustomer: [customer]) }
        return try list(try await service.conversations(query), limit: query.limit)
    }

    func getConversation(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let entry = try await service.conversation(call.pathID())
        if entry.isInternal, !call.principal.seesInternalEntries { throw HelpdeskError.notFound(ConversationKind.self) }
        if call.principal.customerID != nil {
            do {
                _ = try await visibleTicket(entry.ticketID, to: call.principal)
            } catch {
                throw HelpdeskError.notFound(ConversationKind.self)
            }
        }
        return try single(entry)
    }

    func createConversation(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let input = try ConversationCreate(json: body(of: call))
        if call.principal.customerID != nil {
            guard input.type == .reply, input.isInternal != true else {
                throw HelpdeskError(.forbidden, "A customer key may add public replies only")
            }
            do {
                _ = try await visibleTicket(input.ticketID, to: call.principal)
            } catch {
                throw HelpdeskError.invalid(field: "ticket_id", "does not exist")
            }
        }
        let entry = try await service.createConversation(input, by: call.author)
        return try created(entry, id: entry.id, in: call)
    }
}

extension HelpdeskHandler {
    func listTickets(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        var query = try TicketQuery(queryItems: call.queryItems())
        if let customer = call.principal.customerID { query = query.filter(customer: [customer]) }
        return try list(try await service.tickets(query).map(TicketListItem.init), limit: query.limit)
    }

    func getTicket(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        return try single(try await visibleTicket(call.pathID(), to: call.principal))
    }

    func createTicket(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let json = try body(of: call)
        var input = try TicketCreate(json: json)
        if let customer = call.principal.customerID {
            try CustomerLimits.checkTicketCreate(json, input, by: customer)
            input.customer = .id(customer)
        }
        let ticket = try await service.createTicket(input, by: call.author)
        return try created(ticket, id: ticket.id, in: call)
    }

    func updateTicket(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let update = try TicketUpdate(json: body(of: call))
        let ticket = try await service.updateTicket(
            call.pathID(), update, by: call.author, precondition: ifMatch(call, Ticket.self))
        return try single(ticket)
    }

    func deleteTicket(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        try await service.deleteTicket(call.pathID(), by: call.author, precondition: ifMatch(call, Ticket.self))
        return noContent
    }

    /// The ticket, if the principal may see it; a customer asking for another's gets `NOT_FOUND`.
    func visibleTicket(_ id: TicketID, to principal: Principal) async throws(HelpdeskError) -> Ticket {
        let ticket = try await service.ticket(id)
        if let customer = principal.customerID, ticket.customer.id != customer {
            throw HelpdeskError.notFound(TicketKind.self)
        }
        return ticket
    }
}

/// What a customer key may put in its own writes.
enum CustomerLimits {
    /// The fields a customer may send when it opens a ticket.
    static let ticketFields: Set<String> = ["subject", "description", "summary", "priority", "customer_email", "customer_id"]

    /// Refuses fields only agents set (status, assignee, tags, custom fields) and any other customer.
    static func checkTicketCreate(_ json: JSONValue, _ input: TicketCreate, by customer: CustomerID) throws(HelpdeskError) {
        let refused = (json.objectValue?.keys.filter { !ticketFields.contains($0) } ?? []).sorted()
        guard refused.isEmpty else {
            throw HelpdeskError(
                .forbidden, "A customer key may not set \(refused.joined(separator: ", "))",
                fields: Dictionary(uniqueKeysWithValues: refused.map { ($0, "may be set by agents only") }))
        }
        if case .id(let id) = input.customer, id != customer {
            throw HelpdeskError(.forbidden, "A customer key opens tickets for its own customer only")
        }
    }
}

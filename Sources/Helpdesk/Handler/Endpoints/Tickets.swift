extension HelpdeskHandler {
    func listTickets(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        var query = try TicketQuery(queryItems: call.queryItems())
        if let customer = call.principal.customerID { query = query.filter(customer: [customer]) }
        return wireJSONList(try await service.tickets(query).map(TicketListItem.init), limit: query.limit)
    }

    func getTicket(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        return try single(try await visibleTicket(call.pathID(), to: call.principal))
    }

    func createTicket(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        var json = try body(of: call)
        if let customer = call.principal.customerID { json = CustomerLimits.namingOwnCustomer(json, customer) }
        var input = try TicketCreate(json: json)
        if case .customer(let customer) = call.principal {
            try CustomerLimits.checkTicketCreate(json, input, by: customer)
            input.customer = .id(customer.id)
        }
        let ticket = try await service.createTicket(input, by: call.author)
        return try created(ticket, id: ticket.id, in: call)
    }

    func updateTicket(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let update = try TicketUpdate(json: body(of: call))
        let ticket = try await service.updateTicket(
            call.pathID(), update, by: call.author, precondition: preconditions(call, Ticket.self))
        return try single(ticket)
    }

    func deleteTicket(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        try await service.deleteTicket(call.pathID(), by: call.author, precondition: preconditions(call, Ticket.self))
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
    static let ticketFields: Set<String> = [
        "subject", "description", "summary", "priority", "customer_email", "customer_id",
    ]

    /// The body with `customer_id` set to the key's customer when it names none.
    static func namingOwnCustomer(_ json: JSONValue, _ customer: CustomerID) -> JSONValue {
        guard case .object(var members) = json, members["customer_email"] == nil, members["customer_id"] == nil else {
            return json
        }
        members["customer_id"] = .string(customer.rawValue)
        return .object(members)
    }

    /// Refuses fields only agents set (status, assignee, tags, custom fields) and any other customer.
    static func checkTicketCreate(_ json: JSONValue, _ input: TicketCreate, by customer: Customer) throws(HelpdeskError)
    {
        let refused = (json.objectValue?.keys.filter { !ticketFields.contains($0) } ?? []).sorted()
        guard refused.isEmpty else {
            throw HelpdeskError(
                .forbidden, "A customer key may not set \(refused.joined(separator: ", "))",
                fields: Dictionary(uniqueKeysWithValues: refused.map { ($0, "may be set by agents only") }))
        }
        let isOwn =
            switch input.customer {
            case .id(let id): id == customer.id
            case .email(let email): email.lowercased() == customer.email.lowercased()
            }
        guard isOwn else { throw HelpdeskError(.forbidden, "A customer key opens tickets for its own customer only") }
    }
}

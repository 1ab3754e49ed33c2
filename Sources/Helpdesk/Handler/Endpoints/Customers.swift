extension HelpdeskHandler {
    /// The query parameters `DELETE /customers/{id}` accepts (the OpenAPI document lists them too).
    static let deleteCustomerParameterNames = ["force"]

    func listCustomers(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        var query = try CustomerQuery(queryItems: call.queryItems())
        if case .customer(let customer) = call.principal { query = query.filter(email: [customer.email]) }
        return try list(try await service.customers(query), limit: query.limit)
    }

    func getCustomer(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let id: CustomerID = try call.pathID()
        if let own = call.principal.customerID, own != id { throw HelpdeskError.notFound(CustomerKind.self) }
        return try single(try await service.customer(id))
    }

    func createCustomer(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let customer = try await service.createCustomer(CustomerCreate(json: body(of: call)), by: call.author)
        return try created(customer, id: customer.id, in: call)
    }

    func updateCustomer(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let update = try CustomerUpdate(json: body(of: call))
        return try single(
            try await service.updateCustomer(
                call.pathID(), update, by: call.author, precondition: preconditions(call, Customer.self)))
    }

    func deleteCustomer(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        var reader = QueryReader(try call.queryItems(), accepting: Self.deleteCustomerParameterNames)
        let force = reader.bool("force") ?? false
        try reader.finish()
        try await service.deleteCustomer(
            call.pathID(), force: force, by: call.author, precondition: preconditions(call, Customer.self))
        return noContent
    }

    func createAPIKey(_ call: Call, for owner: APIKeyOwner) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let input = try APIKeyCreate(json: body(of: call, optional: true))
        let issued = try await service.createAPIKey(for: owner, input, by: call.author)
        return try single(issued, status: 201)
    }
}

extension HelpdeskService {
    /// One customer with its live `ticket_count`.
    public func customer(_ id: CustomerID) async throws(HelpdeskError) -> Customer {
        try await reading { try await existingCustomer(id).value }
    }

    /// A page of customers.
    public func customers(_ query: CustomerQuery) async throws(HelpdeskError) -> Page<Customer> {
        try query.cursor?.validate(for: query.sort, listing: CustomerKind.self)
        return try await reading { try await store.customers(query) }
    }

    /// Creates a customer; the email must not be taken (compared case-insensitively).
    public func createCustomer(_ input: CustomerCreate, by author: Author) async throws(HelpdeskError) -> Customer {
        let input = try input.validated()
        return try await committing {
            if try await store.customer(email: input.email) != nil {
                throw HelpdeskError.taken(field: "email", "A customer with this email already exists")
            }
            let now = clock.now()
            let customer = Customer(
                id: ids.make(at: now), email: input.email, name: input.name, phone: input.phone, company: input.company,
                customFields: input.customFields, createdAt: now, updatedAt: now)
            return (
                ChangeSet([.insertCustomer(customer)]),
                [event(.customer, customer.id.rawValue, .created, by: author, at: now)], customer
            )
        }
    }

    /// Changes a customer.
    public func updateCustomer(
        _ id: CustomerID, _ update: CustomerUpdate, by author: Author, precondition: Precondition<Customer>? = nil
    ) async throws(HelpdeskError) -> Customer {
        let update = try update.validated()
        return try await committing {
            let stored = try await existingCustomer(id)
            try require(precondition, stored.value)
            var customer = stored.value
            if let email = update.email {
                if email.lowercased() != customer.email.lowercased(), try await store.customer(email: email) != nil {
                    throw HelpdeskError.taken(field: "email", "A customer with this email already exists")
                }
                customer.email = email
            }
            if let name = update.name { customer.name = name.newValue }
            if let phone = update.phone { customer.phone = phone.newValue }
            if let company = update.company { customer.company = company.newValue }
            if let customFields = update.customFields { customer.customFields = customFields }
            let changed = Self.changedFields(from: stored.value, to: customer)
            guard !changed.isEmpty else { return (ChangeSet(), [], stored.value) }
            let now = clock.now()
            customer.updatedAt = now
            return (
                ChangeSet([.updateCustomer(customer, expectedVersion: stored.version)]),
                [event(.customer, id.rawValue, .updated(fields: changed), by: author, at: now)], customer
            )
        }
    }

    /// Deletes a customer. One who still has tickets is a `CONFLICT` unless `force` is true,
    /// which deletes their tickets (and their conversations) too.
    public func deleteCustomer(
        _ id: CustomerID, force: Bool = false, by author: Author, precondition: Precondition<Customer>? = nil
    ) async throws(HelpdeskError) {
        try await committing {
            let stored = try await existingCustomer(id)
            try require(precondition, stored.value)
            guard stored.value.ticketCount == 0 || force else {
                throw HelpdeskError(
                    .conflict,
                    "The customer has \(stored.value.ticketCount) tickets; delete them first or use force=true")
            }
            let now = clock.now()
            var events: [HelpdeskEvent] = []
            if stored.value.ticketCount > 0 {
                for ticketID in try await allTicketIDs(of: id) {
                    events.append(event(.ticket, ticketID.rawValue, .deleted, by: author, at: now))
                }
            }
            events.append(event(.customer, id.rawValue, .deleted, by: author, at: now))
            return (ChangeSet([.deleteCustomer(id, expectedVersion: stored.version, cascade: force)]), events, ())
        }
    }

    private func existingCustomer(_ id: CustomerID) async throws -> Stored<Customer> {
        guard let stored = try await store.customer(id) else { throw HelpdeskError.notFound(CustomerKind.self) }
        return stored
    }

    private func allTicketIDs(of customer: CustomerID) async throws -> [TicketID] {
        let query = TicketQuery().filter(customer: [customer]).limit(.largest)
        return try await allRows { try await store.tickets(query.after($0)) }.map(\.id)
    }

    private static func changedFields(from old: Customer, to new: Customer) -> [String] {
        var fields: [String] = []
        if old.email != new.email { fields.append("email") }
        if old.name != new.name { fields.append("name") }
        if old.phone != new.phone { fields.append("phone") }
        if old.company != new.company { fields.append("company") }
        if old.customFields != new.customFields { fields.append("custom_fields") }
        return fields.sorted()
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension HelpdeskService {
    /// One ticket, with its customer and assignee.
    public func ticket(_ id: TicketID) async throws(HelpdeskError) -> Ticket {
        try await reading {
            guard let stored = try await store.ticket(id) else { throw HelpdeskError.notFound(TicketKind.self) }
            return try await present([stored.value])[0]
        }
    }

    /// A page of tickets.
    public func tickets(_ query: TicketQuery) async throws(HelpdeskError) -> Page<Ticket> {
        try query.cursor?.validate(for: query.sort, listing: TicketKind.self)
        return try await reading {
            let page = try await store.tickets(query)
            return Page(items: try await present(page.items), total: page.total, nextCursor: page.nextCursor)
        }
    }

    /// Creates a ticket; an unknown customer email creates the customer, and unknown tag names create the tags.
    public func createTicket(_ input: TicketCreate, by author: Author) async throws(HelpdeskError) -> Ticket {
        let input = try input.validated()
        return try await committing {
            let now = clock.now()
            var changes = ChangeSet()
            var events: [HelpdeskEvent] = []
            // Both references checked before either is refused, so that `details` names each.
            var refused: [String: String] = [:]
            if case .id(let id) = input.customer, try await store.customer(id) == nil {
                refused["customer_id"] = "does not exist"
            }
            if let assignee = input.assigneeID, let reason = try await assignability(of: assignee) {
                refused["assignee_id"] = reason
            }
            guard refused.isEmpty else { throw HelpdeskError.invalid(refused) }
            let customerID = try await resolveCustomer(input.customer, now: now, by: author, &changes, &events)
            try await createMissingTags(input.tags, now: now, by: author, &changes, &events)
            let record = TicketRecord(
                id: ids.make(at: now), subject: input.subject, description: input.description, summary: input.summary,
                status: input.status, priority: input.priority, customerID: customerID, assigneeID: input.assigneeID,
                tags: input.tags, customFields: input.customFields, createdAt: now, updatedAt: now)
            changes.append(.insertTicket(record))
            events.append(event(.ticket, record.id.rawValue, .created, by: author, at: now))
            return (changes, events, record)
        }.presented(by: self)
    }

    /// Changes a ticket. A change of status, priority or assignee appends a `system` entry that says
    /// what changed and who changed it. A closed ticket cannot be changed.
    public func updateTicket(
        _ id: TicketID, _ update: TicketUpdate, by author: Author, precondition: Precondition<Ticket>? = nil
    ) async throws(HelpdeskError) -> Ticket {
        let update = try update.validated()
        return try await committing {
            guard let stored = try await store.ticket(id) else { throw HelpdeskError.notFound(TicketKind.self) }
            if precondition != nil { try require(precondition, try await present([stored.value])[0]) }
            try TicketRules.requireOpenForChanges(stored.value)
            let now = clock.now()
            var changes = ChangeSet()
            var events: [HelpdeskEvent] = []
            var record = stored.value
            update.apply(to: &record)
            if case .set(let assignee)? = update.assignee, assignee != stored.value.assigneeID {
                try await requireAssignable(assignee)
            }
            let changed = TicketRules.changedFields(from: stored.value, to: record)
            guard !changed.isEmpty else { return (changes, events, stored.value) }
            try await createMissingTags(record.tags, now: now, by: author, &changes, &events)
            record.updatedAt = now
            changes.append(.updateTicket(record, expectedVersion: stored.version))
            for line in try await systemLines(from: stored.value, to: record, by: author) {
                let entry = systemEntry(line, on: id, at: now)
                changes.append(.insertConversation(entry))
                events.append(event(.conversation, entry.id.rawValue, .created, by: author, at: now))
            }
            events.append(event(.ticket, id.rawValue, .updated(fields: changed), by: author, at: now))
            return (changes, events, record)
        }.presented(by: self)
    }

    /// Deletes a ticket and its conversation.
    public func deleteTicket(
        _ id: TicketID, by author: Author, precondition: Precondition<Ticket>? = nil
    ) async throws(HelpdeskError) {
        try await committing {
            guard let stored = try await store.ticket(id) else { throw HelpdeskError.notFound(TicketKind.self) }
            if precondition != nil { try require(precondition, try await present([stored.value])[0]) }
            let now = clock.now()
            return (
                ChangeSet([.deleteTicket(id, expectedVersion: stored.version)]),
                [event(.ticket, id.rawValue, .deleted, by: author, at: now)], ()
            )
        }
    }

    /// Tickets joined with their customers and assignees, in the same order; `pendingCustomers`
    /// are those a change set is about to write, which the store does not hold yet.
    func present(
        _ records: [TicketRecord], pendingCustomers: [CustomerID: Customer] = [:]
    ) async throws -> [Ticket] {
        guard !records.isEmpty else { return [] }
        let customerIDs = Set(records.map(\.customerID)).subtracting(pendingCustomers.keys)
        var customers = try await store.customers(ids: customerIDs)
        if !pendingCustomers.isEmpty { customers.merge(pendingCustomers) { $1 } }
        let users = try await store.users(ids: Set(records.compactMap(\.assigneeID)))
        return try records.map { record in
            guard let customer = customers[record.customerID] else { throw HelpdeskError.internalError }
            return Ticket(
                id: record.id, subject: record.subject, description: record.description, summary: record.summary,
                status: record.status, priority: record.priority,
                customer: Ticket.Customer(id: customer.id, email: customer.email, name: customer.name),
                assignee: record.assigneeID.flatMap { users[$0] }.map {
                    Ticket.Assignee(id: $0.id, name: $0.name, email: $0.email)
                },
                tags: record.tags, customFields: record.customFields, createdAt: record.createdAt,
                updatedAt: record.updatedAt)
        }
    }

    /// The customer a new ticket names: the one of its id (known to exist), or the one of its
    /// email, which is created if it is new.
    private func resolveCustomer(
        _ reference: CustomerReference, now: Date, by author: Author, _ changes: inout ChangeSet,
        _ events: inout [HelpdeskEvent]
    ) async throws -> CustomerID {
        switch reference {
        case .id(let id):
            return id
        case .email(let email):
            if let existing = try await store.customer(email: email) { return existing.value.id }
            let customer = Customer(id: ids.make(at: now), email: email, createdAt: now, updatedAt: now)
            changes.append(.insertCustomer(customer))
            events.append(event(.customer, customer.id.rawValue, .created, by: author, at: now))
            return customer.id
        }
    }

    /// Throws `BAD_REQUEST` naming `assignee_id` unless the user exists, is active and works tickets.
    private func requireAssignable(_ id: UserID) async throws {
        if let reason = try await assignability(of: id) { throw HelpdeskError.invalid(field: "assignee_id", reason) }
    }

    /// Why the user cannot be assigned (missing, inactive, or a viewer, who only reads); `nil` when
    /// they can.
    private func assignability(of id: UserID) async throws -> String? {
        guard let user = try await store.user(id) else { return "does not exist" }
        guard user.value.isActive else { return "is not an active user" }
        return user.value.role == .viewer ? "is a viewer, who cannot be assigned tickets" : nil
    }

    /// Adds an insert for every tag name that does not exist yet.
    func createMissingTags(
        _ names: [String], now: Date, by author: Author, _ changes: inout ChangeSet, _ events: inout [HelpdeskEvent]
    ) async throws {
        guard !names.isEmpty else { return }
        let existing = try await store.tags(named: Set(names))
        for name in names where existing[name] == nil {
            let tag = Tag(id: ids.make(at: now), name: name, createdAt: now)
            changes.append(.insertTag(tag))
            events.append(event(.tag, tag.id.rawValue, .created, by: author, at: now))
        }
    }
}

extension TicketRecord {
    /// The ticket as the API shows it.
    func presented(by service: HelpdeskService) async throws(HelpdeskError) -> Ticket {
        try await service.reading { try await service.present([self])[0] }
    }
}

extension TicketUpdate {
    /// Writes the update's fields into `record`.
    func apply(to record: inout TicketRecord) {
        if let subject { record.subject = subject }
        if let description { record.description = description }
        if let summary { record.summary = summary.newValue }
        if let status { record.status = status }
        if let priority { record.priority = priority }
        if let assignee { record.assigneeID = assignee.newValue }
        if let tags { record.tags = tags }
        if let customFields { record.customFields = customFields }
    }
}

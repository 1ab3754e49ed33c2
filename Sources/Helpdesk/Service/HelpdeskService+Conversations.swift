extension HelpdeskService {
    /// One conversation entry.
    public func conversation(_ id: ConversationID) async throws(HelpdeskError) -> Conversation {
        try await reading {
            guard let entry = try await store.conversation(id) else {
                throw HelpdeskError.notFound(ConversationKind.self)
            }
            return entry
        }
    }

    /// A page of conversation entries.
    public func conversations(_ query: ConversationQuery) async throws(HelpdeskError) -> Page<Conversation> {
        try query.cursor?.validate(for: query.sort, listing: ConversationKind.self)
        return try await reading { try await store.conversations(query) }
    }

    /// Adds a reply or a note to a ticket and touches the ticket's `updated_at`. A customer's reply to
    /// a `pending` or `solved` ticket reopens it. A closed ticket takes no more entries.
    public func createConversation(
        _ input: ConversationCreate, by author: Author
    ) async throws(HelpdeskError) -> Conversation {
        let input = try input.validated()
        return try await committing {
            guard let stored = try await store.ticket(input.ticketID) else {
                throw HelpdeskError.invalid(field: "ticket_id", "does not exist")
            }
            try TicketRules.requireOpenForChanges(stored.value)
            let now = clock.now()
            let entry = Conversation(
                id: ids.make(at: now), ticketID: input.ticketID, type: input.type, isInternal: input.resolvedInternal,
                author: author, content: input.content, contentText: PlainText.from(input.content), createdAt: now)
            var ticket = stored.value
            ticket.updatedAt = now
            var changedFields = ["updated_at"]
            var changes = ChangeSet([.insertConversation(entry)])
            var events = [event(.conversation, entry.id.rawValue, .created, by: author, at: now)]
            if case .customer = author, input.type == .reply, [.pending, .solved].contains(ticket.status) {
                ticket.status = .open
                changedFields.append("status")
                for line in try await systemLines(from: stored.value, to: ticket, by: author) {
                    let system = systemEntry(line, on: ticket.id, at: now)
                    changes.append(.insertConversation(system))
                    events.append(event(.conversation, system.id.rawValue, .created, by: author, at: now))
                }
            }
            changes.append(.updateTicket(ticket, expectedVersion: stored.version))
            events.append(
                event(.ticket, ticket.id.rawValue, .updated(fields: changedFields.sorted()), by: author, at: now))
            return (changes, events, entry)
        }
    }
}

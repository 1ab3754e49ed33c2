/// What a ticket's references must name: its customer, its assignee and its tags.
///
/// A value of the dictionaries it reads, so that a bulk insert can check references on
/// another thread while the state's own thread checks ids.
struct TicketReferences: Sendable {
    let customers: [CustomerID: Stored<Customer>]
    let users: [UserID: Stored<User>]
    let tagByName: [String: TagID]

    /// Throws `missingReference` for the first of `ticket`'s references that names nothing.
    func check(_ ticket: TicketRecord) throws(StorageError) {
        // `index(forKey:)`, not a subscript: a lookup that only asks whether there is a record
        // should not copy it.
        guard customers.index(forKey: ticket.customerID) != nil else {
            throw .missingReference(field: "customer_id", id: ticket.customerID.rawValue)
        }
        if let assignee = ticket.assigneeID, users.index(forKey: assignee) == nil {
            throw .missingReference(field: "assignee_id", id: assignee.rawValue)
        }
        for name in ticket.tags where tagByName.index(forKey: name) == nil {
            throw .missingReference(field: "tags", id: name)
        }
    }

    /// The first of `tickets` whose references name nothing, by offset, with its error.
    func firstFailure(in tickets: [TicketRecord]) -> (offset: Int, error: StorageError)? {
        for (offset, ticket) in tickets.enumerated() {
            do throws(StorageError) {
                try check(ticket)
            } catch {
                return (offset, error)
            }
        }
        return nil
    }
}

extension MemoryState {
    /// The records tickets may refer to, as they are now.
    var ticketReferences: TicketReferences {
        TicketReferences(customers: customers, users: users, tagByName: tagByName)
    }
}

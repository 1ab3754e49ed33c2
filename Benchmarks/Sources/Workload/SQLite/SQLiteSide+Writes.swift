internal import Helpdesk

extension SQLiteSide {
    /// W1: the ticket, its tag rows and (by trigger) its FTS row, in one transaction.
    public func create(_ ticket: WorkloadTicket) async throws {
        try withConnection { connection in
            try connection.database.transaction {
                try SQLiteConnection.insert(
                    ticket, ticket: connection.statements.insertTicket, tag: connection.statements.insertTag)
            }
        }
    }

    /// W2: status, assignee and updated_at, one statement in its own (autocommit) transaction.
    ///
    /// Neither the tag rows (which repeat only `created_at` and `id`) nor the FTS row depend on these columns.
    public func update(_ change: TicketChange) async throws {
        try withConnection { connection in
            let update = connection.statements.updateTicket
            let id = WorkloadNames.ticket(change.index)
            try update.bind(SQLiteCodes.status(change.status), at: 1)
            try update.bind(change.assignee.map(Int64.init), at: 2)
            try update.bind(change.updatedAt, at: 3)
            try update.bind(id, at: 4)
            try update.run()
            guard connection.database.changes == 1 else { throw SQLiteError("no ticket \(id)") }
        }
    }

    /// W3: the ticket, its tag rows and (by trigger) its FTS row, in one transaction.
    public func delete(index: Int) async throws {
        try withConnection { connection in
            let statements = connection.statements
            let id = WorkloadNames.ticket(index)
            try connection.database.transaction {
                try statements.findRow.bind(id, at: 1)
                let row = try statements.findRow.scalar()
                try statements.deleteTags.bind(row, at: 1)
                try statements.deleteTags.run()
                try statements.deleteTicket.bind(row, at: 1)
                try statements.deleteTicket.run()
            }
        }
    }
}

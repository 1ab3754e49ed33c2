internal import Helpdesk

extension SQLiteSide {
    /// The page of 25 and the exact total, from the question's prepared statements.
    public func answer(_ question: Question) async throws -> Answer {
        try withConnection { try $0.answer(question) }
    }
}

extension SQLiteConnection {
    /// Binds the question's parameters to its page and count statements and runs both.
    func answer(_ question: Question) throws -> Answer {
        let open = SQLiteCodes.status(.open)
        switch question {
        case .inbox:
            return try page(statements.inboxPage, count: statements.inboxCount) { _ in }
        case .open:
            return try page(statements.statusPage, count: statements.statusCount) { try $0.bind(open, at: 1) }
        case .openHighFor(let agent):
            return try page(statements.assignedPage, count: statements.assignedCount) {
                try $0.bind(open, at: 1)
                try $0.bind(SQLiteCodes.priority(.high), at: 2)
                try $0.bind(Int64(agent), at: 3)
            }
        case .triage:
            return try page(statements.unassignedPage, count: statements.unassignedCount) { try $0.bind(open, at: 1) }
        case .customer(let customer):
            return try page(statements.customerPage, count: statements.customerCount) {
                try $0.bind(Int64(customer), at: 1)
            }
        case .tags(let first, let second):
            // Walk the rarer tag (the higher number, the vocabulary being Zipf-like) and probe the other.
            return try page(statements.tagsPage, count: statements.tagsCount) {
                try $0.bind(Int64(max(first, second)), at: 1)
                try $0.bind(Int64(min(first, second)), at: 2)
            }
        case .search(let word):
            // A prefix query, as the library matches the last search word.
            let query = "\"" + WorkloadNames.word(word) + "\"*"
            return try page(statements.searchPage, count: statements.searchCount) { try $0.bind(query, at: 1) }
        case .openByPriority:
            return try page(statements.priorityPage, count: statements.statusCount) { try $0.bind(open, at: 1) }
        case .pendingPage(let position):
            let pending = SQLiteCodes.status(.pending)
            try statements.statusCount.bind(pending, at: 1)
            let total = try statements.statusCount.scalar()
            try statements.cursorPage.bind(pending, at: 1)
            try statements.cursorPage.bind(position.createdAt, at: 2)
            try statements.cursorPage.bind(position.id, at: 3)
            let rows = try self.rows(statements.cursorPage)
            var answer = Answer(ids: rows.ids, total: Int(total))
            if rows.ids.count == Question.limit, let id = rows.ids.last {
                answer.next = Question.Position(createdAt: rows.lastCreatedAt, id: id)
            }
            return answer
        }
    }

    /// Binds `parameters` to both statements, then reads the page and the total.
    private func page(
        _ page: Statement, count: Statement, parameters: (Statement) throws -> Void
    ) throws -> Answer {
        try parameters(count)
        let total = try count.scalar()
        try parameters(page)
        return Answer(ids: try rows(page).ids, total: Int(total))
    }

    /// Steps `page` (columns `id, created_at`) to the end, then resets it.
    private func rows(_ page: Statement) throws -> (ids: [String], lastCreatedAt: Int64) {
        defer { page.reset() }
        var ids: [String] = []
        ids.reserveCapacity(Question.limit)
        var lastCreatedAt: Int64 = 0
        while try page.step() {
            ids.append(page.text(at: 0))
            lastCreatedAt = page.int64(at: 1)
        }
        return (ids, lastCreatedAt)
    }
}

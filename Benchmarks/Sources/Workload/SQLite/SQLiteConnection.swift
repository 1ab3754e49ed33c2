internal import Helpdesk

/// The open database and its prepared statements: what the side's lock guards.
final class SQLiteConnection {
    let database: SQLiteDatabase
    let statements: SQLiteStatements

    private init(database: SQLiteDatabase, statements: SQLiteStatements) {
        self.database = database
        self.statements = statements
    }

    /// Opens `path` (`":memory:"` or a file, put in WAL mode) and loads the workload into it: rows first,
    /// in one transaction, then indexes, the FTS index and `ANALYZE`; then prepares every statement.
    static func load(path: String, tickets: [WorkloadTicket], customerCount: Int) throws -> SQLiteConnection {
        let database = try SQLiteDatabase(path: path)
        if path != ":memory:" {
            try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        }
        try SQLiteSchema.create(on: database)
        try database.transaction {
            try insertPeople(customerCount: customerCount, into: database)
            let insertTicket = try database.prepare(SQLiteStatements.insertTicketSQL)
            let insertTag = try database.prepare(SQLiteStatements.insertTagSQL)
            for ticket in tickets {
                try insert(ticket, ticket: insertTicket, tag: insertTag)
            }
        }
        try SQLiteSchema.finish(on: database)
        return SQLiteConnection(database: database, statements: try SQLiteStatements(database: database))
    }

    /// Inserts one ticket and its tag rows (its FTS row follows by trigger once the triggers exist).
    static func insert(_ ticket: WorkloadTicket, ticket insertTicket: Statement, tag insertTag: Statement) throws {
        let row = Int64(ticket.index + 1)
        let id = ticket.id
        try insertTicket.bind(row, at: 1)
        try insertTicket.bind(id, at: 2)
        try insertTicket.bind(ticket.subject, at: 3)
        try insertTicket.bind(ticket.description, at: 4)
        try insertTicket.bind(SQLiteCodes.status(ticket.status), at: 5)
        try insertTicket.bind(SQLiteCodes.priority(ticket.priority), at: 6)
        try insertTicket.bind(ticket.assignee.map(Int64.init), at: 7)
        try insertTicket.bind(Int64(ticket.customer), at: 8)
        try insertTicket.bind(ticket.createdAt, at: 9)
        try insertTicket.bind(ticket.updatedAt, at: 10)
        try insertTicket.run()
        for tag in ticket.tags {
            try insertTag.bind(Int64(tag), at: 1)
            try insertTag.bind(row, at: 2)
            try insertTag.bind(ticket.createdAt, at: 3)
            try insertTag.bind(id, at: 4)
            try insertTag.run()
        }
    }

    /// The workload's 200 agents and `customerCount` customers.
    private static func insertPeople(customerCount: Int, into database: SQLiteDatabase) throws {
        let agent = try database.prepare("INSERT INTO agents(number, id, role) VALUES (?1, ?2, 'agent')")
        for number in 1...WorkloadGenerator.agentCount {
            try agent.bind(Int64(number), at: 1)
            try agent.bind(WorkloadNames.agent(number), at: 2)
            try agent.run()
        }
        let customer = try database.prepare("INSERT INTO customers(number, id, email) VALUES (?1, ?2, ?3)")
        for number in 1...max(customerCount, 1) {
            try customer.bind(Int64(number), at: 1)
            try customer.bind(WorkloadNames.customer(number), at: 2)
            try customer.bind("customer\(number)@example.com", at: 3)
            try customer.run()
        }
    }
}

import GRDB
import Helpdesk
import Testing

@testable import HelpdeskSQLite

/// Every question of WORKLOAD.md, first page and a later one, and its total, is answered
/// from an index: `EXPLAIN QUERY PLAN` shows no full scan of `tickets`, whether the page
/// reads the matches by `row` or walks the sort's index probing tags and search.
@Suite struct QueryPlanTests {
    /// The questions' shapes, Q1 … Q9.
    static let questions: [(String, TicketQuery)] = {
        let all = TicketQuery()
        let agent: UserID = Samples.makeID(3)
        let customer: CustomerID = Samples.makeID(2)
        let word = SearchText("w3").map { all.matching($0) } ?? all
        return [
            ("Q1 the inbox", all),
            ("Q2 one status", all.filter(status: [.open])),
            (
                "Q3 status, priority, assignee",
                all.filter(status: [.open]).filter(priority: [.high]).filter(assignee: [agent])
            ),
            ("Q4 the triage queue", all.filter(status: [.open]).unassigned().sorted(by: .updatedAt, .ascending)),
            ("Q5 one customer", all.filter(customer: [customer])),
            ("Q6 two tags", all.filter(tags: ["tag00", "tag01"])),
            ("Q7 full text", word),
            ("Q8 by priority", all.filter(status: [.open]).sorted(by: .priority, .descending)),
            ("Q9 one status, walked", all.filter(status: [.pending])),
        ]
    }()

    @Test(arguments: questions.map(\.0))
    func questionIsAnsweredFromAnIndex(_ name: String) async throws {
        let query = try #require(Self.questions.first { $0.0 == name }?.1)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try directory.makeStore()
        try await Self.load(store)
        let first = try await store.tickets(query.limit(2))
        guard let next = first.nextCursor else {
            Issue.record("\(name): the data has a second page")
            return
        }
        let later = query.after(next)
        for page in [query, later] {
            let plans = try await store.writer.read { db in
                guard let filter = try TicketFilter(page, db) else { return [String]() }
                let byRow = TicketReads.keysetQuery(page, filter, walk: false)
                let walking = TicketReads.keysetQuery(page, filter, walk: true)
                return try [byRow.countStatement(), byRow.pageStatement(), walking.pageStatement()].map {
                    try Self.plan($0, db)
                }
            }
            #expect(plans.count == 3, "\(name): the total and both plans of the page are planned")
            for plan in plans {
                #expect(!Self.scansTickets(plan), "\(name): a full scan of tickets in\n\(plan)")
            }
        }
    }

    /// Whether a plan reads `tickets` whole: a `SCAN` of it that uses no index.
    static func scansTickets(_ plan: String) -> Bool {
        plan.split(separator: "\n").contains { line in
            let detail = line.trimmingPrefix(while: { $0 == " " })
            return (detail.hasPrefix("SCAN t") || detail.hasPrefix("SCAN tickets")) && !detail.contains("INDEX")
        }
    }

    /// The lines of `EXPLAIN QUERY PLAN` for one statement.
    static func plan(_ statement: SQLClause, _ db: Database) throws -> String {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments)
            .map { try $0.decode(String.self, forColumn: "detail") }.joined(separator: "\n")
    }

    /// 600 tickets over every status, priority, tag pair and agent, enough to page through.
    static func load(_ store: some HelpdeskStore) async throws {
        var mutations: [Mutation] = (1...5).map { .insertUser(Samples.user($0)) }
        mutations += (1...10).map { .insertCustomer(Samples.customer($0)) }
        mutations += ["tag00", "tag01", "tag02"].enumerated().map { .insertTag(Samples.tag($0.offset + 1, $0.element)) }
        for n in 1...600 {
            let tags = n % 3 == 0 ? ["tag00", "tag01"] : n % 3 == 1 ? ["tag01"] : []
            mutations.append(
                .insertTicket(
                    Samples.ticket(
                        n, customer: Samples.makeID(n % 10 + 1),
                        assignee: n % 7 == 0 ? nil : Samples.makeID(n / 20 % 5 + 1),
                        tags: tags, status: TicketStatus.allCases[n % 5],
                        priority: TicketPriority.allCases[(n / 5) % 4])))
        }
        try await store.apply(ChangeSet(mutations))
    }
}

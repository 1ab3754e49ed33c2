import Foundation
import Helpdesk
import Logging
import PostgresNIO
import Testing

@testable import HelpdeskPostgres

/// Every question shape of WORKLOAD.md, as the store sends it, is answered from an index:
/// `EXPLAIN` on 50,000 tickets (with sequential scans disabled, so that any scan the indexes
/// cannot replace would still show) names no sequential scan.
@Suite struct QueryPlanTests {
    static let questions: [(String, TicketQuery)] = {
        let agent = UserID(rawValue: "user_0042")
        let customer = CustomerID(rawValue: "cust_000926")
        let cursor = Cursor(
            after: SortKey([.integer(1_704_067_200_000 + 30_000_000)], id: "tkt_0030000"), field: "created_at",
            direction: .descending)
        let all = TicketQuery()
        return [
            ("Q1 inbox", all),
            ("Q2 open", all.filter(status: [.open])),
            (
                "Q3 open, high, one agent",
                all.filter(status: [.open]).filter(priority: [.high]).filter(assignee: Set([agent].compactMap { $0 }))
            ),
            ("Q4 triage queue", all.filter(status: [.open]).unassigned().sorted(by: .updatedAt, .ascending)),
            ("Q5 one customer", all.filter(customer: Set([customer].compactMap { $0 }))),
            ("Q6 two tags", all.filter(tags: ["tag03", "tag05"])),
            ("Q7 search", SearchText("w0123").map(all.matching) ?? all.filter(status: [])),
            ("Q8 open by priority", all.filter(status: [.open]).sorted(by: .priority, .descending)),
            ("Q9 pending, a page by cursor", all.filter(status: [.pending]).after(cursor)),
        ]
    }()

    static let fill = [
        """
        INSERT INTO #.users SELECT 'user_' || lpad(i::text, 4, '0'), 'u' || i || '@x.test', 'u' || i || '@x.test',
            'Agent', 'agent', true, 0, 1 FROM generate_series(1, 200) i
        """,
        """
        INSERT INTO #.customers SELECT 'cust_' || lpad(i::text, 6, '0'), 'c' || i || '@x.test', 'c' || i || '@x.test',
            NULL, NULL, NULL, '{}', 0, 0, 1, ''::tsvector FROM generate_series(1, 5000) i
        """,
        """
        INSERT INTO #.tags SELECT 'tag_' || i, 'tag' || lpad(i::text, 2, '0'), '#808080', 0, 1
        FROM generate_series(0, 49) i
        """,
        """
        INSERT INTO #.tickets SELECT 'tkt_' || lpad(i::text, 7, '0'), 'subject', '', NULL,
            (ARRAY['open', 'pending', 'on_hold', 'solved', 'closed'])[1 + i % 5], (i % 4)::smallint,
            'cust_' || lpad((1 + i % 5000)::text, 6, '0'),
            CASE WHEN i % 7 = 0 THEN NULL ELSE 'user_' || lpad((1 + i % 200)::text, 4, '0') END,
            ARRAY['tag' || lpad((i % 10)::text, 2, '0'), 'tag' || lpad((10 + i % 40)::text, 2, '0')], '{}',
            1704067200000 + i * 1000, 1704067200000 + i * 1500, 1,
            array_to_tsvector(ARRAY['w' || lpad((i % 5000)::text, 4, '0'), 'x' || (i % 37)])
        FROM generate_series(1, 50000) i
        """,
        "ANALYZE #.users",
        "ANALYZE #.customers",
        "ANALYZE #.tags",
        "ANALYZE #.tickets",
    ]

    @Test func everyQuestionUsesAnIndex() async throws {
        let store = try await TestDatabase.freshStore()
        let logger = Logger(label: "QueryPlanTests")
        for statement in Self.fill { try await store.client.query(store.sql(statement).query) }
        for (name, query) in Self.questions {
            let list = try store.ticketList(query).statement(store.sql())
            let explain = PostgresQuery(unsafeSQL: "EXPLAIN " + list.query.sql, binds: list.query.binds)
            let plan = try await store.client.withTransaction(logger: logger) { connection in
                try await connection.query("SET LOCAL enable_seqscan = off", logger: logger)
                var lines: [String] = []
                for try await line in try await connection.query(explain, logger: logger).decode(String.self) {
                    lines.append(line)
                }
                return lines.joined(separator: "\n")
            }
            #expect(!plan.contains("Seq Scan"), "\(name) scans a table:\n\(plan)")
            #expect(plan.contains("Index"), "\(name) uses no index:\n\(plan)")
            if ProcessInfo.processInfo.environment["HELPDESK_PRINT_PLANS"] != nil { print("\(name)\n\(plan)\n") }
        }
        // The questions answer what the data says (a check that the statements ran on the data).
        #expect(try await store.tickets(TicketQuery()).total == 50_000)
        #expect(try await store.tickets(TicketQuery().filter(status: [.open])).total == 10_000)
    }
}

internal import GRDB
internal import Helpdesk

/// A ticket query's filters in SQL: conditions on the ticket's columns, and memberships
/// (a tag the ticket carries, the search it matches), which are answered by their own tables.
struct TicketFilter {
    /// Tickets that carry the tag at this `row`, that match the search, or that are listed.
    enum Membership {
        case tag(Int64)
        case search(SearchText)
        /// Tickets listed by `row` (the search, checked again, when FTS5 cannot answer it exactly).
        case rows([Int64])

        /// The `row`s of the member tickets, as `member`.
        var members: SQLClause {
            switch self {
            case .tag(let row): SQLClause("SELECT ticket AS member FROM ticket_tags WHERE tag = ?", [row])
            case .search(let text): SearchTable.tickets.members(matching: text)
            case .rows(let rows): SearchTable.rowList(rows)
            }
        }

        /// Whether the ticket at `column` is a member, for a walk that visits tickets one by one: a
        /// tag is probed on `ticket_tags`' primary key; the search's matches are read once, into a list.
        func probe(_ column: String) -> SQLClause {
            switch self {
            case .tag(let row):
                SQLClause("EXISTS (SELECT 1 FROM ticket_tags WHERE tag = ? AND ticket = \(column))", [row])
            case .search, .rows:
                SQLClause("+\(column) IN (\(members.sql))", members.arguments)
            }
        }
    }

    var columns: [SQLClause] = []
    var memberships: [Membership] = []

    /// The filters of `query`; `nil` when it matches nothing for sure (an empty set, an unknown tag).
    init?(_ query: TicketQuery, _ db: Database) throws {
        if let statuses = query.statuses {
            guard !statuses.isEmpty else { return nil }
            columns.append(.isIn("t.status", statuses.map(\.rawValue).sorted()))
        }
        if let priorities = query.priorities {
            guard !priorities.isEmpty else { return nil }
            columns.append(.isIn("t.priority", priorities.map(Codes.rank).sorted()))
        }
        if let assignees = query.assigneeIDs {
            guard !assignees.isEmpty else { return nil }
            columns.append(.isIn("t.assignee_id", assignees.map(\.rawValue).sorted()))
        }
        switch query.assignment {
        case .assigned?: columns.append(SQLClause("t.assignee_id IS NOT NULL"))
        case .unassigned?: columns.append(SQLClause("t.assignee_id IS NULL"))
        case nil: break
        }
        if let customers = query.customerIDs {
            guard !customers.isEmpty else { return nil }
            columns.append(.isIn("t.customer_id", customers.map(\.rawValue).sorted()))
        }
        for name in query.tags.sorted() {
            let tagRow = try db.value(Int64.self, sql: "SELECT row FROM tags WHERE name = ?", arguments: [name])
            guard let tagRow else { return nil }
            memberships.append(.tag(tagRow))
        }
        if let search = query.search {
            memberships.append(
                SearchTable.answersExactly(search)
                    ? .search(search) : .rows(try SearchTable.tickets.checkedRows(matching: search, db)))
        }
    }

    /// Every filter as a condition on `t`: the memberships as `row` lists the planner may read
    /// tickets by, or with `walk` as probes, so that it walks the sort's index instead.
    func conditions(walk: Bool) -> [SQLClause] {
        columns
            + memberships.map { membership in
                if walk { return membership.probe("t.row") }
                let members = membership.members
                return SQLClause("t.row IN (\(members.sql))", members.arguments)
            }
    }

    /// A count cheaper than `count(*)` over the filtered tickets: with no filter, the kept
    /// total; when only memberships filter, the count of their intersection, read without a
    /// ticket (the first one's members, each probed for the others).
    var count: SQLClause? {
        guard columns.isEmpty else { return nil }
        guard let first = memberships.first else { return SQLClause("SELECT count FROM ticket_total WHERE id = 1") }
        let probes = memberships.dropFirst().map { $0.probe("m.member") }
        let filter = SQLClause.whereClause(Array(probes))
        var arguments = first.members.arguments
        arguments += filter.arguments
        return SQLClause("SELECT count(*) FROM (\(first.members.sql)) AS m\(filter.sql)", arguments)
    }

    /// Whether walking the sort's index beats reading every match by `row` and sorting them:
    /// with `total` matches spread over about `max(row)` tickets, a page of `limit` takes
    /// about `limit × max(row) / total` steps of the walk, against `total` reads.
    func walks(total: Int, limit: Int, _ db: Database) throws -> Bool {
        guard !memberships.isEmpty, total > 0 else { return false }
        let rows = try db.value(Int64.self, sql: "SELECT max(row) FROM tickets") ?? 0
        return Int64(total) * Int64(total) > Int64(limit + 1) * rows
    }
}

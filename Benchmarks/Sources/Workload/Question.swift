/// One of the workload's read questions, with its drawn parameters. Every one asks for 25 rows and the exact total.
public enum Question: Sendable, Hashable {
    /// Q1: no filter, created_at desc.
    case inbox
    /// Q2: status=open, created_at desc.
    case open
    /// Q3: status=open & priority=high & assignee_id=agent, created_at desc.
    case openHighFor(agent: Int)
    /// Q4: status=open & unassigned, updated_at asc.
    case triage
    /// Q5: customer_id=customer, created_at desc.
    case customer(Int)
    /// Q6: both tags, created_at desc.
    case tags(Int, Int)
    /// Q7: search=word, created_at desc.
    case search(word: Int)
    /// Q8: status=open, priority desc (then created_at desc, id desc).
    case openByPriority
    /// Q9: one page of status=pending, created_at desc, after a position.
    case pendingPage(after: Position)

    /// A row's place in created_at desc, id desc order: where a Q9 page starts.
    public struct Position: Sendable, Hashable {
        /// Seconds since 1970.
        public var createdAt: Int64
        public var id: String

        public init(createdAt: Int64, id: String) {
            self.createdAt = createdAt
            self.id = id
        }
    }

    /// The page size every question asks for.
    public static let limit = 25
}

/// What a side answers: the ids of the page, in order, and the number of all matches.
public struct Answer: Sendable, Hashable, CustomStringConvertible {
    public var ids: [String]
    public var total: Int
    /// Where the next Q9 page starts (the last row's position), when there are more rows.
    public var next: Question.Position?

    public init(ids: [String], total: Int, next: Question.Position? = nil) {
        self.ids = ids
        self.total = total
        self.next = next
    }

    public var description: String { "total \(total), ids \(ids.prefix(3))… (\(ids.count))" }
}

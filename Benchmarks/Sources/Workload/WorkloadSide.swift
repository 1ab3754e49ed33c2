/// One store under measurement: the library's in-memory store, or SQLite.
///
/// Both sides load the same generated tickets and answer the same questions; the runner checks
/// that their answers agree before it times anything.
public protocol WorkloadSide: AnyObject, Sendable {
    /// The column name in the report.
    var name: String { get }
    /// Loads `tickets` (and the workload's 200 agents and N/10 customers, N = `customerCount × 10`).
    func load(_ tickets: [WorkloadTicket], customerCount: Int) async throws
    /// The page of 25 and the exact total.
    func answer(_ question: Question) async throws -> Answer
    /// W1: one new ticket, every index current afterwards.
    func create(_ ticket: WorkloadTicket) async throws
    /// W2: one ticket's status, assignee and updated_at.
    func update(_ change: TicketChange) async throws
    /// W3: one ticket deleted.
    func delete(index: Int) async throws
}

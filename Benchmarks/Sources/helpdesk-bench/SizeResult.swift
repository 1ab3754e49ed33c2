import BackendSides
import Workload

/// The writes of the workload.
enum WriteKind: String, CaseIterable {
    case w1 = "W1"
    case w2 = "W2"
    case w3 = "W3"

    var summary: String {
        switch self {
        case .w1: "create a ticket"
        case .w2: "update status and assignee"
        case .w3: "delete a ticket"
        }
    }
}

/// What one side measured at one size.
struct SideResult {
    var name: String
    var loadSeconds: Double
    var residentBytes: Int
    var reads: [QuestionDraws.Kind: Latencies] = [:]
    var writes: [WriteKind: Latencies] = [:]
}

/// Everything measured at one size N.
struct SizeResult {
    var size: Int
    /// The in-memory side and raw SQLite (and SQLite's WAL file), for the main tables; empty without `memory`.
    var sides: [SideResult] = []
    var requestPath: Latencies?
    var agreedBefore = 0
    var agreedAfterWrites = 0
    var concurrency: ConcurrencyResult?
    /// Raw SQLite, the reference every store is compared with.
    var rawSQLite: SideResult?
    /// The library's side on each store that ran at this N, in-memory first.
    var backends: [BackendResult] = []
}

/// What the library's side measured on one store, and on how many answers it agreed with raw SQLite.
struct BackendResult {
    var backend: Backend
    var result: SideResult
    var agreedBefore = 0
    var agreedAfterWrites = 0
}

/// The writes of one size: W1's new tickets, W2's changes, W3's deletions.
struct Writes {
    var created: [WorkloadTicket]
    var updates: [TicketChange]
    var deletions: [Int]
}

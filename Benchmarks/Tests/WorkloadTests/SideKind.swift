import BackendSides
import Testing
import Workload

/// Which side a test loads: the library on each store, or raw SQLite.
enum SideKind: String, CaseIterable, CustomTestStringConvertible {
    case helpdesk, sqlite, sqliteStore, postgresStore

    /// Every kind this machine can run: `postgresStore` only with `HELPDESK_POSTGRES_URL`.
    static var available: [SideKind] {
        allCases.filter { $0 != .postgresStore || Backend.postgresURL != nil }
    }

    func make() async throws -> any WorkloadSide {
        switch self {
        case .helpdesk: HelpdeskSide()
        case .sqlite: SQLiteSide()
        case .sqliteStore: try await BackendSide.open(.sqlite)
        case .postgresStore: try await BackendSide.open(.postgres)
        }
    }

    var testDescription: String { rawValue }
}

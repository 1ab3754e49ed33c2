import Helpdesk
import HelpdeskSQLite
import HelpdeskTesting
import Testing

/// The storage conformance suite, run against ``SQLiteStore``, each scenario on a new file.
@Suite struct ConformanceTests {
    /// Each check as its own test, so that a failure names its check.
    @Test(arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try await check.run { try directory.makeStore() }
    }

    /// The in-memory mode passes the suite too.
    @Test func inMemoryModePassesTheSuite() async throws {
        try await StoreConformance.run { try SQLiteStore.inMemory() }
    }
}

import Helpdesk
import HelpdeskPostgres
import HelpdeskTesting
import Testing

/// The library's storage conformance suite, unchanged, against ``PostgresStore``: every
/// scenario on a fresh schema of its own.
@Suite struct PostgresConformanceTests {
    @Test(arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        try await check.run { try await TestDatabase.freshStore() }
    }
}

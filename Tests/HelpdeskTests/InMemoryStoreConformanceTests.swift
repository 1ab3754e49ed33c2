import Helpdesk
import HelpdeskTesting
import Testing

/// The storage conformance suite, run against ``InMemoryStore``.
@Suite struct InMemoryStoreConformanceTests {
    /// Each check as its own test, so that a failure names its check.
    @Test(arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        try await check.run { InMemoryStore() }
    }

    /// The one-call form a backend uses runs every check.
    @Test func wholeSuiteInOneCall() async throws {
        try await StoreConformance.run { InMemoryStore() }
    }

    /// Every check has scenarios, and each is listed once.
    @Test func checksAreListedOnce() {
        let names = StoreConformance.checks.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(StoreConformance.checks.allSatisfy { $0.scenarioCount > 0 })
    }
}

import BackendSides
import Testing
import Workload

/// What only the backend sides have: their names, and (PostgreSQL) a schema dropped by `close()`.
@Suite struct BackendSideTests {
    @Test(arguments: Backend.allCases.filter { $0 != .postgres || Backend.postgresURL != nil })
    func sideAgreesThenCloses(backend: Backend) async throws {
        let side = try await BackendSide.open(backend)
        #expect(side.name == backend.columnName)
        #expect(side.backend == backend)
        try await side.load(SideTests.tickets, customerCount: WorkloadGenerator(size: SideTests.size).customerCount)
        try await SideTests.expectAgreement(side, ReferenceAnswers(tickets: SideTests.tickets), each: 1)
        await side.close()
        if backend == .postgres {
            // The schema is dropped with the store.
            await #expect(throws: (any Error).self) { try await side.answer(.inbox) }
        }
    }

    @Test func namesDiffer() {
        #expect(Set(Backend.allCases.map(\.columnName)).count == Backend.allCases.count)
    }
}

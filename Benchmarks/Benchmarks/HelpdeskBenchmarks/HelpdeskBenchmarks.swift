import Benchmark
import Workload

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The workload's questions under package-benchmark (`swift package benchmark`), for its p50, p99,
/// allocation and memory reports. The store size is `HELPDESK_BENCH_N` (default 100,000); the full
/// side-by-side table at every size comes from the `helpdesk-bench` runner.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(3),
        maxIterations: 1_000
    )
    for kind in QuestionDraws.Kind.allCases {
        for sideIndex in 0..<2 {
            Benchmark("\(kind) \(sideIndex == 0 ? "swift-helpdesk" : "SQLite")") { benchmark in
                let sides = try await Fixture.shared.sides()
                let side: any WorkloadSide = sideIndex == 0 ? sides.ours : sides.sqlite
                var draws = QuestionDraws(for: Fixture.generator)
                let questions = benchmark.scaledIterations.map { _ in draws.next(kind) }
                benchmark.startMeasurement()
                for question in questions { blackHole(try await side.answer(question)) }
            }
        }
    }
    Benchmark("GET /api/v1/tickets?status=open&limit=25") { benchmark in
        let sides = try await Fixture.shared.sides()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(await sides.ours.openTicketsRequest()) }
    }
}

/// Both sides, loaded once for every benchmark of the process.
actor Fixture {
    static let shared = Fixture()
    static let size = Int(ProcessInfo.processInfo.environment["HELPDESK_BENCH_N"] ?? "") ?? 100_000
    static let generator = WorkloadGenerator(size: size)

    private var loaded: (ours: HelpdeskSide, sqlite: SQLiteSide)?

    func sides() async throws -> (ours: HelpdeskSide, sqlite: SQLiteSide) {
        if let loaded { return loaded }
        var generator = Self.generator
        let tickets = generator.next(Self.size)
        let ours = HelpdeskSide()
        try await ours.load(tickets, customerCount: generator.customerCount)
        let sqlite = SQLiteSide()
        try await sqlite.load(tickets, customerCount: generator.customerCount)
        loaded = (ours, sqlite)
        return (ours, sqlite)
    }
}

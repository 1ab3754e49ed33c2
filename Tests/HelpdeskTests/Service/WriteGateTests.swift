import Synchronization
import Testing

@testable import Helpdesk

@Suite(.timeLimit(.minutes(1))) struct WriteGateTests {
    /// What the changes did, in order.
    final class Log: Sendable {
        private let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    /// A change through the gate together, holding it until `release` yields.
    static func holder(
        _ gate: WriteGate, _ log: Log, _ release: AsyncStream<Void>
    ) -> Task<Void, any Error> {
        Task {
            try await gate.pass(alone: false) {
                log.append("first in")
                for await _ in release { break }
                log.append("first out")
            }
        }
    }

    static func waitUntil(_ condition: () -> Bool) async {
        while !condition() { await Task.yield() }
    }

    @Test func aChangeGoingAloneWaitsForThoseThroughAndHoldsBackNewOnes() async throws {
        let gate = WriteGate()
        let log = Log()
        let (release, releasing) = AsyncStream<Void>.makeStream()
        let first = Self.holder(gate, log, release)
        await Self.waitUntil { !log.all.isEmpty }
        let alone = Task { try await gate.pass(alone: true) { log.append("alone") } }
        await Self.waitUntil { gate.waitingCount == 1 }
        let late = Task { try await gate.pass(alone: false) { log.append("late") } }
        await Self.waitUntil { gate.waitingCount == 2 }
        releasing.yield()
        try await first.value
        try await alone.value
        try await late.value
        #expect(log.all == ["first in", "first out", "alone", "late"])
        #expect(gate.waitingCount == 0)
    }

    @Test func changesTogetherDoNotWaitForEachOther() async throws {
        let gate = WriteGate()
        let log = Log()
        let (release, releasing) = AsyncStream<Void>.makeStream()
        let first = Self.holder(gate, log, release)
        await Self.waitUntil { !log.all.isEmpty }
        try await gate.pass(alone: false) { log.append("second") }
        releasing.yield()
        try await first.value
        #expect(log.all == ["first in", "second", "first out"])
    }

    @Test func aChangeInsideTheGatePassesItAgainWithoutWaiting() async throws {
        let gate = WriteGate()
        let inner = try await gate.pass(alone: true) {
            try await gate.pass(alone: true) { try await gate.pass(alone: false) { 42 } }
        }
        #expect(inner == 42)
        #expect(gate.waitingCount == 0)
    }

    @Test func aFailingChangeLeavesTheGateOpen() async throws {
        struct Refused: Error {}
        let gate = WriteGate()
        await #expect(throws: Refused.self) { try await gate.pass(alone: true) { throw Refused() } }
        #expect(try await gate.pass(alone: true) { "after" } == "after")
    }
}

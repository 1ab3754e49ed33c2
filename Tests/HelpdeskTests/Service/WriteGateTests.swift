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

    /// A gate with one change through it together, held there until ``release()``.
    struct Held {
        let gate = WriteGate()
        let log = Log()
        private let first: Task<Void, any Error>
        private let releasing: AsyncStream<Void>.Continuation

        init() async {
            let (release, releasing) = AsyncStream<Void>.makeStream()
            let (gate, log) = (gate, log)
            first = Task {
                try await gate.pass(alone: false) {
                    log.append("first in")
                    for await _ in release { break }
                    log.append("first out")
                }
            }
            self.releasing = releasing
            await WriteGateTests.waitUntil { !log.all.isEmpty }
        }

        /// Lets the held change finish, and waits until it has.
        func release() async throws {
            releasing.yield()
            try await first.value
        }
    }

    static func waitUntil(_ condition: () -> Bool) async {
        while !condition() { await Task.yield() }
    }

    @Test func aChangeGoingAloneWaitsForThoseThroughAndHoldsBackNewOnes() async throws {
        let held = await Held()
        let (gate, log) = (held.gate, held.log)
        let alone = Task { try await gate.pass(alone: true) { log.append("alone") } }
        await Self.waitUntil { gate.waitingCount == 1 }
        let late = Task { try await gate.pass(alone: false) { log.append("late") } }
        await Self.waitUntil { gate.waitingCount == 2 }
        try await held.release()
        try await alone.value
        try await late.value
        #expect(log.all == ["first in", "first out", "alone", "late"])
        #expect(gate.waitingCount == 0)
    }

    @Test func changesTogetherDoNotWaitForEachOther() async throws {
        let held = await Held()
        try await held.gate.pass(alone: false) { held.log.append("second") }
        try await held.release()
        #expect(held.log.all == ["first in", "second", "first out"])
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

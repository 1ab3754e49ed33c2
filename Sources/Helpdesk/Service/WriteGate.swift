import Synchronization

/// Lets a change that keeps losing to the service's other writers run alone.
///
/// Changes are computed optimistically: each reads, builds its change set and hands it to
/// the store, which refuses it if a version it read has moved meanwhile. Many concurrent
/// changes to one record (replies to one ticket) can make one of them lose every time. So
/// a change passes the gate *together* with the others for its first attempts and *alone*
/// after that: a change waiting to go alone holds back new ones, waits for those already
/// through, and then has the store to itself as far as this service goes (another service
/// or process sharing the store can still move a version).
///
/// A change already inside the gate (a change computed within another) passes it again
/// without waiting, so nesting cannot deadlock.
final class WriteGate: Sendable {
    private struct State {
        /// Changes through together.
        var together = 0
        /// Whether a change is through alone.
        var aloneInside = false
        /// Changes waiting to go alone, first come first served.
        var waitingAlone: [CheckedContinuation<Void, Never>] = []
        /// Changes waiting to go together, held back by one going alone.
        var waitingTogether: [CheckedContinuation<Void, Never>] = []

        /// Lets a change through if it may go now, and answers whether it did.
        mutating func admit(alone: Bool) -> Bool {
            if alone {
                guard together == 0, !aloneInside, waitingAlone.isEmpty else { return false }
                aloneInside = true
            } else {
                guard !aloneInside, waitingAlone.isEmpty else { return false }
                together += 1
            }
            return true
        }
    }

    private let state = Mutex(State())

    /// Whether the current task is inside the gate.
    @TaskLocal private static var isInside = false

    /// Runs `body` once through the gate, alone or together with other changes.
    func pass<Result>(alone: Bool, _ body: () async throws -> Result) async throws -> Result {
        if Self.isInside { return try await body() }
        await enter(alone: alone)
        defer { leave(alone: alone) }
        return try await Self.$isInside.withValue(true) { try await body() }
    }

    /// How many changes wait at the gate (for tests).
    var waitingCount: Int {
        state.withLock { $0.waitingAlone.count + $0.waitingTogether.count }
    }

    private func enter(alone: Bool) async {
        // Most changes go straight through, without a continuation.
        if state.withLock({ $0.admit(alone: alone) }) { return }
        await withCheckedContinuation { (entry: CheckedContinuation<Void, Never>) in
            let admitted = state.withLock { state in
                if state.admit(alone: alone) { return true }
                if alone { state.waitingAlone.append(entry) } else { state.waitingTogether.append(entry) }
                return false
            }
            if admitted { entry.resume() }
        }
    }

    private func leave(alone: Bool) {
        let admitted = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            if alone { state.aloneInside = false } else { state.together -= 1 }
            guard state.together == 0, !state.aloneInside else { return [] }
            if !state.waitingAlone.isEmpty {
                state.aloneInside = true
                return [state.waitingAlone.removeFirst()]
            }
            let together = state.waitingTogether
            state.waitingTogether = []
            state.together += together.count
            return together
        }
        for entry in admitted { entry.resume() }
    }
}

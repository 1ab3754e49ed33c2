import Synchronization

/// The sends a running ``WebhookDispatcher`` has under way: how many, and a wait that ends
/// when one of them ends (or after a given time).
final class InFlightSends: Sendable {
    private struct State {
        var count = 0
        /// Whether a send ended while nobody waited: the next wait ends at once.
        var endedUnseen = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())

    /// Sends under way.
    var count: Int { state.withLock { $0.count } }

    func started() { state.withLock { $0.count += 1 } }

    func ended() {
        state.withLock { $0.count -= 1 }
        wake()
    }

    /// Waits until a send ends, or `duration` has passed, whichever is first.
    func nextEnd(orAfter duration: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await Task.sleep(for: duration)
                self.wake()  // also when cancelled, so that the wait below always ends
            }
            await withCheckedContinuation { continuation in
                let seen = state.withLock { state in
                    if state.endedUnseen {
                        state.endedUnseen = false
                        return true
                    }
                    state.waiter = continuation
                    return false
                }
                if seen { continuation.resume() }
            }
            group.cancelAll()
        }
        // The timer's own wake, after the wait ended for another reason, is not a send's end.
        state.withLock { $0.endedUnseen = false }
    }

    private func wake() {
        let waiter = state.withLock { state in
            guard let waiter = state.waiter else {
                state.endedUnseen = true
                return nil as CheckedContinuation<Void, Never>?
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }
}

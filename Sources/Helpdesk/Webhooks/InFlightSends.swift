import Synchronization

/// The sends a running ``WebhookDispatcher`` has under way: how many, and a wait that ends
/// when one of them ends (or after a given time).
///
/// One task waits at a time. Every send that ends ends a wait: the one under way, or,
/// when none is, the next one, at once. A wait's timer ends that wait only, so a timer
/// that fires late never cuts the next wait short, and no end of a send is ever lost.
final class InFlightSends: Sendable {
    private struct State {
        var count = 0
        /// Whether a send ended while nobody waited: the next wait ends at once.
        var endedUnseen = false
        var waiter: CheckedContinuation<Void, Never>?
        /// The number of the latest wait, which its timer names.
        var wait = 0
        /// The latest wait whose timer fired before the wait began.
        var timedOutEarly = 0
    }

    private let state = Mutex(State())

    /// Sends under way.
    var count: Int { state.withLock { $0.count } }

    func started() { state.withLock { $0.count += 1 } }

    func ended() {
        let waiter = state.withLock { state in
            state.count -= 1
            guard let waiter = state.waiter else {
                state.endedUnseen = true
                return nil as CheckedContinuation<Void, Never>?
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Waits until a send ends, or `duration` has passed, whichever is first.
    func nextEnd(orAfter duration: Duration) async {
        let number = state.withLock { state in
            state.wait += 1
            return state.wait
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await Task.sleep(for: duration)
                self.timeOut(number)  // also when cancelled, so that the wait below always ends
            }
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state in
                    if state.endedUnseen {
                        state.endedUnseen = false
                        return true
                    }
                    if state.timedOutEarly == number { return true }
                    state.waiter = continuation
                    return false
                }
                if ready { continuation.resume() }
            }
            group.cancelAll()
        }
    }

    /// Ends wait `number` if it is still under way, or marks it timed out if it has not begun.
    private func timeOut(_ number: Int) {
        let waiter = state.withLock { state in
            guard state.wait == number else { return nil as CheckedContinuation<Void, Never>? }
            guard let waiter = state.waiter else {
                state.timedOutEarly = number
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }
}

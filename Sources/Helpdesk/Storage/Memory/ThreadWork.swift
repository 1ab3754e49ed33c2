import Dispatch
import Foundation  // `Thread`, which FoundationEssentials does not have

/// Work on a thread of its own, whose result the thread that started it waits for.
///
/// A thread of its own rather than a dispatch queue's: the store holds its lock while it
/// waits, and a pool's threads may all be busy with a host's work.
final class ThreadWork<Result: Sendable>: @unchecked Sendable {
    // @unchecked: the work's thread replaces `state` before it signals `done`; the starting
    // thread reads `state` only after waiting for that signal.
    private enum State {
        case pending(@Sendable () -> Result)
        case finished(Result)
    }

    private var state: State
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` on a new thread.
    init(_ body: @escaping @Sendable () -> Result) {
        state = .pending(body)
        Thread { [self] in
            // Replacing the pending body lets go of what it captured before the result is
            // handed over, so that the starting thread again holds the only references to what
            // it shared.
            if case .pending(let run) = state { state = .finished(run()) }
            done.signal()
        }.start()
    }

    /// Waits for the work to finish and returns its result; called once.
    func wait() -> Result {
        done.wait()
        switch state {
        case .finished(let result):
            return result
        case .pending(let run):
            // The thread finishes the work before it signals, so this is not reached; were it
            // ever, the work is done here rather than lost.
            let result = run()
            state = .finished(result)
            return result
        }
    }
}

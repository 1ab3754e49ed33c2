import Dispatch
import Foundation  // `Thread`, which FoundationEssentials does not have

/// Work on a thread of its own, whose result the thread that started it waits for.
///
/// A thread of its own rather than a dispatch queue's: the store holds its lock while it
/// waits, and a pool's threads may all be busy with a host's work.
final class ThreadWork<Result: Sendable>: @unchecked Sendable {
    // @unchecked: the work's thread takes `body` and writes `result` before it signals `done`;
    // the starting thread reads `result` only after waiting for that signal.
    private var body: (@Sendable () -> Result)?
    private var result: Result?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` on a new thread.
    init(_ body: @escaping @Sendable () -> Result) {
        self.body = body
        Thread { [self] in
            // What `body` captured is let go before the result is handed over, so that the
            // starting thread again holds the only references to what it shared.
            if let run = self.body {
                self.body = nil
                result = run()
            }
            done.signal()
        }.start()
    }

    /// Waits for the work to finish and returns its result; called once.
    func wait() -> Result {
        done.wait()
        guard let result else { preconditionFailure("a thread's work sets its result before it signals") }
        return result
    }
}

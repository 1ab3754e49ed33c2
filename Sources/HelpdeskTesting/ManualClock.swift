public import Foundation
public import Helpdesk
import Synchronization

/// A clock that moves only when a test moves it.
public final class ManualClock: Sendable {
    private let current: Mutex<Date>

    /// A clock stopped at `start`.
    public init(_ start: Date = HelpdeskTestClient.start) { current = Mutex(start) }

    /// Moves the clock forward.
    public func advance(by seconds: Double) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }

    /// The clock as the library takes it.
    public var dateGenerator: DateGenerator { DateGenerator { self.current.withLock { $0 } } }
}

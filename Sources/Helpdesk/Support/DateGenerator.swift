import Synchronization

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Tells the current time. Injected, so that tests are deterministic.
///
/// Every date the library stores is whole milliseconds: the generator's
/// answers are rounded to the nearest millisecond.
public struct DateGenerator: Sendable {
    private let read: @Sendable () -> Date

    /// Wraps a function that tells the time.
    public init(_ now: @escaping @Sendable () -> Date) {
        self.read = now
    }

    /// The current time, rounded to whole milliseconds.
    public func now() -> Date {
        Date(millisecondsSince1970: read().millisecondsSince1970)
    }

    /// The system clock.
    public static let live = DateGenerator { Date() }

    /// Always the same instant.
    public static func constant(_ date: Date) -> DateGenerator {
        DateGenerator { date }
    }

    /// `start`, then `start + step`, `start + 2 × step` … on successive calls.
    public static func advancing(from start: Date, by step: Duration = .seconds(1)) -> DateGenerator {
        let calls = Mutex(0)
        let stepSeconds = Double(step.components.seconds) + Double(step.components.attoseconds) / 1e18
        return DateGenerator {
            let index = calls.withLock { value in
                defer { value += 1 }
                return value
            }
            return start.addingTimeInterval(Double(index) * stepSeconds)
        }
    }
}

extension Date {
    /// Whole milliseconds since 1970-01-01T00:00:00Z, rounded to the nearest,
    /// and clamped to ±9 × 10¹⁵ (about ±285,000 years).
    public var millisecondsSince1970: Int64 {
        let millis = (timeIntervalSince1970 * 1000).rounded()
        guard millis.isFinite else { return 0 }
        return Int64(min(max(millis, -9e15), 9e15))
    }

    /// The date `milliseconds` after 1970-01-01T00:00:00Z.
    public init(millisecondsSince1970 milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}

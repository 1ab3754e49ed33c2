#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// When a failed delivery is tried again: exponential backoff with jitter, then `failed`.
///
/// The standard policy makes 13 attempts. After the n-th failure it waits
/// `min(60 s × 2ⁿ⁻¹, 6 h)`, stretched by a random 0–20 %: 1, 2, 4 … 256 minutes, then 6 hours
/// three times, so the last attempt comes 26.5 to 31.8 hours after the first.
public struct RetryPolicy: Hashable, Sendable {
    /// The wait after the first failure.
    public var initialDelay: TimeInterval
    /// No wait is longer than this (before jitter).
    public var maximumDelay: TimeInterval
    /// Attempts in all, the first included; after the last failure the delivery is `failed`.
    public var maximumAttempts: Int
    /// Each wait is stretched by up to this fraction, at random.
    public var jitter: Double

    public init(initialDelay: TimeInterval, maximumDelay: TimeInterval, maximumAttempts: Int, jitter: Double) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.maximumAttempts = maximumAttempts
        self.jitter = jitter
    }

    /// 13 attempts over at least 26.5 hours.
    public static let standard = RetryPolicy(
        initialDelay: 60, maximumDelay: 6 * 3600, maximumAttempts: 13, jitter: 0.2)

    /// The wait after the `attempt`-th failed attempt (1-based), before jitter.
    public func nominalDelay(afterAttempt attempt: Int) -> TimeInterval {
        let doublings = min(max(attempt - 1, 0), 62)
        return min(initialDelay * Double(Int64(1) << doublings), maximumDelay)
    }

    /// The wait after the `attempt`-th failure, with `unit` (0 ≤ unit < 1) choosing the jitter.
    public func delay(afterAttempt attempt: Int, unit: Double) -> TimeInterval {
        nominalDelay(afterAttempt: attempt) * (1 + jitter * min(max(unit, 0), 1))
    }

    /// How long after the first attempt the last one comes, before jitter.
    public var nominalSpan: TimeInterval {
        (1..<max(maximumAttempts, 1)).reduce(0) { $0 + nominalDelay(afterAttempt: $1) }
    }
}

/// Where the jitter of retries comes from: numbers in `0..<1`. Injected, so that tests are deterministic.
public struct JitterSource: Sendable {
    private let next: @Sendable () -> Double

    public init(_ next: @escaping @Sendable () -> Double) { self.next = next }

    /// The next number in `0..<1`.
    public func unit() -> Double { next() }

    /// The system's random numbers.
    public static let live = JitterSource { Double.random(in: 0..<1) }

    /// Always `value`: for tests.
    public static func fixed(_ value: Double) -> JitterSource { JitterSource { value } }
}

/// How the outbox behaves: how long events are kept, and how deliveries are retried.
public struct OutboxSettings: Sendable {
    /// How long the change feed keeps events (and deliveries that are done); 7 days by default.
    public var eventRetention: TimeInterval
    public var retry: RetryPolicy
    public var jitter: JitterSource
    /// How long a delivery handed out for sending is held back from others before it counts as lost.
    public var claimTimeout: TimeInterval
    /// How many deliveries a subscription's receiver gets at once, at most, in one round.
    public var batchSize: Int

    public init(
        eventRetention: TimeInterval = 7 * 24 * 3600, retry: RetryPolicy = .standard, jitter: JitterSource = .live,
        claimTimeout: TimeInterval = 300, batchSize: Int = 100
    ) {
        self.eventRetention = eventRetention
        self.retry = retry
        self.jitter = jitter
        self.claimTimeout = claimTimeout
        self.batchSize = batchSize
    }

    /// 7 days of events, the standard retry policy, live jitter.
    public static let standard = OutboxSettings()
}

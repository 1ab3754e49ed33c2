import Foundation

/// Latencies of one operation, summarised as the report needs them.
public struct Latencies: Sendable {
    /// Every sample, in nanoseconds, sorted.
    public private(set) var nanoseconds: [Int64]

    public init(_ samples: [Duration]) {
        nanoseconds = samples.map(\.totalNanoseconds).sorted()
    }

    /// The sample at `fraction` (0…1) of the sorted samples: nearest rank.
    public func percentile(_ fraction: Double) -> Double {
        guard !nanoseconds.isEmpty else { return 0 }
        let rank = Int((fraction * Double(nanoseconds.count)).rounded(.up)) - 1
        return Double(nanoseconds[min(max(rank, 0), nanoseconds.count - 1)])
    }

    /// The median, in microseconds.
    public var p50: Double { percentile(0.5) / 1000 }
    /// The 99th percentile, in microseconds.
    public var p99: Double { percentile(0.99) / 1000 }
    /// Operations a second at the mean latency.
    public var perSecond: Double {
        let total = nanoseconds.reduce(0, +)
        return total > 0 ? Double(nanoseconds.count) * 1e9 / Double(total) : 0
    }
    public var count: Int { nanoseconds.count }

}

extension Duration {
    /// The whole duration in nanoseconds.
    public var totalNanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

/// Times `operation` once.
public func timed<T>(_ operation: () async throws -> T) async rethrows -> (T, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try await operation()
    return (result, clock.now - start)
}

/// The process's resident memory, from `/proc/self/statm` (0 where it cannot be read).
public func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * 4096
}

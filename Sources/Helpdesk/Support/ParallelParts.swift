#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How work on many records is cut between the cores: an import's checks, and the bulk
/// insert's reference check and word gathering.
enum ParallelParts {
    /// The fewest records worth cutting: below it, starting threads or tasks costs more than
    /// it saves.
    static let minimum = 8_192

    /// How many parts `count` records are cut into: one per core (at most eight), or one when
    /// `count` is below ``minimum`` or there is one core.
    static func count(for count: Int) -> Int {
        count >= minimum ? min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8) : 1
    }

    /// `0..<count` cut into ``count(for:)`` ranges, in order.
    static func ranges(_ count: Int) -> [Range<Int>] {
        let parts = Self.count(for: count)
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }
}

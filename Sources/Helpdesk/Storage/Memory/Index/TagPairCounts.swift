/// How many tickets carry each pair of tags together: the exact total of a two-tag filter
/// without intersecting the two tags' rows, which costs O(*n* / 64) for *n* rows.
///
/// A ticket adds one count per pair of its distinct tags. A ticket with more than
/// ``widest`` tags is not broken into pairs (it would add thousands); while any such
/// ticket is held, ``count(_:_:)`` answers `nil` and the caller counts the intersection.
struct TagPairCounts: Sendable {
    /// The most distinct tags a ticket may carry and still be counted by pairs.
    static let widest = 32

    private struct Pair: Hashable, Sendable {
        let first: String
        let second: String

        init(_ lhs: String, _ rhs: String) {
            (first, second) = lhs < rhs ? (lhs, rhs) : (rhs, lhs)
        }
    }

    private var counts: [Pair: Int] = [:]
    /// Tickets held with more than ``widest`` distinct tags.
    private var wideTickets = 0

    init() {}

    /// The number of tickets that carry both tags; `nil` while a ticket too wide to pair is held.
    func count(_ lhs: String, _ rhs: String) -> Int? {
        guard wideTickets == 0 else { return nil }
        return counts[Pair(lhs, rhs)] ?? 0
    }

    /// Counts a ticket's tags in.
    mutating func add(_ tags: [String]) { change(tags, by: 1) }

    /// Counts a ticket's tags out.
    mutating func remove(_ tags: [String]) { change(tags, by: -1) }

    private mutating func change(_ tags: [String], by step: Int) {
        guard tags.count > 1 else { return }
        guard let distinct = Self.distinct(tags, atMost: Self.widest) else {
            wideTickets += step
            return
        }
        for (offset, first) in distinct.enumerated() {
            for second in distinct[(offset + 1)...] {
                let pair = Pair(first, second)
                let count = counts[pair, default: 0] + step
                counts[pair] = count == 0 ? nil : count
            }
        }
    }

    /// The tags without repeats, in their order (a store may be handed repeats by a host);
    /// `nil` once there are more than `limit`.
    private static func distinct(_ tags: [String], atMost limit: Int) -> [String]? {
        var seen: [String] = []
        seen.reserveCapacity(min(tags.count, limit + 1))
        for tag in tags where !seen.contains(tag) {
            seen.append(tag)
            if seen.count > limit { return nil }
        }
        return seen
    }
}

public import Helpdesk

/// W2's change to one ticket: a new status and assignee.
public struct TicketChange: Sendable, Hashable {
    public var index: Int
    public var status: TicketStatus
    public var assignee: Int?
    /// Seconds since 1970.
    public var updatedAt: Int64
}

/// The writes' draws: W2's updates (seed 4301) and W3's deletions (seed 4302).
public enum WriteDraws {
    /// 2026-01-01T00:00:00Z: W2's updates are stamped this plus their number (0-based) in seconds.
    public static let updateEpoch: Int64 = 1_767_225_600

    /// W2: `count` updates of tickets `below(size)`, with step 2's and step 4's draws.
    public static func updates(count: Int, size: Int) -> [TicketChange] {
        var random = SplitMix64(seed: 4301)
        return (0..<count).map { number in
            let index = random.below(size)
            let status = WorkloadGenerator.status(&random)
            let assignee = WorkloadGenerator.assignee(&random)
            return TicketChange(
                index: index, status: status, assignee: assignee, updatedAt: updateEpoch + Int64(number))
        }
    }

    /// W3: `count` distinct tickets `below(size)`, a repeat drawn again.
    public static func deletions(count: Int, size: Int) -> [Int] {
        var random = SplitMix64(seed: 4302)
        var seen = Set<Int>()
        var indexes: [Int] = []
        while indexes.count < min(count, size) {
            let index = random.below(size)
            if seen.insert(index).inserted { indexes.append(index) }
        }
        return indexes
    }
}

import Helpdesk

/// The workload's data, draw by draw as `bench/WORKLOAD.md` says, so both sides load the same rows.
public struct WorkloadGenerator: Sendable {
    /// 2024-01-01T00:00:00Z in seconds since 1970.
    public static let epoch: Int64 = 1_704_067_200
    /// Two years, over which the N tickets' creation times spread.
    public static let span: Int64 = 63_072_000
    public static let agentCount = 200
    public static let tagCount = 50
    public static let wordCount = 5_000

    /// The size the creation times are spread over.
    public let size: Int
    private var random = SplitMix64(seed: 42)
    private var nextIndex = 0
    private var previousCreatedAt: Int64 = epoch
    private let tagPicker = WeightedPicker(count: tagCount)
    private let wordPicker = WeightedPicker(count: wordCount)

    /// A generator for a store of `size` tickets (N); it can go on past N, as W1 does.
    public init(size: Int) {
        self.size = max(size, 1)
    }

    /// How many customers the store of this size has: N / 10.
    public var customerCount: Int { max(size / 10, 1) }

    /// The creation time the formula gives ticket `index`, before any draw repeats the previous one.
    public func formulaCreatedAt(_ index: Int) -> Int64 {
        Self.epoch + Int64(index) * Self.span / Int64(size)
    }

    /// The next ticket of the sequence.
    public mutating func next() -> WorkloadTicket {
        let index = nextIndex
        nextIndex += 1
        let tags = drawTags()
        let status = Self.status(random.below(100))
        let priority = Self.priority(random.below(100))
        let assignee = drawAssignee()
        let customer = random.below(customerCount) + 1
        let createdAt = random.below(100) == 0 && index > 0 ? previousCreatedAt : formulaCreatedAt(index)
        previousCreatedAt = createdAt
        let updatedAt = createdAt + Int64(random.below(2_592_001))
        let subject = drawWords(4 + random.below(7))
        let description = drawWords(20 + random.below(61))
        return WorkloadTicket(
            index: index, tags: tags, status: status, priority: priority, assignee: assignee, customer: customer,
            createdAt: createdAt, updatedAt: updatedAt, subject: subject, description: description)
    }

    /// The next `count` tickets.
    public mutating func next(_ count: Int) -> [WorkloadTicket] {
        var tickets: [WorkloadTicket] = []
        tickets.reserveCapacity(count)
        for _ in 0..<count { tickets.append(next()) }
        return tickets
    }

    private mutating func drawTags() -> [Int] {
        let count = random.below(4)
        var tags: [Int] = []
        while tags.count < count {
            let tag = tagPicker.pick(&random)
            if !tags.contains(tag) { tags.append(tag) }
        }
        return tags
    }

    private mutating func drawAssignee() -> Int? {
        Self.assignee(&random)
    }

    private mutating func drawWords(_ count: Int) -> String {
        var text = ""
        text.reserveCapacity(count * 6)
        for position in 0..<count {
            if position > 0 { text.append(" ") }
            text.append(WorkloadNames.word(wordPicker.pick(&random)))
        }
        return text
    }

    /// Step 2: `open < 30, pending < 50, on_hold < 55, solved < 85`, else closed.
    static func status(_ draw: Int) -> TicketStatus {
        switch draw {
        case ..<30: .open
        case ..<50: .pending
        case ..<55: .onHold
        case ..<85: .solved
        default: .closed
        }
    }

    /// Step 2's draw, from any generator (W2 uses it too).
    static func status(_ random: inout SplitMix64) -> TicketStatus { status(random.below(100)) }

    /// Step 3: `low < 30, medium < 70, high < 90`, else urgent.
    static func priority(_ draw: Int) -> TicketPriority {
        switch draw {
        case ..<30: .low
        case ..<70: .medium
        case ..<90: .high
        default: .urgent
        }
    }

    /// Step 4: `below(100) < 20` is unassigned, else agent `below(200) + 1`.
    static func assignee(_ random: inout SplitMix64) -> Int? {
        random.below(100) < 20 ? nil : random.below(agentCount) + 1
    }
}

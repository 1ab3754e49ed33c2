/// The parameters of each question, each from its own SplitMix64 seeded 4200 + k.
public struct QuestionDraws: Sendable {
    /// The question kinds, Q1 … Q9.
    public enum Kind: Int, CaseIterable, Sendable, CustomStringConvertible {
        case q1 = 1
        case q2, q3, q4, q5, q6, q7, q8, q9

        public var description: String { "Q\(rawValue)" }

        /// What the question asks, for the report.
        public var summary: String {
            switch self {
            case .q1: "no filter, created_at desc"
            case .q2: "status=open, created_at desc"
            case .q3: "open & high & assignee, created_at desc"
            case .q4: "open & unassigned, updated_at asc"
            case .q5: "customer_id, created_at desc"
            case .q6: "two tags (all), created_at desc"
            case .q7: "search one word, created_at desc"
            case .q8: "status=open, priority desc"
            case .q9: "pending, 40-page cursor walk (per page)"
            }
        }
    }

    private let generator: WorkloadGenerator
    private var random: [Kind: SplitMix64]

    /// Draws for a store made by `generator` (its N sets the customers and the Q9 start).
    public init(for generator: WorkloadGenerator) {
        self.generator = generator
        random = Dictionary(
            uniqueKeysWithValues: Kind.allCases.map { ($0, SplitMix64(seed: 4200 + UInt64($0.rawValue))) })
    }

    /// The next parameters for `kind`. For Q9 it is the first page of a walk.
    public mutating func next(_ kind: Kind) -> Question {
        var draw = random[kind] ?? SplitMix64(seed: 4200 + UInt64(kind.rawValue))
        defer { random[kind] = draw }
        switch kind {
        case .q1: return .inbox
        case .q2: return .open
        case .q3: return .openHighFor(agent: draw.below(WorkloadGenerator.agentCount) + 1)
        case .q4: return .triage
        case .q5: return .customer(draw.below(generator.customerCount) + 1)
        case .q6:
            let first = draw.below(10)
            var second = draw.below(10)
            while second == first { second = draw.below(10) }
            return .tags(first, second)
        case .q7: return .search(word: 50 + draw.below(451))
        case .q8: return .openByPriority
        case .q9:
            let size = generator.size
            let start = 6 * size / 10 + draw.below(size - 6 * size / 10)
            return .pendingPage(
                after: .init(createdAt: generator.formulaCreatedAt(start), id: WorkloadNames.ticket(start)))
        }
    }

    /// The pages a Q9 walk takes.
    public static let walkPages = 40
}

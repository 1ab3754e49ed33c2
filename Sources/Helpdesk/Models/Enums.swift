/// Where a ticket stands. `closed` is final.
public enum TicketStatus: String, CaseIterable, Codable, Sendable, Comparable {
    case open, pending
    case onHold = "on_hold"
    case solved, closed

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// How urgent a ticket is; sorts `low < medium < high < urgent`.
public enum TicketPriority: String, CaseIterable, Codable, Sendable, Comparable {
    case low, medium, high, urgent

    /// 0 for `low` … 3 for `urgent`.
    public var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .urgent: 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The kind of a conversation entry.
public enum ConversationType: String, CaseIterable, Codable, Sendable {
    /// A message to or from the customer.
    case reply
    /// An internal note between agents; always internal.
    case note
    /// A change the library recorded (status, priority, assignee); written by the library only.
    case system
}

/// What a user (agent) may do.
public enum UserRole: String, CaseIterable, Codable, Sendable {
    /// Everything.
    case admin
    /// All but deleting customers and managing tags, users and keys.
    case agent
    /// Reads only, never internal conversations.
    case viewer
}

/// Whether an article is visible to customers.
public enum ArticleStatus: String, CaseIterable, Codable, Sendable {
    case draft, published
}

/// Who did something: a user, a customer, or the library itself.
public enum Author: Hashable, Sendable {
    case user(UserID)
    case customer(CustomerID)
    case system

    /// `"user"`, `"customer"` or `"system"`, as on the wire.
    public var typeName: String {
        switch self {
        case .user: "user"
        case .customer: "customer"
        case .system: "system"
        }
    }

    /// The id as text, or `nil` for the system.
    public var idString: String? {
        switch self {
        case .user(let id): id.rawValue
        case .customer(let id): id.rawValue
        case .system: nil
        }
    }
}

extension Author: Codable {
    private enum CodingKeys: String, CodingKey { case type, id }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "user": self = .user(try container.decode(UserID.self, forKey: .id))
        case "customer": self = .customer(try container.decode(CustomerID.self, forKey: .id))
        case "system": self = .system
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "author type must be user, customer or system")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(typeName, forKey: .type)
        try container.encode(idString, forKey: .id)
    }
}

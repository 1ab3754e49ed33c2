/// A question about tickets: filters, search, sort, limit and cursor.
///
/// Each filter that is `nil` matches everything; a set matches any of its
/// values (an empty set matches nothing). Refinements return a copy:
///
/// ```swift
/// let queue = TicketQuery()
///     .filter(status: [.open])
///     .unassigned()
///     .sorted(by: .updatedAt, .ascending)
/// ```
public struct TicketQuery: Hashable, Sendable {
    /// The fields tickets sort by.
    public enum Field: String, SortField {
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        /// By rank (`low < medium < high < urgent`), then `created_at`, then id.
        case priority

        public var acceptsTimestampCursor: Bool { self != .priority }
        /// `[.integer]` for the times; `[.integer, .integer]` (rank, then `created_at`) for priority.
        public var valueKinds: [SortValue.Kind] { self == .priority ? [.integer, .integer] : [.integer] }
    }

    /// Whether a ticket has an assignee.
    public enum Assignment: Hashable, Sendable {
        case assigned, unassigned
    }

    public var statuses: Set<TicketStatus>?
    public var priorities: Set<TicketPriority>?
    public var assigneeIDs: Set<UserID>?
    public var customerIDs: Set<CustomerID>?
    public var assignment: Assignment?
    /// Tag names the ticket must all carry.
    public var tags: Set<String> = []
    /// Words to find in subject, summary and description; see ``SearchText``.
    public var search: SearchText?
    public var sort = Sort(Field.createdAt, .descending)
    public var limit = ListLimit.default
    public var cursor: Cursor?

    /// Every ticket, newest first, 25 a page.
    public init() {}

    /// Only tickets in one of these statuses.
    public func filter(status: Set<TicketStatus>) -> Self { with { $0.statuses = $0.statuses.narrowed(to: status) } }
    /// Only tickets of one of these priorities.
    public func filter(priority: Set<TicketPriority>) -> Self {
        with { $0.priorities = $0.priorities.narrowed(to: priority) }
    }
    /// Only tickets assigned to one of these users.
    public func filter(assignee: Set<UserID>) -> Self {
        with { $0.assigneeIDs = $0.assigneeIDs.narrowed(to: assignee) }
    }
    /// Only tickets of one of these customers.
    public func filter(customer: Set<CustomerID>) -> Self {
        with { $0.customerIDs = $0.customerIDs.narrowed(to: customer) }
    }
    /// Only tickets carrying every one of these tags.
    public func filter(tags: Set<String>) -> Self { with { $0.tags.formUnion(tags) } }
    /// Only tickets with no assignee.
    public func unassigned() -> Self { with { $0.assignment = .unassigned } }
    /// Only tickets matching every word of `text`.
    public func matching(_ text: SearchText) -> Self { with { $0.search = text } }
    /// Sorted by `field` in `direction`, ties by id.
    public func sorted(by field: Field, _ direction: SortDirection = .descending) -> Self {
        with { $0.sort = Sort(field, direction) }
    }
    /// At most `limit` rows a page.
    public func limit(_ limit: ListLimit) -> Self { with { $0.limit = limit } }
    /// The page after `cursor`.
    public func after(_ cursor: Cursor?) -> Self { with { $0.cursor = cursor } }
}

/// A refinement helper shared by the query types.
protocol Refinable {}

extension Refinable {
    /// A copy with `change` applied.
    func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}

extension TicketQuery: Refinable {}

extension Optional {
    /// A filter narrowed to `values`: `nil` (anything) becomes `values`, a set becomes the intersection.
    func narrowed<Element>(to values: Set<Element>) -> Set<Element>? where Wrapped == Set<Element> {
        self.map { $0.intersection(values) } ?? values
    }
}

/// How many rows a page holds: 1…100, 25 by default.
public struct ListLimit: Hashable, Sendable {
    /// The largest page.
    public static let maximum = 100
    /// 25 rows.
    public static let `default` = ListLimit(uncheckedValue: 25)
    /// 100 rows.
    public static let largest = ListLimit(uncheckedValue: maximum)

    public let value: Int

    /// `nil` unless `value` is in 1…100.
    public init?(_ value: Int) {
        guard (1...Self.maximum).contains(value) else { return nil }
        self.value = value
    }

    private init(uncheckedValue: Int) { value = uncheckedValue }
}

extension ListLimit: ExpressibleByIntegerLiteral {
    /// A literal limit; it must be in 1…100 (a programmer error otherwise).
    public init(integerLiteral value: Int) {
        precondition((1...Self.maximum).contains(value), "a list limit is 1…\(Self.maximum)")
        self.init(uncheckedValue: value)
    }
}

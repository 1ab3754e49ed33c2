/// A question about customers: filters, search, sort, limit and cursor.
public struct CustomerQuery: Hashable, Sendable, Refinable {
    /// The fields customers sort by.
    public enum Field: String, SortField {
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case name, email

        public var acceptsTimestampCursor: Bool { self == .createdAt || self == .updatedAt }
        /// `[.integer]` for the times, `[.text]` for name and email.
        public var valueKinds: [SortValue.Kind] { acceptsTimestampCursor ? [.integer] : [.text] }
    }

    /// Only these emails (compared case-insensitively); `nil` for any.
    public var emails: Set<String>?
    /// Only these phone numbers, as stored; `nil` for any.
    public var phones: Set<String>?
    /// Words to find in name and email.
    public var search: SearchText?
    public var sort = Sort(Field.createdAt, .descending)
    public var limit = ListLimit.default
    public var cursor: Cursor?

    /// Every customer, newest first, 25 a page.
    public init() {}

    /// Only customers with one of these emails.
    public func filter(email: Set<String>) -> Self {
        with { $0.emails = $0.emails.narrowed(to: Set(email.map { $0.lowercased() })) }
    }
    /// Only customers with one of these phone numbers.
    public func filter(phone: Set<String>) -> Self { with { $0.phones = $0.phones.narrowed(to: phone) } }
    /// Only customers matching every word of `text`.
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

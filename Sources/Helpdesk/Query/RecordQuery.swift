/// A plain list, newest first: users, tags and collections.
public struct RecordQuery: Hashable, Sendable, Refinable {
    /// Plain lists sort by creation time.
    public enum Field: String, SortField {
        case createdAt = "created_at"
        public var acceptsTimestampCursor: Bool { true }
        public var valueKinds: [SortValue.Kind] { [.integer] }
    }

    public var sort = Sort(Field.createdAt, .descending)
    public var limit = ListLimit.default
    public var cursor: Cursor?

    /// Every record, newest first, 25 a page.
    public init() {}

    /// At most `limit` rows a page.
    public func limit(_ limit: ListLimit) -> Self { with { $0.limit = limit } }
    /// The page after `cursor`.
    public func after(_ cursor: Cursor?) -> Self { with { $0.cursor = cursor } }
}

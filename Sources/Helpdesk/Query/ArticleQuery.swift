/// A question about knowledge-base articles, newest first.
public struct ArticleQuery: Hashable, Sendable, Refinable {
    /// Articles sort by creation time.
    public enum Field: String, SortField {
        case createdAt = "created_at"
        public var acceptsTimestampCursor: Bool { true }
        public var valueKinds: [SortValue.Kind] { [.integer] }
    }

    public var collectionIDs: Set<CollectionID>?
    public var statuses: Set<ArticleStatus>?
    /// Words to find in title and body.
    public var search: SearchText?
    public var sort = Sort(Field.createdAt, .descending)
    public var limit = ListLimit.default
    public var cursor: Cursor?

    /// Every article, newest first, 25 a page.
    public init() {}

    /// Only articles in one of these collections.
    public func filter(collection: Set<CollectionID>) -> Self {
        with { $0.collectionIDs = $0.collectionIDs.narrowed(to: collection) }
    }
    /// Only articles in one of these statuses.
    public func filter(status: Set<ArticleStatus>) -> Self { with { $0.statuses = $0.statuses.narrowed(to: status) } }
    /// Only articles matching every word of `text`.
    public func matching(_ text: SearchText) -> Self { with { $0.search = text } }
    /// At most `limit` rows a page.
    public func limit(_ limit: ListLimit) -> Self { with { $0.limit = limit } }
    /// The page after `cursor`.
    public func after(_ cursor: Cursor?) -> Self { with { $0.cursor = cursor } }
}

/// The query of `GET /events`: where to start and how many.
public struct EventFeedQuery: Hashable, Sendable {
    /// The query parameters `GET /events` accepts; any other is `BAD_REQUEST`.
    public static let parameterNames = ["after", "limit"]

    /// Past which event to start; from the oldest kept when `nil`.
    public var after: FeedCursor?
    public var limit = ListLimit.default

    public init(after: FeedCursor? = nil, limit: ListLimit = .default) {
        self.after = after
        self.limit = limit
    }

    /// Reads `after` (a `next_cursor` of this feed) and `limit`.
    ///
    /// - Throws: `BAD_REQUEST` naming every refused parameter at once.
    public init(queryItems: QueryItems) throws(HelpdeskError) {
        var reader = QueryReader(queryItems, accepting: Self.parameterNames)
        after = reader.single("after", "must be a next_cursor of this feed", FeedCursor.init(token:))
        limit = reader.limit(default: limit)
        try reader.finish()
    }
}

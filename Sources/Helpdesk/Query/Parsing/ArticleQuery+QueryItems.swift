extension ArticleQuery {
    /// The query parameters `GET /articles` accepts, in the order error messages name them;
    /// any other is `BAD_REQUEST`. The parser reads exactly these, and the OpenAPI
    /// document lists exactly these.
    public static let parameterNames = ["collection_id", "status", "search", "limit", "cursor"]

    /// The query of `GET /articles?…` (SPEC §4, §6), newest first.
    ///
    /// Accepts `collection_id` and `status` (comma-separated, any of them
    /// matches), `search`, `limit` and `cursor`.
    ///
    /// - Throws: `BAD_REQUEST` naming every refused parameter at once.
    public init(queryItems: QueryItems) throws(HelpdeskError) {
        self.init()
        var reader = QueryReader(queryItems, accepting: Self.parameterNames)
        collectionIDs = reader.ids("collection_id", CollectionKind.self)
        statuses = reader.names("status", ArticleStatus.self)
        search = reader.search()
        limit = reader.limit(default: limit)
        cursor = reader.cursor(for: sort)
        try reader.finish()
    }
}

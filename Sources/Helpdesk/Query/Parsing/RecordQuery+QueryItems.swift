extension RecordQuery {
    /// The query parameters `GET /users`, `/tags` and `/collections` accepts, in the order error messages name them;
    /// any other is `BAD_REQUEST`. The parser reads exactly these, and the OpenAPI
    /// document lists exactly these.
    public static let parameterNames = ["limit", "cursor"]

    /// The query of a plain list (`GET /users`, `/tags`, `/collections`), newest first.
    ///
    /// Accepts `limit` and `cursor`.
    ///
    /// - Throws: `BAD_REQUEST` naming every refused parameter at once.
    public init(queryItems: QueryItems) throws(HelpdeskError) {
        self.init()
        var reader = QueryReader(queryItems, accepting: Self.parameterNames)
        limit = reader.limit(default: limit)
        cursor = reader.cursor(for: sort)
        try reader.finish()
    }
}

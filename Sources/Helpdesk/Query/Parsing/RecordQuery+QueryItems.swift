extension RecordQuery {
    /// The query of a plain list (`GET /users`, `/tags`, `/collections`), newest first.
    ///
    /// Accepts `limit` and `cursor`.
    ///
    /// - Throws: `BAD_REQUEST` naming every refused parameter at once.
    public init(queryItems: QueryItems) throws(HelpdeskError) {
        self.init()
        var reader = QueryReader(queryItems)
        limit = reader.limit(default: limit)
        cursor = reader.cursor(for: sort)
        try reader.finish()
    }
}

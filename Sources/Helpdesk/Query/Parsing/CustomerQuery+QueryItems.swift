extension CustomerQuery {
    /// The query parameters `GET /customers` accepts, in the order error messages name them;
    /// any other is `BAD_REQUEST`. The parser reads exactly these, and the OpenAPI
    /// document lists exactly these.
    public static let parameterNames = ["email", "search", "phone", "order_by", "order_dir", "limit", "cursor"]

    /// The query of `GET /customers?…` (SPEC §4, §6).
    ///
    /// Accepts `email`, `search`, `phone`, `order_by`, `order_dir`, `limit` and `cursor`:
    /// - `email`, `phone`: comma-separated, any of them matches; emails compare
    ///   case-insensitively; a `+` in a phone number must be sent as `%2B`;
    /// - `order_by`: `created_at`, `updated_at`, `name` or `email`;
    ///   `order_dir`: `asc` or `desc`; `created_at desc` by default.
    ///
    /// - Throws: `BAD_REQUEST` naming every refused parameter at once.
    public init(queryItems: QueryItems) throws(HelpdeskError) {
        self.init()
        var reader = QueryReader(queryItems, accepting: Self.parameterNames)
        emails = reader.texts("email").map { Set($0.map { $0.lowercased() }) }
        search = reader.search()
        phones = reader.texts("phone")
        let order = reader.sort(default: sort)
        sort = order ?? sort
        limit = reader.limit(default: limit)
        cursor = reader.cursor(for: order)
        try reader.finish()
    }
}

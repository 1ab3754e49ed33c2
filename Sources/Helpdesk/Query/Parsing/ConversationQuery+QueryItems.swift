extension ConversationQuery {
    /// The query parameters `GET /conversations` accepts, in the order error messages name them;
    /// any other is `BAD_REQUEST`. The parser reads exactly these, and the OpenAPI
    /// document lists exactly these.
    public static let parameterNames = ["ticket_id", "type", "internal", "limit", "cursor"]

    /// The query of `GET /conversations?…` (SPEC §4, §6), oldest first.
    ///
    /// Accepts `ticket_id`, `type` (comma-separated, any of them matches),
    /// `internal` (`true` or `false`), `limit` and `cursor`.
    ///
    /// - Throws: `BAD_REQUEST` naming every refused parameter at once.
    public init(queryItems: QueryItems) throws(HelpdeskError) {
        self.init()
        var reader = QueryReader(queryItems, accepting: Self.parameterNames)
        ticketIDs = reader.ids("ticket_id", TicketKind.self)
        types = reader.names("type", ConversationType.self)
        internalValues = reader.bool("internal").map { [$0] }
        limit = reader.limit(default: limit)
        cursor = reader.cursor(for: sort)
        try reader.finish()
    }
}

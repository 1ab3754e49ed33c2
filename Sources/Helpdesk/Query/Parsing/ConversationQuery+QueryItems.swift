extension ConversationQuery {
    /// The query of `GET /conversations?…` (SPEC §4, §6), oldest first.
    ///
    /// Accepts `ticket_id`, `type` (comma-separated, any of them matches),
    /// `internal` (`true` or `false`), `limit` and `cursor`.
    ///
    /// - Throws: `BAD_REQUEST` naming every refused parameter at once.
    public init(queryItems: QueryItems) throws(HelpdeskError) {
        self.init()
        var reader = QueryReader(queryItems)
        ticketIDs = reader.ids("ticket_id", TicketKind.self)
        types = reader.names("type", ConversationType.self)
        internalValues = reader.bool("internal").map { [$0] }
        limit = reader.limit(default: limit)
        cursor = reader.cursor(for: sort)
        try reader.finish()
    }
}

extension TicketQuery {
    /// The query parameters `GET /tickets` accepts, in the order error messages name them;
    /// any other is `BAD_REQUEST`. The parser reads exactly these, and the OpenAPI
    /// document lists exactly these.
    public static let parameterNames = [
        "status", "priority", "assignee_id", "customer_id", "unassigned", "tags", "search", "order_by", "order_dir",
        "limit", "cursor",
    ]

    /// The query of `GET /tickets?…` (SPEC §4, §6).
    ///
    /// Accepts `status`, `priority`, `assignee_id`, `customer_id`, `unassigned`,
    /// `tags`, `search`, `order_by`, `order_dir`, `limit` and `cursor`:
    /// - `status`, `priority`, `assignee_id`, `customer_id`: comma-separated,
    ///   any of them matches;
    /// - `tags`: comma-separated names, trimmed and lower-cased; a ticket must
    ///   carry all of them;
    /// - `unassigned`: `true` for tickets with no assignee, `false` for
    ///   assigned ones (with `assignee_id`, which are assigned already, it changes nothing);
    ///   `true` not together with `assignee_id`;
    /// - `order_by`: `created_at`, `updated_at` or `priority`; `order_dir`:
    ///   `asc` or `desc`; `created_at desc` by default.
    ///
    /// - Throws: `BAD_REQUEST` naming every refused parameter at once: unknown
    ///   ones, empty values, unknown names, ids of the wrong kind, a limit
    ///   outside 1…100, a search with no word, a cursor that is malformed or
    ///   made for another order.
    public init(queryItems: QueryItems) throws(HelpdeskError) {
        self.init()
        var reader = QueryReader(queryItems, accepting: Self.parameterNames)
        statuses = reader.names("status", TicketStatus.self)
        priorities = reader.names("priority", TicketPriority.self)
        assigneeIDs = reader.ids("assignee_id", UserKind.self)
        customerIDs = reader.ids("customer_id", CustomerKind.self)
        switch reader.bool("unassigned") {
        case true? where reader.isGiven("assignee_id"):
            reader.refuse("unassigned", "cannot be true with assignee_id")
        case true?:
            assignment = .unassigned
        case false? where assigneeIDs != nil:
            break  // tickets of the given assignees are assigned already
        case false?:
            assignment = .assigned
        case nil:
            break
        }
        tags = reader.tagNames("tags") ?? []
        search = reader.search()
        let order = reader.sort(default: sort)
        sort = order ?? sort
        limit = reader.limit(default: limit)
        cursor = reader.cursor(for: order)
        try reader.finish()
    }
}

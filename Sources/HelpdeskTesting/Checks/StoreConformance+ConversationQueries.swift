extension StoreConformance {
    /// ``ConversationQuery``: tickets, types, internal or public, and the ticket's
    /// customer; oldest first by default, both directions walked page by page;
    /// bare-timestamp cursors.
    public static let conversationQueries = Check(
        "conversation queries",
        [
            .onDataset("filters match the reference", conversationFilters),
            .onDataset("both directions walk, oldest first by default", conversationWalks),
        ])

    private static func conversationFilters(_ context: CheckContext, _ data: Dataset) async throws {
        let busy = Dictionary(grouping: data.conversations, by: \.ticketID).max { $0.value.count < $1.value.count }!.key
        let tickets = Set(data.conversations.prefix(3).map(\.ticketID))
        let customers = Set(data.customers.prefix(2).map(\.id))
        let all = ConversationQuery()
        var cases: [(String, ConversationQuery, Bool)] = [
            ("no filter", all, true), ("the busiest ticket", all.filter(ticket: [busy]), true),
            ("three tickets", all.filter(ticket: tickets), true), ("no ticket", all.filter(ticket: []), false),
            ("replies or notes", all.filter(type: [.reply, .note]), true), ("no type", all.filter(type: []), false),
            ("internal", all.filter(internal: true), true), ("public", all.filter(internal: false), true),
            ("internal or public", modified(all) { $0.internalValues = [true, false] }, true),
            ("internal, then public", all.filter(internal: true).filter(internal: false), false),
            ("two customers' tickets", all.filter(ticketCustomer: customers), true),
            ("no customer's tickets", all.filter(ticketCustomer: []), false),
            (
                "public replies on two customers' tickets",
                all.filter(ticketCustomer: customers).filter(type: [.reply]).filter(internal: false), true
            ),
            ("public entries of three tickets", all.filter(ticket: tickets).filter(internal: false), true),
        ]
        cases += ConversationType.allCases.map { ("type \($0)", all.filter(type: [$0]), true) }
        for (name, query, matchesSome) in cases {
            let expected = data.conversations.filter { entry in
                query.matches(entry)
                    && (query.ticketCustomerIDs.map { $0.contains(data.ticket(entry.ticketID)!.customerID) } ?? true)
            }
            context.expectEqual(!expected.isEmpty, matchesSome, "the data set has entries for \(name) or not")
            try await context.expectWalk(
                name,
                expected: ReferenceOrder.byCreation(expected, .ascending, createdAt: \.createdAt, id: \.id.rawValue)
                    .map(\.id.rawValue), limit: 100, id: \.id.rawValue
            ) { try await context.store.conversations(query.limit(100).after($0)) }
        }
    }

    private static func conversationWalks(_ context: CheckContext, _ data: Dataset) async throws {
        for direction in [SortDirection.ascending, .descending] {
            let query = modified(ConversationQuery()) { $0.sort = Sort(.createdAt, direction) }
            let rows = ReferenceOrder.byCreation(
                data.conversations, direction, createdAt: \.createdAt, id: \.id.rawValue)
            let what = "entries \(direction == .ascending ? "in the default order" : "newest first")"
            try await context.expectWalk(what, expected: rows.map(\.id.rawValue), limit: 8, id: \.id.rawValue) {
                try await context.store.conversations(query.limit(8).after($0))
            }
            try await context.expectTimestampWalks(
                what, rows: rows, direction, time: \.createdAt, id: \.id.rawValue
            ) { try await context.store.conversations(query.limit(9).after($0)) }
        }
    }
}

extension StoreConformance {
    /// Tickets sort by `created_at`, `updated_at` or priority (rank, then
    /// `created_at`), both ways, ties broken by id (its bytes) in the sort's direction.
    public static let ticketSorts = Check(
        "ticket sorts",
        [
            Scenario("ties break by id in the sort's direction", tieBreaks),
            .onDataset("every sort in both directions matches the reference", datasetSorts),
        ])

    /// Every sort a ticket list has.
    static let ticketSortOrders: [Sort<TicketQuery.Field>] = TicketQuery.Field.allCases.flatMap { field in
        SortDirection.allCases.map { Sort(field, $0) }
    }

    private static func tieBreaks(_ context: CheckContext) async throws {
        // Ids 1…6 are a1, X2, 3, a4, X5, 6: by their bytes 3 < 6 < X2 < X5 < a1 < a4.
        let priorities: [TicketPriority] = [.high, .high, .low, .urgent, .high, .high]
        let created = [0, 0, 60, 0, 60, 0]
        var tickets = (1...6).map { n in
            Fixture.ticket(n, customer: 1, priority: priorities[n - 1], at: created[n - 1])
        }
        tickets[5].updatedAt = Fixture.date(120)
        try await context.apply([.insertCustomer(Fixture.customer(1))] + tickets.map(Mutation.insertTicket))
        let orders: [(TicketQuery.Field, [Int])] = [
            (.createdAt, [5, 3, 4, 1, 2, 6]), (.updatedAt, [6, 5, 3, 4, 1, 2]), (.priority, [4, 5, 1, 2, 6, 3]),
        ]
        for (field, descending) in orders {
            for (direction, numbers) in [(SortDirection.descending, descending), (.ascending, descending.reversed())] {
                let page = try await context.store.tickets(TicketQuery().sorted(by: field, direction))
                context.expectRows(
                    page.items.map(\.id.rawValue), numbers.map { Fixture.ticketID($0).rawValue },
                    "sorted by \(field.rawValue) \(direction.rawValue)")
            }
        }
    }

    private static func datasetSorts(_ context: CheckContext, _ data: Dataset) async throws {
        for sort in ticketSortOrders {
            let query = TicketQuery().sorted(by: sort.field, sort.direction).limit(100)
            try await context.expectWalk(
                "sorted by \(sort.field.rawValue) \(sort.direction.rawValue)",
                expected: ReferenceOrder.tickets(data.tickets, sort).map(\.id.rawValue), limit: 100, id: \.id.rawValue
            ) { try await context.store.tickets(query.after($0)) }
        }
        let query = TicketQuery().filter(status: [.open, .pending]).sorted(by: .priority, .ascending)
        try await context.expectWalk(
            "open or pending, sorted by priority asc",
            expected: ReferenceOrder.tickets(data.tickets.filter(query.matches), query.sort).map(\.id.rawValue),
            limit: 100, id: \.id.rawValue
        ) { try await context.store.tickets(query.limit(100).after($0)) }
    }
}

extension StoreConformance {
    /// Every ``TicketQuery`` filter, alone and combined, answers exactly the
    /// matching tickets with an exact `total`; an empty set matches nothing.
    public static let ticketFilters = Check(
        "ticket filters",
        [
            Scenario("each filter means what the contract says", filterMeanings),
            .onDataset("filters and combinations match the reference", filterCombinations),
        ])

    private static func filterCombinations(_ context: CheckContext, _ data: Dataset) async throws {
        for (name, query) in TicketQueryCases.matchingSome(data) {
            let expected = data.tickets.filter(query.matches)
            context.expect(!expected.isEmpty, "the data set has tickets for \(name)")
            try await context.expectWalk(
                name, expected: ReferenceOrder.tickets(expected, query.sort).map(\.id.rawValue), limit: 100,
                id: \.id.rawValue
            ) { try await context.store.tickets(query.limit(100).after($0)) }
        }
        for (name, query) in TicketQueryCases.matchingNothing(data) {
            context.expect(data.tickets.filter(query.matches).isEmpty, "the reference matches nothing for \(name)")
            let page = try await context.store.tickets(query)
            context.expectEqual(page.items.map(\.id), [], "\(name) matches nothing")
            context.expectEqual(page.total, 0, "\(name) has total 0")
        }
    }

    private static func filterMeanings(_ context: CheckContext) async throws {
        let users = [1, 2].map(Fixture.userID)
        let customers = [1, 2].map(Fixture.customerID)
        try await context.apply(
            [
                .insertUser(Fixture.user(1)), .insertUser(Fixture.user(2)), .insertCustomer(Fixture.customer(1)),
                .insertCustomer(Fixture.customer(2)), .insertTag(Fixture.tag(1, name: "billing")),
                .insertTag(Fixture.tag(2, name: "bug")), .insertTag(Fixture.tag(3, name: "vip")),
            ] + FilterTickets.all.map(Mutation.insertTicket))
        let all = TicketQuery()
        let cases: [(String, TicketQuery, Set<Int>)] = [
            ("status open", all.filter(status: [.open]), [1, 3]),
            ("status open or closed", all.filter(status: [.open, .closed]), [1, 3, 5]),
            ("priority high", all.filter(priority: [.high]), [1, 5]),
            ("priority low or urgent", all.filter(priority: [.low, .urgent]), [2, 3]),
            ("assignee 2", all.filter(assignee: [users[1]]), [3, 5]),
            ("assignee 1 or 2", all.filter(assignee: Set(users)), [1, 3, 5]),
            ("customer 2", all.filter(customer: [customers[1]]), [3, 4]),
            ("assigned", modified(all) { $0.assignment = .assigned }, [1, 3, 5]),
            ("unassigned", all.unassigned(), [2, 4]),
            ("tag billing", all.filter(tags: ["billing"]), [1, 2, 5]),
            ("tags billing and bug", all.filter(tags: ["billing", "bug"]), [1, 5]),
            ("tags billing, bug and vip", all.filter(tags: ["billing", "bug", "vip"]), [5]),
            ("tags vip and an unknown one", all.filter(tags: ["vip", "nope"]), []),
            ("status open and tag bug", all.filter(status: [.open]).filter(tags: ["bug"]), [1, 3]),
            ("customer 1, unassigned", all.filter(customer: [customers[0]]).unassigned(), [2]),
            ("priority high, assignee 2", all.filter(priority: [.high]).filter(assignee: [users[1]]), [5]),
            ("no status", all.filter(status: []), []),
            ("no priority", all.filter(priority: []), []),
            ("no assignee", all.filter(assignee: []), []),
            ("no customer", all.filter(customer: []), []),
        ]
        for (name, query, numbers) in cases {
            let page = try await context.store.tickets(query)
            context.expectEqual(Set(page.items.map(\.id)), Set(numbers.map(Fixture.ticketID)), name)
            context.expectEqual(page.total, numbers.count, "\(name): total")
        }
    }
}

/// Five tickets whose filter answers are written out by hand in the check.
enum FilterTickets {
    static let all: [TicketRecord] = [
        make(1, customer: 1, assignee: 1, tags: ["billing", "bug"], .open, .high),
        make(2, customer: 1, assignee: nil, tags: ["billing"], .pending, .low),
        make(3, customer: 2, assignee: 2, tags: ["bug"], .open, .urgent),
        make(4, customer: 2, assignee: nil, tags: [], .solved, .medium),
        make(5, customer: 1, assignee: 2, tags: ["billing", "bug", "vip"], .closed, .high),
    ]

    private static func make(
        _ n: Int, customer: Int, assignee: Int?, tags: [String], _ status: TicketStatus, _ priority: TicketPriority
    ) -> TicketRecord {
        var ticket = Fixture.ticket(n, customer: customer, assignee: assignee, tags: tags, priority: priority, at: n)
        ticket.status = status
        return ticket
    }
}

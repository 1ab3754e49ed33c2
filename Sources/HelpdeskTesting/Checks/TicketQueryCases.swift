/// Ticket queries over the standard ``Dataset``, each with a name for messages.
enum TicketQueryCases {
    /// Queries that each match some tickets of the data set: every filter alone and in combinations.
    static func matchingSome(_ data: Dataset) -> [(String, TicketQuery)] {
        let users = data.users.map(\.id)
        let customers = data.customers.map(\.id)
        let all = TicketQuery()
        var cases: [(String, TicketQuery)] = [("no filter", all)]
        cases += TicketStatus.allCases.map { ("status \($0)", all.filter(status: [$0])) }
        cases += TicketPriority.allCases.map { ("priority \($0)", all.filter(priority: [$0])) }
        cases += [
            ("status open or pending", all.filter(status: [.open, .pending])),
            ("priority high or urgent", all.filter(priority: [.high, .urgent])),
            ("assignee 1", all.filter(assignee: [users[0]])),
            ("assignee 1 or 2", all.filter(assignee: [users[0], users[1]])),
            ("customer 1", all.filter(customer: [customers[0]])),
            ("customers 1, 2 or 3", all.filter(customer: Set(customers.prefix(3)))),
            ("assigned", modified(all) { $0.assignment = .assigned }),
            ("unassigned", all.unassigned()),
            ("unassigned and open", all.unassigned().filter(status: [.open])),
            ("tags billing and bug", all.filter(tags: ["billing", "bug"])),
            ("tags billing, then bug", all.filter(tags: ["billing"]).filter(tags: ["bug"])),
        ]
        cases += Dataset.tagNames.dropLast().map { ("tag \($0)", all.filter(tags: [$0])) }
        cases += searches.map { ("search \"\($0)\"", all.matching(SearchText($0)!)) }
        cases += [
            (
                "open or pending, high or urgent",
                all.filter(status: [.open, .pending]).filter(priority: [.high, .urgent])
            ),
            ("six customers, tag billing", all.filter(customer: Set(customers.prefix(6))).filter(tags: ["billing"])),
            (
                "five assignees, not closed, search \"login\"",
                all.filter(assignee: Set(users.prefix(5))).filter(status: [.open, .pending, .onHold, .solved])
                    .matching(SearchText("login")!)
            ),
            (
                "unassigned, low or medium, tag vip",
                all.unassigned().filter(priority: [.low, .medium]).filter(tags: ["vip"])
            ),
            (
                "every filter at once",
                all.filter(status: [.open, .pending, .solved]).filter(priority: [.medium, .high, .urgent])
                    .filter(customer: Set(customers.prefix(16))).filter(assignee: Set(users.prefix(8)))
                    .filter(tags: ["billing"]).matching(SearchText("re")!)
            ),
        ]
        return cases
    }

    /// Search texts that hit the data set's subjects, summaries and descriptions: case,
    /// diacritics and a last word that matches as a prefix.
    static let searches = [
        "refund", "REFUND", "ref", "cafe", "Café", "résumé", "RESUME", "login crash", "naive", "ubersicht", "print",
        "ecole", "zoe", "invoice", "password expo",
    ]

    /// Queries that match nothing: empty sets, unknown values, contradictions.
    static func matchingNothing(_ data: Dataset) -> [(String, TicketQuery)] {
        let all = TicketQuery()
        return [
            ("no status", all.filter(status: [])),
            ("no priority", all.filter(priority: [])),
            ("no assignee", all.filter(assignee: [])),
            ("no customer", all.filter(customer: [])),
            ("status open, then solved", all.filter(status: [.open]).filter(status: [.solved])),
            ("an unknown assignee", all.filter(assignee: [Fixture.userID(999)])),
            ("an unknown customer", all.filter(customer: [Fixture.customerID(999)])),
            ("an unused tag", all.filter(tags: ["spam"])),
            ("an unknown tag", all.filter(tags: ["billing", "no-such-tag"])),
            ("an assignee and unassigned", all.filter(assignee: Set(data.users.map(\.id))).unassigned()),
            ("a word nowhere", all.matching(SearchText("zzyzx")!)),
            ("a prefix that is not last", all.matching(SearchText("ref login")!)),
        ]
    }
}

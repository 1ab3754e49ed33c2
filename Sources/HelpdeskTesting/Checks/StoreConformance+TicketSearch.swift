extension StoreConformance {
    /// Ticket search matches every word of the query against the words of subject,
    /// summary and description, ignoring case and diacritics (precomposed or not);
    /// only the last word also matches as a prefix.
    public static let ticketSearch = Check(
        "ticket search",
        [Scenario("search words, case, diacritics and prefixes", searchWords)])

    private static let searchTickets: [(subject: String, description: String, summary: String?)] = [
        ("Café au lait", "", nil),
        ("Refund request", "The RÉSUMÉ was wrong", "billing issue"),
        ("naïve question", "user@example.com wrote", nil),
        ("Unrelated", "", "cafeteria menu"),
        ("Nothing here", "Zoe\u{308} wrote about the e\u{301}cole", nil),
    ]

    private static let searchCases: [(String, Set<Int>)] = [
        ("cafe", [1, 4]), ("CAFÉ au", [1]), ("caf", [1, 4]), ("caf lait", []), ("lait café", [1]),
        ("resume", [2]), ("résumé", [2]), ("RESUME", [2]), ("billing", [2]), ("ISSUE billing", [2]),
        ("naive", [3]), ("user@example", [3]), ("example com", [3]), ("question naïve", [3]), ("q", [3]),
        ("zoë", [5]), ("Zoe\u{308}", [5]), ("ecole", [5]), ("École", [5]), ("wrote", [3, 5]),
        ("menu cafeteria", [4]), ("the", [2, 5]), ("xyz", []),
    ]

    private static func searchWords(_ context: CheckContext) async throws {
        try await context.apply(
            [.insertCustomer(Fixture.customer(1))]
                + searchTickets.enumerated().map { index, text in
                    var ticket = Fixture.ticket(index + 1, customer: 1, subject: text.subject)
                    ticket.description = text.description
                    ticket.summary = text.summary
                    return .insertTicket(ticket)
                })
        for (text, numbers) in searchCases {
            let page = try await context.store.tickets(TicketQuery().matching(SearchText(text)!))
            context.expectEqual(Set(page.items.map(\.id)), Set(numbers.map(Fixture.ticketID)), "searching \"\(text)\"")
            context.expectEqual(page.total, numbers.count, "searching \"\(text)\": total")
        }
    }
}

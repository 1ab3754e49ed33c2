/// Making the standard data set from a seed.
extension Dataset {
    /// Words for subjects, descriptions, titles and bodies: mixed case, diacritics, shared prefixes.
    static let vocabulary = [
        "Refund", "refunds", "Café", "CAFE", "login", "Login", "résumé", "invoice", "invoices", "naïve",
        "Crash", "password", "Übersicht", "shipping", "ÉCOLE", "printer", "print", "Zoë", "delay", "export",
    ]
    /// Names of customers: repeats, case and byte order (`Z` < `a` < `É`) all matter.
    static let names: [String?] = [
        "Zoë Adams", "zoe adams", "Émile Zola", "adam", "Adam", nil, "Bob", "Ana María", "bob", "Zed",
    ]
    /// Phone numbers that several customers share.
    static let phones: [String?] = ["+1 555 0100", "+1 555 0101", "+44 20 7946 0000", nil]
    /// Email domains, in mixed case.
    static let domains = ["Example.com", "example.org", "MAIL.test"]
    /// Tag names (as stored: trimmed and lower-cased).
    static let tagNames = ["billing", "bug", "vip", "refund", "urgent-fix", "café", "later", "spam"]

    init(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        users = (1...10).map { n in
            Fixture.user(n, email: "Agent\(n)@\(random.pick(Self.domains))", at: 60 * random.pick([0, 1, 2]))
        }
        customers = (1...24).map { n in
            let created = 60 * Int.random(in: 0..<6, using: &random)
            let first = random.pick(["ann", "Bob", "carla", "Dan", "eve"])
            var customer = Fixture.customer(
                n, email: "\(first)\(n)@\(random.pick(Self.domains))", name: Self.names[n % Self.names.count],
                phone: random.pick(Self.phones), at: created)
            customer.updatedAt = Fixture.date(created + 60 * Int.random(in: 0..<3, using: &random))
            return customer
        }
        tags = Self.tagNames.enumerated().map { index, name in
            Fixture.tag(index + 1, name: name, at: 60 * random.pick([0, 1]))
        }
        tickets = (1...150).map { makeTicket($0, &random) }
        conversations = (1...200).map { makeConversation($0, &random) }
        collections = (1...7).map { Fixture.collection($0, at: 60 * random.pick([0, 1, 2])) }
        articles = (1...60).map { makeArticle($0, &random) }
    }

    private func makeTicket(_ n: Int, _ random: inout SeededGenerator) -> TicketRecord {
        // Ten creation instants (five minutes, with or without 250 ms): many rows share each.
        let created = Fixture.date(60 * Int.random(in: 0..<5, using: &random), milliseconds: random.pick([0, 250]))
        let summary: String? = random.chance(40) ? random.words(2, from: Self.vocabulary) : nil
        return TicketRecord(
            id: Fixture.ticketID(n),
            subject: random.words(Int.random(in: 1...3, using: &random), from: Self.vocabulary),
            description: random.words(Int.random(in: 0...5, using: &random), from: Self.vocabulary), summary: summary,
            status: random.pick(TicketStatus.allCases), priority: random.pick(TicketPriority.allCases),
            customerID: random.pick(customers).id, assigneeID: random.chance(65) ? random.pick(users).id : nil,
            tags: random.some(of: Array(Self.tagNames.dropLast()), upTo: 3),
            createdAt: created, updatedAt: Fixture.date(created, plusMinutes: Int.random(in: 0..<3, using: &random)))
    }

    private func makeConversation(_ n: Int, _ random: inout SeededGenerator) -> Conversation {
        let ticket = random.pick(tickets)
        let type = random.pick(ConversationType.allCases)
        let author: Author =
            switch type {
            case .system: .system
            case .note: .user(random.pick(users).id)
            case .reply: random.chance(50) ? .customer(ticket.customerID) : .user(random.pick(users).id)
            }
        let text = random.words(4, from: Self.vocabulary)
        return Conversation(
            id: Fixture.conversationID(n), ticketID: ticket.id, type: type,
            isInternal: type == .note || (type == .reply && random.chance(20)), author: author, content: text,
            contentText: text, createdAt: Fixture.date(30 * Int.random(in: 0..<12, using: &random)))
    }

    private func makeArticle(_ n: Int, _ random: inout SeededGenerator) -> Article {
        let created = Fixture.date(60 * Int.random(in: 0..<8, using: &random))
        let status = random.pick(ArticleStatus.allCases)
        return Article(
            id: Fixture.articleID(n), title: random.words(Int.random(in: 1...3, using: &random), from: Self.vocabulary),
            body: "## " + random.words(Int.random(in: 0...8, using: &random), from: Self.vocabulary),
            collectionID: random.chance(80) ? random.pick(collections).id : nil, status: status,
            publishedAt: status == .published ? created : nil, createdAt: created, updatedAt: created)
    }
}

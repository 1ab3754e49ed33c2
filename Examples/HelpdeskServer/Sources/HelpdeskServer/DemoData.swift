public import Helpdesk

/// A few records to explore a new server with (`--demo-data`), made through the service's public
/// API as any host would: two agents and a viewer, three customers, three tags, five tickets with
/// replies and internal notes, two collections and three articles.
public enum DemoData {
    /// Adds the records to `service`, written by `admin`.
    public static func load(into service: HelpdeskService, by admin: User) async throws(HelpdeskError) {
        let author = Author.user(admin.id)
        var agents: [User] = []
        for (email, name, role) in users {
            agents.append(try await service.createUser(UserCreate(email: email, name: name, role: role), by: author))
        }
        for (name, color) in tags {
            _ = try await service.createTag(TagCreate(name: name, color: color), by: author)
        }
        var customers: [Customer] = []
        for (email, name, company) in customerList {
            customers.append(
                try await service.createCustomer(CustomerCreate(email: email, name: name, company: company), by: author)
            )
        }
        for (index, seed) in tickets.enumerated() {
            let customer = customers[index % customers.count]
            let agent = agents[index % 2]
            let ticket = try await service.createTicket(
                TicketCreate(
                    subject: seed.subject, description: seed.description, customer: .id(customer.id),
                    priority: seed.priority, assigneeID: seed.assigned ? agent.id : nil, tags: seed.tags),
                by: .user(agent.id))
            try await converse(on: ticket, customer: customer, agent: agent, service)
            if seed.status != .open {
                _ = try await service.updateTicket(ticket.id, TicketUpdate(status: seed.status), by: .user(agent.id))
            }
        }
        try await loadArticles(into: service, by: author)
    }

    /// An agent's reply, the customer's answer and an internal note.
    private static func converse(
        on ticket: Ticket, customer: Customer, agent: User, _ service: HelpdeskService
    ) async throws(HelpdeskError) {
        let entries: [(String, ConversationType, Author)] = [
            ("Thanks for writing in, \(customer.name ?? "there")! Looking into it now.", .reply, .user(agent.id)),
            ("Thank you, it is still happening on my side.", .reply, .customer(customer.id)),
            ("Reproduced on staging; see **#4213**.", .note, .user(agent.id)),
        ]
        for (content, type, author) in entries {
            _ = try await service.createConversation(
                ConversationCreate(ticketID: ticket.id, content: content, type: type), by: author)
        }
    }

    private static func loadArticles(into service: HelpdeskService, by author: Author) async throws(HelpdeskError) {
        for (name, description, articles) in collections {
            let collection = try await service.createCollection(
                CollectionCreate(name: name, description: description), by: author)
            for (title, body, status) in articles {
                _ = try await service.createArticle(
                    ArticleCreate(title: title, body: body, collectionID: collection.id, status: status), by: author)
            }
        }
    }

    private static let users: [(String, String, UserRole)] = [
        ("ada@example.com", "Ada Agent", .agent),
        ("grace@example.com", "Grace Agent", .agent),
        ("victor@example.com", "Victor Viewer", .viewer),
    ]

    private static let tags: [(String, String)] = [
        ("billing", "#d73a4a"), ("bug", "#b60205"), ("feature-request", "#0e8a16"),
    ]

    private static let customerList: [(String, String, String)] = [
        ("alice@customer.example", "Alice Martin", "Acme Corp"),
        ("bob@customer.example", "Bob Chen", "Globex"),
        ("carol@customer.example", "Carol Diaz", "Initech"),
    ]

    private struct TicketSeed {
        var subject: String
        var description: String
        var priority: TicketPriority
        var status: TicketStatus
        var assigned: Bool
        var tags: [String]
    }

    private static let tickets: [TicketSeed] = [
        TicketSeed(
            subject: "Charged twice for March", description: "My card shows two charges for the March invoice.",
            priority: .high, status: .open, assigned: true, tags: ["billing"]),
        TicketSeed(
            subject: "Export to CSV fails", description: "The export button spins forever on large projects.",
            priority: .urgent, status: .pending, assigned: true, tags: ["bug"]),
        TicketSeed(
            subject: "Dark mode, please", description: "Would love a dark theme for late shifts.",
            priority: .low, status: .open, assigned: false, tags: ["feature-request"]),
        TicketSeed(
            subject: "Cannot reset my password", description: "The reset email never arrives.",
            priority: .medium, status: .solved, assigned: true, tags: []),
        TicketSeed(
            subject: "Invoice address is wrong", description: "Please change the billing address on my account.",
            priority: .medium, status: .onHold, assigned: false, tags: ["billing"]),
    ]

    private static let collections: [(String, String, [(String, String, ArticleStatus)])] = [
        (
            "Getting started", "First steps with the product.",
            [
                ("Creating your account", "# Creating your account\n\nSign up with your work email.", .published),
                ("Inviting your team", "Open **Settings → Team** and send invitations.", .draft),
            ]
        ),
        (
            "Billing", "Invoices, payments and refunds.",
            [("How refunds work", "Refunds reach your card within *5 to 10* business days.", .published)]
        ),
    ]
}

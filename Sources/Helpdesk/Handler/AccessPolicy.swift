/// Which operations each kind of key may use (SPEC §5). Narrowing what a viewer or a
/// customer sees inside an operation is the endpoints' job; this decides only yes or no.
///
/// - admin: everything, and alone webhooks and the change feed (they show every record).
/// - agent: all but deleting customers, managing tags, users and keys.
/// - viewer: reads only.
/// - customer: its own tickets (read and create), public replies on them, itself,
///   published articles and collections. Never users or tags (a tag's `ticket_count`
///   counts other customers' tickets).
enum AccessPolicy {
    static func allows(_ principal: Principal, _ operation: Endpoint) -> Bool {
        switch principal {
        case .user(let user):
            if adminOnly.contains(operation) { return user.role == .admin }
            switch user.role {
            case .admin: return true
            case .agent: return !agentForbidden.contains(operation)
            case .viewer: return operation.action == .list || operation.action == .get
            }
        case .customer:
            return customerAllowed.contains(operation)
        }
    }

    private static let adminOnly: Set<Endpoint> = [
        .listWebhooks, .createWebhook, .getWebhook, .updateWebhook, .deleteWebhook, .listWebhookDeliveries,
        .getWebhookDelivery, .redeliverWebhookDelivery, .listEvents,
    ]

    private static let agentForbidden: Set<Endpoint> = [
        .deleteCustomer, .createTag, .updateTag, .deleteTag, .createUser, .updateUser, .createUserAPIKey,
        .createCustomerAPIKey,
    ]

    private static let customerAllowed: Set<Endpoint> = [
        .listTickets, .getTicket, .createTicket, .listConversations, .getConversation, .createConversation,
        .listCustomers, .getCustomer, .listArticles, .getArticle, .listCollections, .getCollection, .getOpenAPI,
    ]
}

extension Principal {
    /// Whether the principal may see internal conversation entries.
    var seesInternalEntries: Bool {
        if case .user(let user) = self { return user.role != .viewer }
        return false
    }

    /// The customer, for a customer key.
    var customerID: CustomerID? {
        if case .customer(let customer) = self { return customer.id }
        return nil
    }
}

extension HelpdeskHandler {
    /// Carries out an authenticated, permitted call.
    func perform(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        switch call.operation {
        case .listTickets: try await listTickets(call)
        case .createTicket: try await createTicket(call)
        case .getTicket: try await getTicket(call)
        case .updateTicket: try await updateTicket(call)
        case .deleteTicket: try await deleteTicket(call)
        case .listConversations: try await listConversations(call)
        case .createConversation: try await createConversation(call)
        case .getConversation: try await getConversation(call)
        case .listCustomers: try await listCustomers(call)
        case .createCustomer: try await createCustomer(call)
        case .getCustomer: try await getCustomer(call)
        case .updateCustomer: try await updateCustomer(call)
        case .deleteCustomer: try await deleteCustomer(call)
        case .createCustomerAPIKey: try await createAPIKey(call, for: .customer(call.pathID()))
        case .listUsers: try await listUsers(call)
        case .createUser: try await createUser(call)
        case .getUser: try await getUser(call)
        case .updateUser: try await updateUser(call)
        case .createUserAPIKey: try await createAPIKey(call, for: .user(call.pathID()))
        case .listTags: try await listTags(call)
        case .createTag: try await createTag(call)
        case .getTag: try await getTag(call)
        case .updateTag: try await updateTag(call)
        case .deleteTag: try await deleteTag(call)
        case .listArticles: try await listArticles(call)
        case .createArticle: try await createArticle(call)
        case .getArticle: try await getArticle(call)
        case .updateArticle: try await updateArticle(call)
        case .deleteArticle: try await deleteArticle(call)
        case .listCollections: try await listCollections(call)
        case .createCollection: try await createCollection(call)
        case .getCollection: try await getCollection(call)
        case .updateCollection: try await updateCollection(call)
        case .deleteCollection: try await deleteCollection(call)
        case .listWebhooks: try await listWebhooks(call)
        case .createWebhook: try await createWebhook(call)
        case .getWebhook: try await getWebhook(call)
        case .updateWebhook: try await updateWebhook(call)
        case .deleteWebhook: try await deleteWebhook(call)
        case .listWebhookDeliveries: try await listWebhookDeliveries(call)
        case .getWebhookDelivery: try await getWebhookDelivery(call)
        case .redeliverWebhookDelivery: try await redeliverWebhookDelivery(call)
        case .listEvents: try await listEvents(call)
        case .getOpenAPI:
            HelpdeskResponse(status: 200, headers: [("Content-Type", "application/json")], body: openAPIDocument)
        }
    }

    /// The request's JSON body, within the configured size limit.
    func body(of call: Call, optional: Bool = false) throws(HelpdeskError) -> JSONValue {
        try call.jsonBody(limit: maximumBodySize(of: call.operation), optional: optional)
    }

    /// The largest body ``handle(_:)`` accepts for `request` (its method and path), in bytes:
    /// as much of a body as a server needs to read (one byte more, and the handler answers that
    /// the body is too large).
    public func maximumBodySize(for request: HelpdeskRequest) -> Int {
        // Only a `POST` or `PATCH` can be an article's write: no other request is routed twice.
        guard request.method == "POST" || request.method == "PATCH",
            let segments = Router.segments(of: request.path, basePath: configuration.basePath),
            case .found(let operation, _) = Router.match(method: request.method, segments: segments)
        else { return configuration.maximumBodySize }
        return maximumBodySize(of: operation)
    }

    func maximumBodySize(of operation: Endpoint) -> Int {
        switch operation {
        case .createArticle, .updateArticle: configuration.maximumArticleBodySize
        default: configuration.maximumBodySize
        }
    }
}

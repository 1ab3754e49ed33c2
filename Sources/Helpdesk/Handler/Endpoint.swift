/// Every operation of the REST API. The handler dispatches on it, the access policy
/// decides on it, and the OpenAPI document is generated from it.
public enum Endpoint: String, CaseIterable, Sendable {
    case listTickets, createTicket, getTicket, updateTicket, deleteTicket
    case listConversations, createConversation, getConversation
    case listCustomers, createCustomer, getCustomer, updateCustomer, deleteCustomer, createCustomerAPIKey
    case listUsers, createUser, getUser, updateUser, createUserAPIKey
    case listTags, createTag, getTag, updateTag, deleteTag
    case listArticles, createArticle, getArticle, updateArticle, deleteArticle
    case listCollections, createCollection, getCollection, updateCollection, deleteCollection
    case listWebhooks, createWebhook, getWebhook, updateWebhook, deleteWebhook
    case listWebhookDeliveries, getWebhookDelivery, redeliverWebhookDelivery
    case listEvents
    case getOpenAPI

    /// What the operation does to its resource.
    public enum Action: Sendable {
        case list, create, get, update, delete, mintKey, redeliver, document
    }

    public var action: Action {
        switch self {
        case .listTickets, .listConversations, .listCustomers, .listUsers, .listTags, .listArticles, .listCollections,
            .listWebhooks, .listWebhookDeliveries, .listEvents:
            .list
        case .createTicket, .createConversation, .createCustomer, .createUser, .createTag, .createArticle,
            .createCollection, .createWebhook:
            .create
        case .getTicket, .getConversation, .getCustomer, .getUser, .getTag, .getArticle, .getCollection, .getWebhook,
            .getWebhookDelivery:
            .get
        case .updateTicket, .updateCustomer, .updateUser, .updateTag, .updateArticle, .updateCollection,
            .updateWebhook:
            .update
        case .deleteTicket, .deleteCustomer, .deleteTag, .deleteArticle, .deleteCollection, .deleteWebhook: .delete
        case .createCustomerAPIKey, .createUserAPIKey: .mintKey
        case .redeliverWebhookDelivery: .redeliver
        case .getOpenAPI: .document
        }
    }

    /// The collection the operation works on: `"tickets"`, `"users"` …; `nil` for the document.
    public var collection: String? {
        switch self {
        case .listTickets, .createTicket, .getTicket, .updateTicket, .deleteTicket: "tickets"
        case .listConversations, .createConversation, .getConversation: "conversations"
        case .listCustomers, .createCustomer, .getCustomer, .updateCustomer, .deleteCustomer, .createCustomerAPIKey:
            "customers"
        case .listUsers, .createUser, .getUser, .updateUser, .createUserAPIKey: "users"
        case .listTags, .createTag, .getTag, .updateTag, .deleteTag: "tags"
        case .listArticles, .createArticle, .getArticle, .updateArticle, .deleteArticle: "articles"
        case .listCollections, .createCollection, .getCollection, .updateCollection, .deleteCollection: "collections"
        case .listWebhooks, .createWebhook, .getWebhook, .updateWebhook, .deleteWebhook: "webhooks"
        case .listWebhookDeliveries, .getWebhookDelivery, .redeliverWebhookDelivery: "deliveries"
        case .listEvents: "events"
        case .getOpenAPI: nil
        }
    }

    /// The HTTP method.
    public var method: String {
        switch action {
        case .list, .get, .document: "GET"
        case .create, .mintKey, .redeliver: "POST"
        case .update: "PATCH"
        case .delete: "DELETE"
        }
    }

    /// The path below the base path, with `{id}` for the record's id: `/tickets/{id}`. A delivery
    /// is found below its subscription: `/webhooks/{id}/deliveries/{delivery_id}`.
    public var pathTemplate: String {
        guard let collection else { return "/openapi.json" }
        switch self {
        case .listWebhookDeliveries: return "/webhooks/{id}/deliveries"
        case .getWebhookDelivery: return "/webhooks/{id}/deliveries/{delivery_id}"
        case .redeliverWebhookDelivery: return "/webhooks/{id}/deliveries/{delivery_id}/redeliver"
        default: break
        }
        switch action {
        case .list, .create: return "/\(collection)"
        case .get, .update, .delete: return "/\(collection)/{id}"
        case .mintKey: return "/\(collection)/{id}/api_keys"
        case .redeliver, .document: return "/openapi.json"
        }
    }

    /// Whether the operation needs an API key.
    public var requiresKey: Bool { self != .getOpenAPI }
}

/// Finding the operation for a method and a path.
enum Router {
    enum Match {
        /// The operation, with the values of its path's `{…}` parts in order.
        case found(Endpoint, parameters: [String])
        case methodNotAllowed(allowed: [String])
        case notFound
    }

    /// The path's segments below the base path, percent-decoded; `nil` if the path is not under it
    /// or cannot be decoded. One trailing slash is ignored, on every path.
    static func segments(of path: String, basePath: String) -> [String]? {
        let path = path.hasSuffix("/") ? path.dropLast() : path[...]
        if path == "/openapi.json" { return ["openapi.json"] }
        guard path.hasPrefix(basePath + "/") || path == basePath else { return nil }
        let pieces = path.dropFirst(basePath.count).split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var segments: [String] = []
        for piece in pieces {
            guard let decoded = PercentDecoding.decode(piece.utf8, plusIsSpace: false), !decoded.isEmpty else {
                return nil
            }
            segments.append(decoded)
        }
        return segments
    }

    /// Every endpoint with its path template's segments, split once.
    private static let templates = Endpoint.allCases.map {
        ($0, $0.pathTemplate.split(separator: "/").map(String.init))
    }

    /// The operation `method` names at the path of `segments`; a `HEAD` finds the path's `GET`.
    static func match(method: String, segments: [String]) -> Match {
        let candidates = templates.compactMap { operation, template -> (Endpoint, [String])? in
            guard template.count == segments.count else { return nil }
            var parameters: [String] = []
            for (part, segment) in zip(template, segments) {
                if part.hasPrefix("{") {
                    parameters.append(segment)
                } else if part != segment {
                    return nil
                }
            }
            return (operation, parameters)
        }
        guard !candidates.isEmpty else { return .notFound }
        // A `HEAD` is its `GET` (HTTP asks every `GET` to take one), answered alike.
        let wanted = method == "HEAD" ? "GET" : method
        if let (operation, parameters) = candidates.first(where: { $0.0.method == wanted }) {
            return .found(operation, parameters: parameters)
        }
        return .methodNotAllowed(
            allowed: candidates.flatMap { $0.0.method == "GET" ? ["GET", "HEAD"] : [$0.0.method] })
    }
}

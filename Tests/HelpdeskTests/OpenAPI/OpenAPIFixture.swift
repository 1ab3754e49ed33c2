import Foundation
import Helpdesk
import Testing

/// A handler over a fresh in-memory store with a fixed clock, an admin key, and the
/// OpenAPI document the handler serves (read the way a client reads it).
struct OpenAPIFixture {
    static let start = Date(timeIntervalSince1970: 1_736_937_000)  // 2025-01-15T10:30:00Z

    let handler: HelpdeskHandler
    let adminKey: String
    let document: JSONValue

    init(rateLimit: Int = 100_000) async throws {
        let service = HelpdeskService(
            store: InMemoryStore(), clock: .advancing(from: Self.start), ids: .incrementing(),
            secrets: .incrementing())
        var configuration = HandlerConfiguration()
        configuration.rateLimit = RateLimitPolicy(limit: rateLimit, window: .seconds(60))
        configuration.clock = .constant(Self.start)
        handler = HelpdeskHandler(service: service, configuration: configuration)
        let admin = try await service.createUser(
            UserCreate(email: "admin@example.com", name: "Ada Admin", role: .admin), by: .system)
        adminKey = try await service.createAPIKey(for: .user(admin.id), by: .system).key
        let response = await handler.handle(HelpdeskRequest(method: "GET", path: "/openapi.json"))
        document = try JSONParser.parse(response.body)
    }

    var basePath: String { handler.configuration.basePath }

    /// The id of a new webhook subscription to every event.
    func webhook() async throws -> String {
        try await handler.service.createWebhook(WebhookCreate(url: "https://hooks.example.com/in"), by: .system)
            .webhook.id.rawValue
    }

    /// A key of a new user with `role`.
    func key(of role: UserRole) async throws -> String {
        let user = try await handler.service.createUser(
            UserCreate(email: "\(role.rawValue)@example.com", name: role.rawValue, role: role), by: .system)
        return try await handler.service.createAPIKey(for: .user(user.id), by: .system).key
    }

    /// Sends `operation` (its path with `id`), with `key` (the admin's by default; `.none` for none).
    func send(
        _ operation: Endpoint, id: String = "", deliveryID: String = "", query: String = "", body: JSONValue? = nil,
        key: KeyChoice = .admin, headers: [(name: String, value: String)] = []
    ) async -> HelpdeskResponse {
        var headers = headers
        switch key {
        case .admin: headers.append(("Authorization", "Bearer \(adminKey)"))
        case .key(let key): headers.append(("Authorization", "Bearer \(key)"))
        case .none: break
        }
        if body != nil { headers.append(("Content-Type", "application/json")) }
        let path =
            basePath + operation.pathTemplate.replacing("{id}", with: id).replacing("{delivery_id}", with: deliveryID)
        return await handler.handle(
            HelpdeskRequest(
                method: operation.method, path: path, query: query, headers: headers,
                body: body.map(JSONWriter.bytes) ?? []))
    }

    /// Which key a request presents.
    enum KeyChoice {
        case admin, none
        case key(String)
    }

    /// The operation object of `operation` in the document.
    func operationObject(_ operation: Endpoint) -> JSONValue? {
        document["paths"]?[operation.pathTemplate]?[operation.method.lowercased()]
    }

    /// `value`, following `$ref`s within the document.
    func resolved(_ value: JSONValue?) -> JSONValue? {
        guard let value else { return nil }
        guard let reference = value["$ref"]?.stringValue else { return value }
        return resolved(document.pointer(reference))
    }
}

extension JSONValue {
    /// The member `key` of an object.
    subscript(key: String) -> JSONValue? { objectValue?[key] }

    /// The elements of an array.
    var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// The number, if this is one.
    var numberValue: Double? {
        if case .number(let number) = self { number } else { nil }
    }

    /// The value at a JSON pointer within this document (`#/components/schemas/Ticket`).
    func pointer(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var value: JSONValue? = self
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = String(token).replacing("~1", with: "/").replacing("~0", with: "~")
            value = value?[key]
        }
        return value
    }

    /// Every string value of `$ref` anywhere in this value.
    var references: [String] {
        switch self {
        case .object(let members):
            let own = members["$ref"]?.stringValue.map { [$0] } ?? []
            return own + members.values.flatMap(\.references)
        case .array(let elements): return elements.flatMap(\.references)
        default: return []
        }
    }

    /// The JSON text of this value.
    var text: String { JSONWriter.string(self) }
}

/// A value's query-string form, as a client serializes a documented parameter:
/// lists comma-separated, then percent-encoded.
func queryValue(_ value: JSONValue) -> String {
    switch value {
    case .array(let items): items.map(queryValue).joined(separator: ",")
    case .string(let text): percentEncoded(text)
    case .bool(let flag): flag ? "true" : "false"
    case .number: JSONWriter.string(value)
    case .null, .object: ""
    }
}

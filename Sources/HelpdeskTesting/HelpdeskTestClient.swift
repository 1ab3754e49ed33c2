public import Foundation
public import Helpdesk
import Synchronization

/// Drives a ``HelpdeskHandler`` in-process, with no socket: a fixed-start clock that
/// advances one second a call, incrementing ids and predictable key secrets, and an
/// admin key made at start.
///
/// ```swift
/// let client = try await HelpdeskTestClient()
/// let created = await client.post("/tickets", json: #"{"subject":"Hi","customer_email":"a@b.co"}"#)
/// #expect(created.status == 201)
/// ```
public struct HelpdeskTestClient: Sendable {
    /// The handler under test.
    public let handler: HelpdeskHandler
    /// The key of the admin made at start.
    public let adminKey: String
    private let userCounter = Counter()

    /// 2025-01-15T10:30:00Z, where the test clock starts.
    public static let start = Date(timeIntervalSince1970: 1_736_937_000)

    /// A client over a fresh in-memory store (or `store`), with `configuration`'s limits.
    /// The configuration's clock is replaced by a constant one at ``start`` unless `clock` is given.
    /// The service's clock advances a second a call from ``start`` unless `serviceClock` is given.
    public init(
        store: any HelpdeskStore = InMemoryStore(), configuration: HandlerConfiguration = HandlerConfiguration(),
        clock: DateGenerator? = nil, serviceClock: DateGenerator? = nil, outbox: OutboxSettings = .standard
    ) async throws {
        let service = HelpdeskService(
            store: store, clock: serviceClock ?? .advancing(from: Self.start), ids: .incrementing(),
            secrets: .incrementing(), outbox: outbox)
        var configuration = configuration
        configuration.clock = clock ?? .constant(Self.start)
        handler = HelpdeskHandler(service: service, configuration: configuration)
        adminKey = try await service.bootstrapAdmin(email: "admin@example.com", name: "Ada Admin").key.key
    }

    /// Sends a request; `key` defaults to the admin's (`nil` sends no `Authorization`).
    public func send(
        _ method: String, _ target: String, key: String?? = .some(nil), json: String? = nil,
        headers: [(name: String, value: String)] = []
    ) async -> HelpdeskTestResponse {
        var fields = headers
        switch key {
        case .none: break
        case .some(.none): fields.append(("Authorization", "Bearer \(adminKey)"))
        case .some(.some(let key)): fields.append(("Authorization", "Bearer \(key)"))
        }
        if json != nil, !fields.contains(where: { $0.name.lowercased() == "content-type" }) {
            fields.append(("Content-Type", "application/json"))
        }
        let path = target.hasPrefix("/api/") || target == "/openapi.json" ? target : "/api/v1" + target
        let request = HelpdeskRequest(method: method, target: path, headers: fields, body: Array((json ?? "").utf8))
        return HelpdeskTestResponse(await handler.handle(request))
    }

    /// `GET` with the admin's key, or `key`.
    public func get(_ target: String, key: String?? = .some(nil), headers: [(name: String, value: String)] = []) async
        -> HelpdeskTestResponse
    {
        await send("GET", target, key: key, headers: headers)
    }

    /// `POST` a JSON body.
    public func post(
        _ target: String, json: String, key: String?? = .some(nil), headers: [(name: String, value: String)] = []
    )
        async -> HelpdeskTestResponse
    {
        await send("POST", target, key: key, json: json, headers: headers)
    }

    /// `PATCH` a JSON body.
    public func patch(
        _ target: String, json: String, key: String?? = .some(nil), headers: [(name: String, value: String)] = []
    )
        async -> HelpdeskTestResponse
    {
        await send("PATCH", target, key: key, json: json, headers: headers)
    }

    /// `DELETE`.
    public func delete(_ target: String, key: String?? = .some(nil), headers: [(name: String, value: String)] = [])
        async
        -> HelpdeskTestResponse
    {
        await send("DELETE", target, key: key, headers: headers)
    }

    /// Creates a user with `role` through the API and answers a new key of theirs.
    public func key(for role: UserRole, email: String? = nil) async throws -> String {
        let address = email ?? "\(role.rawValue)\(userCounter.next())@example.com"
        let user = await post(
            "/users", json: #"{"email":"\#(address)","name":"\#(role.rawValue) user","role":"\#(role.rawValue)"}"#)
        let id = try user.string("data", "id")
        return try await post("/users/\(id)/api_keys", json: "{}").string("data", "key")
    }

    /// Mints a key for an existing customer through the API.
    public func key(forCustomer id: String) async throws -> String {
        try await post("/customers/\(id)/api_keys", json: "{}").string("data", "key")
    }
}

/// A response with its JSON body parsed.
public struct HelpdeskTestResponse: Sendable {
    public let response: HelpdeskResponse
    /// The parsed body; `nil` for an empty or non-JSON body.
    public let json: JSONValue?

    /// Wraps a handler's answer and parses its body.
    public init(_ response: HelpdeskResponse) {
        self.response = response
        self.json = response.body.isEmpty ? nil : try? JSONParser.parse(response.body)
    }

    public var status: Int { response.status }

    /// A header value.
    public func header(_ name: String) -> String? { response.header(name) }

    /// The value at a path of object keys (and array indexes as decimal strings).
    public func value(_ path: String...) -> JSONValue? { json?.value(at: path) }

    /// The string at a path; throws if there is none.
    public func string(_ path: String...) throws -> String {
        guard case .string(let text)? = json?.value(at: path) else {
            throw HelpdeskTestClientError.missing(path.joined(separator: "."), response.bodyText)
        }
        return text
    }

    /// `error.code` of an error answer.
    public var errorCode: String? { value("error", "code")?.stringValue }

    /// The items of a list answer.
    public var items: [JSONValue] {
        if case .array(let items)? = value("data") { return items }
        return []
    }

    /// `meta.total` of a list answer.
    public var total: Int? {
        if case .number(let number)? = value("meta", "total") { return Int(exactly: number) }
        return nil
    }
}

/// Why a ``HelpdeskTestResponse`` lookup failed.
public enum HelpdeskTestClientError: Error, CustomStringConvertible {
    case missing(String, String)

    public var description: String {
        switch self {
        case .missing(let path, let body): "no string at \(path) in \(body)"
        }
    }
}

/// A thread-safe counter for unique test names.
private final class Counter: Sendable {
    private let value = Mutex(0)

    func next() -> Int {
        value.withLock { value in
            value += 1
            return value
        }
    }
}

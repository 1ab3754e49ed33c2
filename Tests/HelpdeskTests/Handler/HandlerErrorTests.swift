import Helpdesk
import HelpdeskTesting
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Each error code where it belongs, always in the error format.
@Suite struct HandlerErrorTests {
    static func expectError(
        _ response: HelpdeskTestResponse, _ status: Int, _ code: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(response.status == status, "\(response.response.bodyText)", sourceLocation: sourceLocation)
        #expect(response.errorCode == code, sourceLocation: sourceLocation)
        #expect(response.value("error", "message")?.stringValue?.isEmpty == false, sourceLocation: sourceLocation)
        #expect(response.value("error", "details")?.objectValue != nil, sourceLocation: sourceLocation)
    }

    @Test func unauthorized() async throws {
        let client = try await HelpdeskTestClient()
        Self.expectError(await client.get("/tickets", key: .none), 401, "UNAUTHORIZED")
        Self.expectError(await client.get("/tickets", key: "nope"), 401, "UNAUTHORIZED")
        let malformed = await client.get("/tickets", key: .none, headers: [("Authorization", "Basic abc")])
        Self.expectError(malformed, 401, "UNAUTHORIZED")
        #expect(malformed.header("WWW-Authenticate") == "Bearer")
        for second in ["Bearer nope", "Bearer \(client.adminKey)"] {
            let twice = await client.get("/tickets", headers: [("authorization", second)])
            Self.expectError(twice, 401, "UNAUTHORIZED")
            #expect(
                twice.value("error", "message")
                    == .string("Malformed Authorization header: send it once, as Bearer <key>"))
        }
    }

    @Test func notFoundAndMethodNotAllowed() async throws {
        let client = try await HelpdeskTestClient()
        Self.expectError(await client.get("/nothing"), 404, "NOT_FOUND")
        Self.expectError(await client.get("/tickets/tkt_missing"), 404, "NOT_FOUND")
        Self.expectError(await client.get("/api/elsewhere"), 404, "NOT_FOUND")
        #expect(await client.get("/tickets/").status == 200)  // one trailing slash is ignored
        Self.expectError(await client.get("/tickets//"), 404, "NOT_FOUND")
        Self.expectError(await client.get("/tickets//tkt_1"), 404, "NOT_FOUND")
        let wrongMethod = await client.send("PUT", "/tickets/tkt_1")
        Self.expectError(wrongMethod, 405, "METHOD_NOT_ALLOWED")
        #expect(wrongMethod.header("Allow") == "GET, HEAD, PATCH, DELETE")
        #expect(await client.send("DELETE", "/conversations").header("Allow") == "GET, HEAD, POST")
    }

    /// Without a valid key, an unknown path or method is `401` like any other: which paths
    /// exist is not told to whoever asks.
    @Test func unknownPathsAndMethodsNeedAKeyToo() async throws {
        let client = try await HelpdeskTestClient()
        for (method, target) in [("GET", "/nothing"), ("GET", "/api/elsewhere"), ("PUT", "/tickets/tkt_1")] {
            for key: String?? in [.none, .some("nope")] {
                let refused = await client.send(method, target, key: key)
                Self.expectError(refused, 401, "UNAUTHORIZED")
                #expect(refused.header("WWW-Authenticate") == "Bearer")
                #expect(refused.header("Allow") == nil)
            }
        }
        #expect(await client.get("/openapi.json", key: .none).status == 200)
        #expect(await client.get("/openapi.json/", key: .none).status == 200)  // one trailing slash, as elsewhere
        for target in ["/openapi.json", "/api/v1/openapi.json"] {
            let wrongMethod = await client.send("POST", target, key: .none, json: "{}")
            Self.expectError(wrongMethod, 405, "METHOD_NOT_ALLOWED")  // a public path's methods are public
            #expect(wrongMethod.header("Allow") == "GET, HEAD")
        }
    }

    /// A known key's unknown path counts against that key's bucket, as its other requests do.
    @Test func unknownPathsCountAgainstTheKeysBucket() async throws {
        var configuration = HandlerConfiguration()
        configuration.rateLimit = RateLimitPolicy(limit: 3, window: .seconds(60))
        let client = try await HelpdeskTestClient(configuration: configuration)
        #expect(await client.get("/nothing").header("X-RateLimit-Remaining") == "2")
        #expect(await client.send("PUT", "/tickets/tkt_1").header("X-RateLimit-Remaining") == "1")
        #expect(await client.get("/tickets").header("X-RateLimit-Remaining") == "0")
        Self.expectError(await client.get("/nothing"), 429, "TOO_MANY_REQUESTS")
        #expect(await client.get("/nothing", key: .none).header("X-RateLimit-Remaining") == "2")
    }

    @Test func unreadableRequestIsABadRequestCountedAsAnonymous() async throws {
        let client = try await HelpdeskTestClient()
        let first = HelpdeskTestResponse(client.handler.unreadableRequest())
        Self.expectError(first, 400, "BAD_REQUEST")
        #expect(first.header("Content-Type") == "application/json")
        let second = HelpdeskTestResponse(client.handler.unreadableRequest("Header too large"))
        #expect(second.value("error", "message") == .string("Header too large"))
        let remaining = [first, second].compactMap { $0.header("X-RateLimit-Remaining").flatMap { Int($0) } }
        #expect(remaining.count == 2 && remaining[1] == remaining[0] - 1)
    }

    @Test func unreadableRequestIsRefusedOnceTheAnonymousBucketIsEmpty() async throws {
        var configuration = HandlerConfiguration()
        configuration.rateLimit = RateLimitPolicy(limit: 1, window: .seconds(60))
        let client = try await HelpdeskTestClient(configuration: configuration)
        #expect(client.handler.unreadableRequest().status == 400)
        let refused = HelpdeskTestResponse(client.handler.unreadableRequest())
        Self.expectError(refused, 429, "TOO_MANY_REQUESTS")
        #expect(refused.header("Retry-After") == "60")
    }

    @Test func badRequests() async throws {
        let client = try await HelpdeskTestClient()
        let malformed = await client.post("/tickets", json: #"{"subject": "x""#)
        Self.expectError(malformed, 400, "BAD_REQUEST")
        #expect(malformed.value("error", "details", "fields", "body") != nil)
        let textBody = await client.post("/tickets", json: "{}", headers: [("Content-Type", "text/plain")])
        Self.expectError(textBody, 400, "BAD_REQUEST")
        let noType = await client.send("POST", "/tags", json: nil)
        Self.expectError(noType, 400, "BAD_REQUEST")
        for id in ["cust_123", "nope", "tkt_a.b", "TKT_1"] {
            let badID = await client.get("/tickets/\(id)")
            Self.expectError(badID, 404, "NOT_FOUND")  // no ticket has an id of another shape
            #expect(badID.value("error", "message") == .string("Ticket not found"))
        }
        let unknownParameter = await client.get("/tickets?colour=red")
        Self.expectError(unknownParameter, 400, "BAD_REQUEST")
        #expect(unknownParameter.value("error", "details", "fields", "colour") != nil)
        let unknownField = await client.post("/tags", json: ##"{"name":"a","shade":"#000000"}"##)
        #expect(unknownField.value("error", "details", "fields", "shade") == .string("is not a known field"))
        Self.expectError(await client.get("/tickets/tkt_1?x=1"), 400, "BAD_REQUEST")
        let charset = await client.post(
            "/tags", json: #"{"name":"ok"}"#, headers: [("Content-Type", "application/json; charset=UTF-8")])
        #expect(charset.status == 201)
        let quoted = await client.post(
            "/tags", json: #"{"name":"quoted"}"#, headers: [("Content-Type", #"application/json;charset="utf-8""#)])
        #expect(quoted.status == 201)
        let otherCharset = await client.post(
            "/tags", json: #"{"name":"latin"}"#, headers: [("Content-Type", #"application/json; charset="latin1""#)])
        Self.expectError(otherCharset, 400, "BAD_REQUEST")
        let twice = await client.post(
            "/tags", json: #"{"name":"twice"}"#,
            headers: [("Content-Type", "application/json"), ("content-type", "text/plain")])
        Self.expectError(twice, 400, "BAD_REQUEST")
        #expect(twice.value("error", "details", "fields", "Content-Type") == .string("must be given once"))
        #expect(await client.get("/tags?limit=100").items.allSatisfy { $0.value(at: ["name"]) != .string("twice") })
    }

    /// A `next_cursor` of one list, passed to another list sorted the same way, is refused.
    @Test func aCursorOfAnotherListIsRefused() async throws {
        let client = try await HelpdeskTestClient()
        for index in 0..<2 {
            _ = await client.post("/tickets", json: #"{"subject":"x","customer_email":"c\#(index)@example.com"}"#)
        }
        let customers = await client.get("/customers?limit=1")
        let cursor = try customers.string("meta", "next_cursor")
        #expect(await client.get("/customers?limit=1&cursor=\(cursor)").status == 200)
        for list in ["/tickets", "/tags", "/users"] {
            let foreign = await client.get("\(list)?limit=1&cursor=\(cursor)")
            Self.expectError(foreign, 400, "BAD_REQUEST")
            #expect(foreign.value("error", "details", "fields", "cursor") == .string("was made for another list"))
        }
    }

    @Test func aBodyOverTheLimitIsRefused() async throws {
        var configuration = HandlerConfiguration()
        configuration.maximumBodySize = 64
        let client = try await HelpdeskTestClient(configuration: configuration)
        let big = await client.post("/tags", json: #"{"name":"\#(String(repeating: "a", count: 100))"}"#)
        Self.expectError(big, 400, "BAD_REQUEST")
        #expect(big.value("error", "details", "fields", "body") == .string("is too large"))
    }

    /// An article's body may hold 500,000 characters however they are escaped: its writes take
    /// up to `maximumArticleBodySize`, every other request `maximumBodySize`.
    @Test func anArticleOfTheLongestBodyFitsInEveryEncoding() async throws {
        let client = try await HelpdeskTestClient()
        let escaped = String(repeating: #"\ud83d\ude00"#, count: 500_000)  // an emoji, 6,000,000 bytes
        let created = await client.post("/articles", json: #"{"title":"Emoji","body":"\#(escaped)"}"#)
        #expect(created.status == 201)
        #expect(created.value("data", "body")?.stringValue?.unicodeScalars.count == 500_000)
        let id = try created.string("data", "id")
        let updated = await client.patch("/articles/\(id)", json: #"{"body":"\#(escaped)x"}"#)
        Self.expectError(updated, 400, "BAD_REQUEST")
        #expect(updated.value("error", "details", "fields", "body")?.stringValue?.contains("500") == true)
        let ticket = await client.post("/tickets", json: #"{"subject":"\#(String(repeating: "x", count: 2 << 20))"}"#)
        #expect(ticket.value("error", "details", "fields", "body") == .string("is too large"))
        let handler = client.handler
        #expect(handler.maximumBodySize(for: HelpdeskRequest(method: "POST", target: "/api/v1/articles")) == 8 << 20)
        #expect(handler.maximumBodySize(for: HelpdeskRequest(method: "PATCH", target: "/api/v1/articles/x")) == 8 << 20)
        #expect(handler.maximumBodySize(for: HelpdeskRequest(method: "POST", target: "/api/v1/tickets")) == 2 << 20)
        #expect(handler.maximumBodySize(for: HelpdeskRequest(method: "PUT", target: "/api/v1/articles")) == 2 << 20)
        #expect(handler.maximumBodySize(for: HelpdeskRequest(method: "POST", target: "/nowhere")) == 2 << 20)
    }

    /// A ticket with every field at its limit fits the default body size however it is escaped.
    @Test func aTicketOfTheLongestFieldsFitsInEveryEncoding() async throws {
        let client = try await HelpdeskTestClient()
        func emoji(_ count: Int) -> String { String(repeating: #"\ud83d\ude00"#, count: count) }
        let fields = (0..<Limits.customFieldCount).map {
            #""f\#($0)":"\#(emoji(Limits.customFieldString.upperBound))""#
        }
        let tags = (0..<Limits.ticketTags).map {
            #""\#(emoji(Limits.tagName.upperBound - 2))\#($0 < 10 ? "0" : "")\#($0)""#
        }
        let body =
            #"{"subject":"\#(emoji(255))","summary":"\#(emoji(1_000))","description":"\#(emoji(65_535))","#
            + #""customer_email":"long@example.com","tags":[\#(tags.joined(separator: ","))],"#
            + #""custom_fields":{\#(fields.joined(separator: ","))}}"#
        #expect(body.utf8.count > 1 << 20)
        let created = await client.post("/tickets", json: body)
        #expect(created.status == 201)
        #expect(created.value("data", "description")?.stringValue?.unicodeScalars.count == 65_535)
    }

    @Test func conflictAndForbidden() async throws {
        let client = try await HelpdeskTestClient()
        _ = await client.post("/customers", json: #"{"email":"a@example.com"}"#)
        let taken = await client.post("/customers", json: #"{"email":"A@example.com"}"#)
        Self.expectError(taken, 409, "CONFLICT")
        #expect(taken.value("error", "details", "fields", "email") == .string("is already taken"))
        let agent = try await client.key(for: .agent)
        Self.expectError(await client.post("/tags", json: #"{"name":"x"}"#, key: agent), 403, "FORBIDDEN")
    }

    @Test func anInternalFailureIsA500ThatLeaksNothing() async throws {
        let client = try await HelpdeskTestClient(store: FailingListStore())
        let response = await client.get("/tickets")
        Self.expectError(response, 500, "INTERNAL_SERVER_ERROR")
        #expect(!response.response.bodyText.contains("disk"))
    }
}

/// An in-memory store whose ticket lists fail as a broken backend would.
final class FailingListStore: HelpdeskStore {
    private let inner = InMemoryStore()

    func ticket(_ id: TicketID) async throws -> Stored<TicketRecord>? { try await inner.ticket(id) }
    func tickets(_ query: TicketQuery) async throws -> Page<TicketRecord> { throw StorageError.backend("disk on fire") }
    func conversation(_ id: ConversationID) async throws -> Conversation? { try await inner.conversation(id) }
    func conversations(_ query: ConversationQuery) async throws -> Page<Conversation> {
        try await inner.conversations(query)
    }
    func customer(_ id: CustomerID) async throws -> Stored<Customer>? { try await inner.customer(id) }
    func customer(email: String) async throws -> Stored<Customer>? { try await inner.customer(email: email) }
    func customers(ids: Set<CustomerID>) async throws -> [CustomerID: Customer] { try await inner.customers(ids: ids) }
    func customers(_ query: CustomerQuery) async throws -> Page<Customer> { try await inner.customers(query) }
    func user(_ id: UserID) async throws -> Stored<User>? { try await inner.user(id) }
    func user(email: String) async throws -> Stored<User>? { try await inner.user(email: email) }
    func users(ids: Set<UserID>) async throws -> [UserID: User] { try await inner.users(ids: ids) }
    func users(_ query: RecordQuery) async throws -> Page<User> { try await inner.users(query) }
    func tag(_ id: TagID) async throws -> Stored<Helpdesk.Tag>? { try await inner.tag(id) }
    func tags(named names: Set<String>) async throws -> [String: Helpdesk.Tag] { try await inner.tags(named: names) }
    func tags(_ query: RecordQuery) async throws -> Page<Helpdesk.Tag> { try await inner.tags(query) }
    func collection(_ id: CollectionID) async throws -> Stored<ArticleCollection>? { try await inner.collection(id) }
    func collections(_ query: RecordQuery) async throws -> Page<ArticleCollection> {
        try await inner.collections(query)
    }
    func article(_ id: ArticleID) async throws -> Stored<Article>? { try await inner.article(id) }
    func articles(_ query: ArticleQuery) async throws -> Page<Article> { try await inner.articles(query) }
    func apiKey(digest: String) async throws -> APIKey? { try await inner.apiKey(digest: digest) }
    func events(after sequence: Int64, limit: Int) async throws -> EventBatch {
        try await inner.events(after: sequence, limit: limit)
    }
    func relayPosition() async throws -> Int64 { try await inner.relayPosition() }
    func webhook(_ id: WebhookID) async throws -> Stored<Webhook>? { try await inner.webhook(id) }
    func webhooks(_ query: RecordQuery) async throws -> Page<Webhook> { try await inner.webhooks(query) }
    func delivery(_ id: DeliveryID) async throws -> Stored<WebhookDelivery>? { try await inner.delivery(id) }
    func deliveries(of webhook: WebhookID, _ query: RecordQuery) async throws -> Page<WebhookDelivery> {
        try await inner.deliveries(of: webhook, query)
    }
    func dueDeliveries(at now: Date, limit: Int) async throws -> [Stored<WebhookDelivery>] {
        try await inner.dueDeliveries(at: now, limit: limit)
    }
    func apply(_ changes: ChangeSet) async throws { try await inner.apply(changes) }
}

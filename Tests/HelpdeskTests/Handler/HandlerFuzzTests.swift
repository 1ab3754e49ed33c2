import Helpdesk
import HelpdeskTesting
import Testing

/// Throws 10,000 random and mutated requests at the handler: no trap, no 5xx, every
/// refusal in the error format, and the store unchanged by every refused request.
@Suite struct HandlerFuzzTests {
    @Test func tenThousandHostileRequests() async throws {
        var configuration = HandlerConfiguration()
        configuration.rateLimit = RateLimitPolicy(limit: 1_000_000, window: .seconds(60))
        let client = try await HelpdeskTestClient(configuration: configuration)
        let seeds = try await FuzzSeeds(client)
        var generator = FuzzRequestGenerator(seed: 2025, seeds: seeds)
        var before = await StoreSnapshot(client.handler.service)
        var counts: [Int: Int] = [:]
        for _ in 0..<10_000 {
            let request = generator.next()
            let response = await client.handler.handle(request)
            counts[response.status, default: 0] += 1
            #expect(response.status < 500, "\(request.method) \(request.path)?\(request.query) → \(response.bodyText)")
            if response.status >= 400 {
                let body = try? JSONParser.parse(response.body)
                let error = body?.objectValue?["error"]?.objectValue
                #expect(
                    error?["code"]?.stringValue != nil && error?["message"]?.stringValue != nil, "\(response.bodyText)")
                #expect(error?["details"]?.objectValue != nil)
                let after = await StoreSnapshot(client.handler.service)
                #expect(after == before, "a refused \(request.method) \(request.path) changed the store")
            } else if request.method != "GET" {
                before = await StoreSnapshot(client.handler.service)
            }
        }
        #expect(counts.keys.contains(200) && counts.keys.contains(400) && counts.keys.contains(404))
    }
}

/// Ids of real records, so that some fuzzed requests reach deep into the handler.
struct FuzzSeeds: Sendable {
    var ids: [String] = []
    var keys: [String] = []

    init(_ client: HelpdeskTestClient) async throws {
        let customer = try await client.post("/customers", json: #"{"email":"fuzz@example.com","name":"Fuzz"}"#).string(
            "data", "id")
        let ticket = try await client.post(
            "/tickets", json: #"{"subject":"fuzz","customer_id":"\#(customer)","tags":["f"]}"#
        ).string("data", "id")
        let conversation = try await client.post("/conversations", json: #"{"ticket_id":"\#(ticket)","content":"c"}"#)
            .string("data", "id")
        let collection = try await client.post("/collections", json: #"{"name":"c"}"#).string("data", "id")
        let article = try await client.post("/articles", json: #"{"title":"a","collection_id":"\#(collection)"}"#)
            .string("data", "id")
        let tag = try await client.get("/tags").string("data", "0", "id")
        let user = try await client.get("/users").string("data", "0", "id")
        ids = [customer, ticket, conversation, collection, article, tag, user]
        keys = [
            client.adminKey, try await client.key(for: .agent), try await client.key(for: .viewer),
            try await client.key(forCustomer: customer),
        ]
    }
}

/// Everything the store holds, as the admin sees it through the service.
struct StoreSnapshot: Equatable {
    var lists: [String] = []

    init(_ service: HelpdeskService) async {
        func describe<Item>(_ page: Page<Item>?) -> String { page.map { "\($0.total) \($0.items)" } ?? "error" }
        lists = [
            describe(try? await service.tickets(TicketQuery().limit(100))),
            describe(try? await service.conversations(ConversationQuery().limit(100))),
            describe(try? await service.customers(CustomerQuery().limit(100))),
            describe(try? await service.users(RecordQuery().limit(100))),
            describe(try? await service.tags(RecordQuery().limit(100))),
            describe(try? await service.articles(ArticleQuery().limit(100))),
            describe(try? await service.collections(RecordQuery().limit(100))),
        ]
    }
}

/// Makes hostile requests from a seeded SplitMix64, so that every run throws the same ones.
struct FuzzRequestGenerator {
    var state: UInt64
    let seeds: FuzzSeeds

    init(seed: UInt64, seeds: FuzzSeeds) {
        self.state = seed
        self.seeds = seeds
    }

    mutating func random() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(random() % UInt64(max(bound, 1))) }

    mutating func pick<Element>(_ elements: [Element]) -> Element { elements[below(elements.count)] }

    static let methods = [
        "GET", "GET", "POST", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS", "get", "", "TRACE\u{0}",
    ]
    static let collections = [
        "tickets", "conversations", "customers", "users", "tags", "articles", "collections", "openapi.json", "x", "",
    ]
    static let parameters = [
        "status", "priority", "assignee_id", "customer_id", "unassigned", "tags", "search", "order_by", "order_dir",
        "limit", "cursor", "ticket_id", "type", "internal", "email", "phone", "collection_id", "force", "zzz",
    ]
    static let values = [
        "open", "pending,solved", "high", "true", "false", "25", "0", "101", "-1", "created_at", "priority", "asc",
        "desc", "reply", "note", "%", "%zz", "%C3%28", "2025-01-15T10:30:00Z", "", ",", "a,,b", "w0001", "+", "%00",
        "eyJ4IjoxfQ", "WyJjcmVhdGVkX2F0IiwiZGVzYyIsInRrdF8xIiwiaTEiXQ",
    ]
    static let bodies = [
        #"{"subject":"Help","customer_email":"user@example.com","priority":"medium","tags":["support"]}"#,
        #"{"status":"pending","priority":"high","assignee_id":null}"#,
        #"{"ticket_id":"TICKET","content":"hi","type":"reply","internal":false}"#,
        #"{"email":"user@example.com","name":"John","phone":"+1-555-0123","company":"Acme"}"#,
        ##"{"name":"billing","color":"#ff0000"}"##,
        #"{"title":"t","body":"b","collection_id":"COLLECTION","status":"draft"}"#,
        #"{"name":"c","description":null}"#, #"{"email":"a@b.co","name":"n","role":"viewer","active":true}"#,
        "{}", "[]", "null", "1e999", #"{"custom_fields":{"a":{"b":1}}}"#,
    ]

    mutating func next() -> HelpdeskRequest {
        let method = pick(Self.methods)
        var path = "/api/v1/" + pick(Self.collections)
        switch below(5) {
        case 0: break
        case 1: path += "/" + pick(seeds.ids)
        case 2: path += "/" + pick(seeds.ids) + "/api_keys"
        case 3:
            path +=
                "/"
                + pick(["tkt_%FF", "%2e%2e", "tkt_1/x", "cust_", "a b", "tkt_" + String(repeating: "9", count: 70)])
        default: path = pick(["/", "/api", "/api/v2/tickets", "//api/v1/tickets", "/api/v1/tickets/", "/openapi.json"])
        }
        var query: [String] = []
        for _ in 0..<below(4) { query.append(pick(Self.parameters) + pick(["=", "", "=="]) + pick(Self.values)) }
        var headers: [(name: String, value: String)] = []
        switch below(6) {
        case 0: break
        case 1: headers.append(("Authorization", "Bearer nope"))
        case 2: headers.append(("authorization", pick(["Bearer", "bearer  " + pick(seeds.keys), "Basic x", ""])))
        default: headers.append(("Authorization", "Bearer " + pick(seeds.keys)))
        }
        if below(4) != 0 {
            headers.append(
                (
                    "Content-Type",
                    pick(["application/json", "text/plain", "application/json; charset=latin1", "APPLICATION/JSON"])
                ))
        }
        if below(5) == 0 { headers.append(("If-Match", pick(["*", "\"x\"", "W/\"y\"", ""]))) }
        if below(5) == 0 {
            headers.append(("Idempotency-Key", pick(["k", "", String(repeating: "z", count: 300), "ü"])))
        }
        return HelpdeskRequest(
            method: method, path: path, query: query.joined(separator: "&"), headers: headers, body: body())
    }

    mutating func body() -> [UInt8] {
        var bytes = Array(
            pick(Self.bodies).replacing("TICKET", with: seeds.ids[1]).replacing("COLLECTION", with: seeds.ids[3]).utf8)
        switch below(6) {
        case 0: return bytes
        case 1:
            for _ in 0..<1 + below(4) where !bytes.isEmpty {
                bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: random())
            }
        case 2: bytes = Array(bytes.prefix(below(bytes.count + 1)))
        case 3:
            bytes =
                Array(repeating: UInt8(ascii: "["), count: 50 + below(100))
                + Array(repeating: UInt8(ascii: "]"), count: 50 + below(100))
        case 4: bytes = (0..<below(64)).map { _ in UInt8(truncatingIfNeeded: random()) }
        default: bytes.insert(contentsOf: [0xC3, 0x28], at: below(bytes.count + 1))
        }
        return bytes
    }
}

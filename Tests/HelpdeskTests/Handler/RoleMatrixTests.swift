import Helpdesk
import HelpdeskTesting
import Testing

/// Every role against every endpoint (SPEC §5), and what each may see.
@Suite struct RoleMatrixTests {
    /// A helpdesk with two customers, a ticket each, a public reply and an internal note on
    /// customer A's ticket, a draft and a published article, a tag and a collection; and a key
    /// for every role.
    struct World {
        let client: HelpdeskTestClient
        var keys: [String: String] = [:]
        var ids: [String: String] = [:]

        init() async throws {
            client = try await HelpdeskTestClient()
            let customerA = try await client.post("/customers", json: #"{"email":"a@example.com","name":"A"}"#).string(
                "data", "id")
            let customerB = try await client.post("/customers", json: #"{"email":"b@example.com","name":"B"}"#).string(
                "data", "id")
            let ticketA = try await client.post(
                "/tickets", json: #"{"subject":"A's","customer_id":"\#(customerA)","tags":["t"]}"#
            ).string("data", "id")
            let ticketB = try await client.post("/tickets", json: #"{"subject":"B's","customer_id":"\#(customerB)"}"#)
                .string("data", "id")
            let reply = try await client.post(
                "/conversations", json: #"{"ticket_id":"\#(ticketA)","content":"public"}"#
            ).string("data", "id")
            let note = try await client.post(
                "/conversations", json: #"{"ticket_id":"\#(ticketA)","content":"secret","type":"note"}"#
            ).string("data", "id")
            let replyB = try await client.post(
                "/conversations", json: #"{"ticket_id":"\#(ticketB)","content":"b public"}"#
            ).string("data", "id")
            let collection = try await client.post("/collections", json: #"{"name":"C"}"#).string("data", "id")
            let draft = try await client.post("/articles", json: #"{"title":"Draft","body":"d"}"#).string("data", "id")
            let published = try await client.post(
                "/articles", json: #"{"title":"Live","body":"l","status":"published"}"#
            ).string("data", "id")
            let tag = try await client.get("/tags").string("data", "0", "id")
            let users = await client.get("/users")
            let admin = try users.string("data", "0", "id")
            ids = [
                "customerA": customerA, "customerB": customerB, "ticketA": ticketA, "ticketB": ticketB, "reply": reply,
                "note": note, "replyB": replyB, "collection": collection, "draft": draft, "published": published,
                "tag": tag, "admin": admin,
            ]
            keys = [
                "admin": client.adminKey, "agent": try await client.key(for: .agent),
                "viewer": try await client.key(for: .viewer), "customer": try await client.key(forCustomer: customerA),
            ]
        }

        /// `template` with `{name}` replaced by the world's ids.
        func resolve(_ template: String) -> String {
            ids.reduce(template) { text, entry in text.replacing("{\(entry.key)}", with: entry.value) }
        }
    }

    /// One request and the status each role gets: admin, agent, viewer, customer (of A).
    struct Case: CustomTestStringConvertible, Sendable {
        let method: String
        let path: String
        let body: String?
        let expected: [String: Int]

        init(
            _ method: String, _ path: String, _ body: String? = nil, admin: Int, agent: Int, viewer: Int, customer: Int
        ) {
            self.method = method
            self.path = path
            self.body = body
            self.expected = ["admin": admin, "agent": agent, "viewer": viewer, "customer": customer]
        }

        var testDescription: String { "\(method) \(path)" }
    }

    static let cases: [Case] = [
        Case("GET", "/tickets", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("GET", "/tickets/{ticketA}", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("GET", "/tickets/{ticketB}", admin: 200, agent: 200, viewer: 200, customer: 404),
        Case(
            "POST", "/tickets", #"{"subject":"new","customer_email":"a@example.com"}"#, admin: 201, agent: 201,
            viewer: 403, customer: 201),
        Case(
            "PATCH", "/tickets/{ticketA}", #"{"priority":"high"}"#, admin: 200, agent: 200, viewer: 403, customer: 403),
        Case("DELETE", "/tickets/{ticketB}", admin: 204, agent: 204, viewer: 403, customer: 403),
        Case("GET", "/conversations", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("GET", "/conversations/{reply}", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("GET", "/conversations/{note}", admin: 200, agent: 200, viewer: 404, customer: 404),
        Case("GET", "/conversations/{replyB}", admin: 200, agent: 200, viewer: 200, customer: 404),
        Case(
            "POST", "/conversations", #"{"ticket_id":"{ticketA}","content":"hi"}"#, admin: 201, agent: 201, viewer: 403,
            customer: 201),
        Case(
            "POST", "/conversations", #"{"ticket_id":"{ticketA}","content":"hi","type":"note"}"#, admin: 201,
            agent: 201, viewer: 403, customer: 403),
        Case(
            "POST", "/conversations", #"{"ticket_id":"{ticketB}","content":"hi"}"#, admin: 201, agent: 201, viewer: 403,
            customer: 400),
        Case("GET", "/customers", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("GET", "/customers/{customerA}", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("GET", "/customers/{customerB}", admin: 200, agent: 200, viewer: 200, customer: 404),
        Case("POST", "/customers", #"{"email":"new@example.com"}"#, admin: 201, agent: 201, viewer: 403, customer: 403),
        Case("PATCH", "/customers/{customerB}", #"{"name":"Bee"}"#, admin: 200, agent: 200, viewer: 403, customer: 403),
        Case("DELETE", "/customers/{customerB}?force=true", admin: 204, agent: 403, viewer: 403, customer: 403),
        Case("POST", "/customers/{customerB}/api_keys", "{}", admin: 201, agent: 403, viewer: 403, customer: 403),
        Case("GET", "/users", admin: 200, agent: 200, viewer: 200, customer: 403),
        Case("GET", "/users/{admin}", admin: 200, agent: 200, viewer: 200, customer: 403),
        Case(
            "POST", "/users", #"{"email":"u@example.com","name":"U"}"#, admin: 201, agent: 403, viewer: 403,
            customer: 403),
        Case("PATCH", "/users/{admin}", #"{"name":"Boss"}"#, admin: 200, agent: 403, viewer: 403, customer: 403),
        Case("POST", "/users/{admin}/api_keys", "{}", admin: 201, agent: 403, viewer: 403, customer: 403),
        Case("GET", "/tags", admin: 200, agent: 200, viewer: 200, customer: 403),
        Case("GET", "/tags/{tag}", admin: 200, agent: 200, viewer: 200, customer: 403),
        Case("POST", "/tags", #"{"name":"fresh"}"#, admin: 201, agent: 403, viewer: 403, customer: 403),
        Case("PATCH", "/tags/{tag}", ##"{"color":"#000000"}"##, admin: 200, agent: 403, viewer: 403, customer: 403),
        Case("DELETE", "/tags/{tag}", admin: 204, agent: 403, viewer: 403, customer: 403),
        Case("GET", "/articles", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("GET", "/articles/{draft}", admin: 200, agent: 200, viewer: 200, customer: 404),
        Case("GET", "/articles/{published}", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("POST", "/articles", #"{"title":"T","body":"b"}"#, admin: 201, agent: 201, viewer: 403, customer: 403),
        Case("PATCH", "/articles/{draft}", #"{"title":"T2"}"#, admin: 200, agent: 200, viewer: 403, customer: 403),
        Case("DELETE", "/articles/{published}", admin: 204, agent: 204, viewer: 403, customer: 403),
        Case("GET", "/collections", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("GET", "/collections/{collection}", admin: 200, agent: 200, viewer: 200, customer: 200),
        Case("POST", "/collections", #"{"name":"N"}"#, admin: 201, agent: 201, viewer: 403, customer: 403),
        Case(
            "PATCH", "/collections/{collection}", #"{"name":"N2"}"#, admin: 200, agent: 200, viewer: 403, customer: 403),
        Case("DELETE", "/collections/{collection}", admin: 204, agent: 204, viewer: 403, customer: 403),
    ]

    @Test(arguments: cases)
    func everyRoleGetsItsAnswer(_ testCase: Case) async throws {
        for role in ["admin", "agent", "viewer", "customer"] {
            let world = try await World()  // a fresh world per role: writes must not leak between roles
            let body = testCase.body.map(world.resolve)
            let response = await world.client.send(
                testCase.method, world.resolve(testCase.path), key: world.keys[role], json: body)
            #expect(response.status == testCase.expected[role], "\(role): \(response.response.bodyText)")
            if response.status >= 400 { #expect(response.errorCode != nil) }
        }
    }

    @Test func viewersAndCustomersNeverSeeInternalNotes() async throws {
        let world = try await World()
        for role in ["viewer", "customer"] {
            let key = world.keys[role]
            for path in [
                "/conversations", "/conversations?ticket_id={ticketA}", "/conversations?internal=true",
                "/conversations?type=note",
            ] {
                let page = await world.client.get(world.resolve(path), key: key)
                #expect(page.status == 200)
                #expect(!page.response.bodyText.contains("secret"), "\(role) \(path)")
                #expect(page.items.allSatisfy { $0.objectValue?["internal"] == .bool(false) })
            }
            #expect(await world.client.get("/conversations?internal=true", key: key).total == 0)
        }
        #expect(await world.client.get("/conversations?internal=true", key: world.keys["agent"]).total == 1)
    }

    @Test func customersSeeOnlyTheirOwn() async throws {
        let world = try await World()
        let key = world.keys["customer"]
        let tickets = await world.client.get("/tickets", key: key)
        #expect(tickets.total == 1)
        #expect(tickets.items.map { $0.objectValue?["subject"] } == [.string("A's")])
        #expect(await world.client.get(world.resolve("/tickets?customer_id={customerB}"), key: key).total == 0)
        #expect(await world.client.get("/tickets?search=B", key: key).total == 0)
        #expect(await world.client.get("/customers", key: key).total == 1)
        #expect(await world.client.get("/customers?email=b@example.com", key: key).total == 0)
        let conversations = await world.client.get("/conversations", key: key)
        #expect(conversations.total == 1)
        #expect(await world.client.get("/articles", key: key).total == 1)
        #expect(await world.client.get("/articles?status=draft", key: key).total == 0)
    }

    @Test func aCustomerOpensTicketsForItselfOnly() async throws {
        let world = try await World()
        let key = world.keys["customer"]
        let own = await world.client.post("/tickets", json: #"{"subject":"mine"}"#, key: key)
        #expect(own.status == 201)
        #expect(try own.string("data", "customer", "id") == world.ids["customerA"])
        let other = await world.client.post(
            "/tickets", json: world.resolve(#"{"subject":"x","customer_id":"{customerB}"}"#), key: key)
        #expect(other.status == 403)
        let otherEmail = await world.client.post(
            "/tickets", json: #"{"subject":"x","customer_email":"b@example.com"}"#, key: key)
        #expect(otherEmail.status == 403)
        let privileged = await world.client.post(
            "/tickets", json: #"{"subject":"x","status":"solved","tags":["vip"]}"#, key: key)
        #expect(privileged.status == 403)
        #expect(privileged.value("error", "details", "fields", "status") != nil)
        #expect(await world.client.get("/tickets").total == 3)
    }
}

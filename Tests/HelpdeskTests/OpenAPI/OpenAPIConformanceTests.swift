import Foundation
import Helpdesk
import Testing

/// The handler's real answers, successes and errors, for every operation, fit the document.
@Suite struct OpenAPIConformanceTests {
    @Test func everySuccessFitsTheDocument() async throws {
        let fixture = try await OpenAPIFixture()
        var checker = AnswerChecker(fixture)
        let ids = try await Self.createEverything(&checker)
        try await Self.readEverything(&checker, ids)
        try await Self.updateEverything(&checker, ids)
        let system = try await checker.send(.listConversations, query: "type=system")
        let entries = try JSONParser.parse(system.body)["data"]?.arrayValue ?? []
        #expect(entries.contains { $0["author"]?["id"] == .null }, "no system entry: \(system.bodyText)")
        try await checker.send(.createUserAPIKey, id: ids.agent, body: #"{"name": "CI"}"#)
        try await checker.send(.createCustomerAPIKey, id: ids.customer)
        try await checker.send(.getOpenAPI, key: .none)
        try await Self.exerciseWebhooks(&checker, ids)
        for (operation, id) in [
            (Endpoint.deleteArticle, ids.article), (.deleteArticle, ids.draft), (.deleteCollection, ids.collection),
            (.deleteTag, ids.tag), (.deleteTicket, ids.emailTicket),
        ] {
            let response = try await checker.send(operation, id: id)
            #expect(response.status == 204, "\(operation): \(response.bodyText)")
        }
        #expect(try await checker.send(.deleteCustomer, id: ids.customer, query: "force=true").status == 204)
        for operation in Endpoint.allCases {
            let expected =
                [.create, .mintKey, .redeliver].contains(operation.action)
                ? 201 : operation.action == .delete ? 204 : 200
            #expect(checker.seen[operation]?.contains(expected) == true, "\(operation) never answered \(expected)")
        }
    }

    @Test func everyErrorFitsTheDocument() async throws {
        let fixture = try await OpenAPIFixture()
        var checker = AnswerChecker(fixture)
        let viewer = try await fixture.key(of: .viewer)
        let ids = try await Self.createEverything(&checker)
        let expectations: [(Int, HelpdeskResponse)] = [
            (404, try await checker.send(.getTicket, id: "nope")),
            (400, try await checker.send(.createTicket, body: "{}")),
            (400, try await checker.send(.createTag, body: ##"{"name": "x", "colour": "#fff"}"##)),
            (400, try await checker.send(.listTickets, query: "bogus=1&limit=0")),
            (400, try await checker.send(.getTag, id: ids.tag, query: "expand=all")),
            (401, try await checker.send(.listTickets, key: .none)),
            (401, try await checker.send(.getTicket, id: ids.ticket, key: .key("wrong"))),
            (403, try await checker.send(.deleteCustomer, id: ids.customer, key: .key(viewer))),
            (403, try await checker.send(.createTag, body: #"{"name": "x"}"#, key: .key(viewer))),
            (404, try await checker.send(.getTicket, id: "tkt_missing")),
            (404, try await checker.send(.deleteTag, id: "tag_missing")),
            (404, try await checker.send(.createUserAPIKey, id: "user_missing")),
            (409, try await checker.send(.createCustomer, body: #"{"email": "bob@example.com"}"#)),
            (409, try await checker.send(.deleteCollection, id: ids.collection)),
            (409, try await checker.send(.deleteCustomer, id: ids.customer)),
            (412, try await checker.send(.updateTag, id: ids.tag, body: "{}", headers: [("If-Match", "\"0\"")])),
            (412, try await checker.send(.deleteTicket, id: ids.ticket, headers: [("If-Match", "\"0\"")])),
            (412, try await checker.send(.getTicket, id: ids.ticket, headers: [("If-Match", "\"0\"")])),
        ]
        for (status, response) in expectations {
            #expect(response.status == status, "\(response.bodyText)")
        }
        for (contentType, body) in [
            ("text/plain", #"{"name": "x"}"#), ("application/json", "{"), ("application/json", "[]"),
        ] {
            let response = await fixture.handler.handle(
                HelpdeskRequest(
                    method: "POST", path: fixture.basePath + "/tags",
                    headers: [("Authorization", "Bearer \(fixture.adminKey)"), ("Content-Type", contentType)],
                    body: Array(body.utf8)))
            checker.check(.createTag, response)
            #expect(response.status == 400, "\(contentType) \(body)")
        }
    }

    @Test func idempotencyAndPreconditionsFitTheDocument() async throws {
        let fixture = try await OpenAPIFixture()
        var checker = AnswerChecker(fixture)
        let key = [(name: "Idempotency-Key", value: "create-billing")]
        let first = try await checker.send(.createTag, body: #"{"name": "billing"}"#, headers: key)
        let replay = try await checker.send(.createTag, body: #"{"name": "billing"}"#, headers: key)
        let reused = try await checker.send(.createTag, body: #"{"name": "sales"}"#, headers: key)
        #expect(first.status == 201 && replay.status == 201 && reused.status == 409)
        #expect(replay.header("Idempotent-Replayed") == "true")
        let id = try #require(JSONParser.parse(first.body)["data"]?["id"]?.stringValue)
        let etag = try #require(first.header("ETag"))
        let matched = try await checker.send(
            .updateTag, id: id, body: ##"{"color": "#00ff00"}"##, headers: [("If-Match", etag)])
        #expect(matched.status == 200)
        let stale = try await checker.send(.deleteTag, id: id, headers: [("If-Match", etag)])
        #expect(stale.status == 412)
    }

    @Test func rateLimitedAnswersFitTheDocument() async throws {
        let fixture = try await OpenAPIFixture(rateLimit: 1)
        var checker = AnswerChecker(fixture)
        #expect(try await checker.send(.listTags).status == 200)
        let limited = try await checker.send(.listTags)
        #expect(limited.status == 429)
        #expect(limited.header("Retry-After") != nil)
        #expect(try await checker.send(.createTag, body: #"{"name": "x"}"#).status == 429)
        // The fixture read the document without a key, which emptied the anonymous bucket.
        #expect(try await checker.send(.getOpenAPI, key: .none).status == 429)
    }

    /// The ids of the records ``createEverything(_:)`` makes.
    struct Records {
        var agent = "", customer = "", bareCustomer = "", tag = "", collection = "", article = "", draft = ""
        var ticket = "", emailTicket = "", note = "", reply = "", webhook = ""
    }

    /// A subscription's deliveries, one redelivered, the change feed, and the subscription's update and delete.
    static func exerciseWebhooks(_ checker: inout AnswerChecker, _ ids: Records) async throws {
        _ = try await checker.fixture.handler.service.relayEvents()
        #expect(try await checker.send(.getWebhook, id: ids.webhook).status == 200)
        let deliveries = try await checker.send(.listWebhookDeliveries, id: ids.webhook, query: "limit=2")
        let delivery = try #require(JSONParser.parse(deliveries.body)["data"]?.arrayValue?.first?["id"]?.stringValue)
        #expect(try await checker.send(.getWebhookDelivery, id: ids.webhook, deliveryID: delivery).status == 200)
        let again = try await checker.send(.redeliverWebhookDelivery, id: ids.webhook, deliveryID: delivery)
        #expect(again.status == 201, "\(again.bodyText)")
        let feed = try await checker.send(.listEvents, query: "limit=3")
        let cursor = try #require(JSONParser.parse(feed.body)["meta"]?["next_cursor"]?.stringValue)
        #expect(try await checker.send(.listEvents, query: "after=\(cursor)").status == 200)
        let update = try await checker.send(
            .updateWebhook, id: ids.webhook, body: #"{"events": ["ticket.*"], "description": null, "active": false}"#)
        #expect(update.status == 200, "\(update.bodyText)")
        #expect(try await checker.send(.deleteWebhook, id: ids.webhook).status == 204)
    }

    /// One record of every kind, with optional fields both set and left out.
    static func createEverything(_ checker: inout AnswerChecker) async throws -> Records {
        var ids = Records()
        ids.webhook = try await checker.create(
            .createWebhook, #"{"url": "https://hooks.example.com/in", "events": ["*"], "description": "All"}"#)
        ids.agent = try await checker.create(
            .createUser, #"{"email": "ann@example.com", "name": "Ann", "role": "agent"}"#)
        ids.customer = try await checker.create(
            .createCustomer,
            #"{"email": "bob@example.com", "name": "Bob", "phone": "+1-555-0123", "company": "Acme", "#
                + #""custom_fields": {"plan": "pro", "seats": 5, "vip": true, "note": null, "ratio": 0.5}}"#)
        ids.bareCustomer = try await checker.create(.createCustomer, #"{"email": "carol@example.com"}"#)
        ids.tag = try await checker.create(.createTag, ##"{"name": "Billing", "color": "#FF0000"}"##)
        ids.collection = try await checker.create(.createCollection, #"{"name": "Start", "description": "First"}"#)
        ids.article = try await checker.create(
            .createArticle,
            #"{"title": "Reset", "body": "Hi *there*", "collection_id": "\#(ids.collection)", "status": "published"}"#)
        ids.draft = try await checker.create(.createArticle, #"{"title": "Draft"}"#)
        ids.ticket = try await checker.create(
            .createTicket,
            #"{"subject": "Help", "description": "Long", "summary": "Short", "customer_id": "\#(ids.customer)", "#
                + #""priority": "high", "assignee_id": "\#(ids.agent)", "tags": ["billing", "New"], "#
                + #""custom_fields": {"order": 42}}"#)
        ids.emailTicket = try await checker.create(
            .createTicket, #"{"subject": "Mail", "customer_email": "dave@example.com"}"#)
        ids.note = try await checker.create(
            .createConversation, #"{"ticket_id": "\#(ids.ticket)", "content": "<b>Hi</b>", "type": "note"}"#)
        ids.reply = try await checker.create(
            .createConversation, #"{"ticket_id": "\#(ids.ticket)", "content": "Thanks"}"#)
        return ids
    }

    /// Every get and every list, with and without parameters.
    static func readEverything(_ checker: inout AnswerChecker, _ ids: Records) async throws {
        let gets: [(Endpoint, String)] = [
            (.getTicket, ids.ticket), (.getTicket, ids.emailTicket), (.getConversation, ids.note),
            (.getConversation, ids.reply), (.getCustomer, ids.customer), (.getCustomer, ids.bareCustomer),
            (.getUser, ids.agent), (.getTag, ids.tag), (.getArticle, ids.article), (.getArticle, ids.draft),
            (.getCollection, ids.collection),
        ]
        for (operation, id) in gets {
            #expect(try await checker.send(operation, id: id).status == 200, "\(operation) \(id)")
        }
        for operation in Endpoint.allCases where operation.action == .list {
            let id = operation == .listWebhookDeliveries ? ids.webhook : ""
            #expect(try await checker.send(operation, id: id).status == 200, "\(operation)")
            let page = try await checker.send(operation, id: id, query: "limit=1")
            #expect(page.status == 200, "\(operation)")
        }
        #expect(
            try await checker.send(.listTickets, query: "tags=billing&order_by=priority&order_dir=asc").status == 200)
    }

    /// An update of every kind, clearing what can be cleared.
    static func updateEverything(_ checker: inout AnswerChecker, _ ids: Records) async throws {
        let updates: [(Endpoint, String, String)] = [
            (
                .updateTicket, ids.ticket,
                #"{"status": "pending", "assignee_id": null, "summary": null, "tags": ["vip"]}"#
            ),
            (.updateCustomer, ids.customer, #"{"name": null, "phone": "555 0100", "custom_fields": {}}"#),
            (.updateUser, ids.agent, #"{"role": "viewer", "active": true}"#),
            (.updateTag, ids.tag, ##"{"color": "#00ff00"}"##),
            (.updateArticle, ids.draft, #"{"status": "published", "collection_id": "\#(ids.collection)"}"#),
            (.updateCollection, ids.collection, #"{"description": null}"#),
        ]
        for (operation, id, body) in updates {
            let response = try await checker.send(operation, id: id, body: body)
            #expect(response.status == 200, "\(operation): \(response.bodyText)")
        }
    }
}

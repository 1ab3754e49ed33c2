import Foundation
import Helpdesk
import Testing

/// The query parameters the document lists are exactly those the handler accepts.
@Suite struct OpenAPIQueryDriftTests {
    /// The names each operation's parser reads; every other operation reads none.
    static let parsed: [Endpoint: [String]] = [
        .listTickets: TicketQuery.parameterNames, .listConversations: ConversationQuery.parameterNames,
        .listCustomers: CustomerQuery.parameterNames, .listArticles: ArticleQuery.parameterNames,
        .listUsers: RecordQuery.parameterNames, .listTags: RecordQuery.parameterNames,
        .listCollections: RecordQuery.parameterNames, .deleteCustomer: ["force"],
        .listWebhooks: RecordQuery.parameterNames, .listWebhookDeliveries: RecordQuery.parameterNames,
        .listEvents: EventFeedQuery.parameterNames,
    ]

    @Test func namesAreTheParsersOwn() {
        #expect(TicketQuery.parameterNames.contains("unassigned"))
        #expect(
            CustomerQuery.parameterNames == ["email", "search", "phone", "order_by", "order_dir", "limit", "cursor"])
        #expect(RecordQuery.parameterNames == ["limit", "cursor"])
        for names in Self.parsed.values { #expect(Set(names).count == names.count) }
    }

    @Test(arguments: Endpoint.allCases.filter(\.requiresKey))
    func documentsExactlyWhatTheHandlerAccepts(operation: Endpoint) async throws {
        let fixture = try await OpenAPIFixture()
        let validator = SchemaValidator(document: fixture.document)
        let parameters = fixture.operationObject(operation)?["parameters"]?.arrayValue ?? []
        let query = parameters.filter { $0["in"] == .string("query") }
        #expect(query.compactMap { $0["name"]?.stringValue } == Self.parsed[operation] ?? [])
        let id = operation == .listWebhookDeliveries ? try await fixture.webhook() : Self.missingID(for: operation)
        for parameter in query {
            let name = try #require(parameter["name"]?.stringValue)
            let example = try #require(parameter["example"], "\(operation) \(name) has no example")
            let schema = try #require(parameter["schema"])
            #expect(parameter["description"]?.stringValue?.isEmpty == false, "\(name)")
            #expect(validator.problems(example, schema).isEmpty, "\(name): \(validator.problems(example, schema))")
            let response = await fixture.send(
                operation, id: id, deliveryID: "dlv_missing", query: "\(name)=\(queryValue(example))")
            #expect(response.status != 400, "\(operation) refused \(name): \(response.bodyText)")
            if operation.action == .list { #expect(response.status == 200, "\(name)") }
        }
        let refused = await fixture.send(
            operation, id: id, deliveryID: "dlv_missing", query: "undocumented_parameter=1")
        #expect(refused.status == 400)
        let fields = try JSONParser.parse(refused.body)["error"]?["details"]?["fields"]
        #expect(fields?["undocumented_parameter"] != nil, "\(refused.bodyText)")
    }

    @Test(arguments: Array(parsed.keys).filter { $0.action == .list })
    func refusesWhatTheSchemaRefuses(operation: Endpoint) async throws {
        let fixture = try await OpenAPIFixture()
        let validator = SchemaValidator(document: fixture.document)
        let parameters = fixture.operationObject(operation)?["parameters"]?.arrayValue ?? []
        let schemas = Dictionary(
            uniqueKeysWithValues: parameters.compactMap { parameter in
                parameter["name"]?.stringValue.flatMap { name in parameter["schema"].map { (name, $0) } }
            })
        let probes: [(String, JSONValue)] = [
            ("limit", .number(0)), ("limit", .number(101)), ("limit", .number(100)), ("limit", .number(1)),
            ("cursor", .string("not a cursor")), ("cursor", .string("2025-01-15T10:30:00+02:00")),
            ("order_dir", .string("sideways")), ("search", .string("-")), ("search", .string("disk")),
            ("status", .array([.string("open"), .string("nope")])), ("tags", .array([.string(" ")])),
            ("email", .array([.string("a@b.c"), .string("")])), ("type", .array([.string("system")])),
        ]
        let id = operation == .listWebhookDeliveries ? try await fixture.webhook() : ""
        for (name, value) in probes {
            guard let schema = schemas[name] else { continue }
            let response = await fixture.send(operation, id: id, query: "\(name)=\(queryValue(value))")
            let valid = validator.matches(value, schema)
            #expect((response.status == 200) == valid, "\(operation) \(name)=\(value.text): \(response.bodyText)")
        }
    }

    /// A well-formed id of the operation's kind that no record has.
    static func missingID(for operation: Endpoint) -> String {
        guard operation.pathTemplate.contains("{id}") else { return "" }
        let prefixes = [
            "tickets": "tkt_", "conversations": "conv_", "customers": "cust_", "users": "user_", "tags": "tag_",
            "articles": "art_", "collections": "col_", "webhooks": "whk_", "deliveries": "whk_",
        ]
        return (prefixes[operation.collection ?? ""] ?? "") + "missing"
    }
}

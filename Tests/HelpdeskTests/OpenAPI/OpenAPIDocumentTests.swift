import Foundation
import Helpdesk
import Testing

@Suite struct OpenAPIDocumentTests {
    static let keyed = Endpoint.allCases.filter(\.requiresKey)
    static let withID = Endpoint.allCases.filter { $0.pathTemplate.contains("{id}") }

    @Test func isServedWithoutKeyAsOpenAPI31() async throws {
        let fixture = try await OpenAPIFixture()
        for path in ["/openapi.json", fixture.basePath + "/openapi.json"] {
            let response = await fixture.handler.handle(HelpdeskRequest(method: "GET", path: path))
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/json")
            let document = try JSONParser.parse(response.body)
            #expect(document == fixture.document)
        }
        #expect(fixture.document["openapi"] == .string("3.1.0"))
        #expect(fixture.document["servers"]?.arrayValue?.first?["url"] == .string(fixture.basePath))
        #expect(fixture.document["info"]?["title"]?.stringValue?.isEmpty == false)
    }

    @Test(arguments: Endpoint.allCases)
    func describesEveryOperation(operation: Endpoint) async throws {
        let fixture = try await OpenAPIFixture()
        let object = try #require(
            fixture.operationObject(operation), "no \(operation.method) \(operation.pathTemplate)")
        #expect(object["operationId"] == .string(operation.rawValue))
        #expect(object["summary"]?.stringValue?.isEmpty == false)
        #expect(object["responses"]?.objectValue?.isEmpty == false)
    }

    @Test func describesNothingElse() async throws {
        let fixture = try await OpenAPIFixture()
        let paths = try #require(fixture.document["paths"]?.objectValue)
        #expect(Set(paths.keys) == Set(Endpoint.allCases.map(\.pathTemplate)))
        let ids = paths.values.flatMap { $0.objectValue?.values.compactMap { $0["operationId"]?.stringValue } ?? [] }
        #expect(ids.sorted() == Endpoint.allCases.map(\.rawValue).sorted())
    }

    @Test func everyReferenceResolves() async throws {
        let fixture = try await OpenAPIFixture()
        let references = Set(fixture.document.references)
        #expect(references.count > 30)
        for reference in references {
            #expect(fixture.document.pointer(reference) != nil, "unresolved \(reference)")
        }
    }

    @Test func everySchemaUsesOnlyCheckedKeywords() async throws {
        let fixture = try await OpenAPIFixture()
        let schemas = try #require(fixture.document["components"]?["schemas"]?.objectValue)
        var parameterSchemas = Endpoint.allCases.flatMap { operation in
            fixture.operationObject(operation)?["parameters"]?.arrayValue?.compactMap { $0["schema"] } ?? []
        }
        parameterSchemas += schemas.values
        #expect(parameterSchemas.count > 60)
        for schema in parameterSchemas {
            let unknown = Self.keywords(in: schema).subtracting(SchemaValidator.keywords)
            #expect(unknown.isEmpty, "\(schema.text)")
        }
    }

    /// Every keyword of `schema` and of the schemas nested in it.
    static func keywords(in schema: JSONValue) -> Set<String> {
        guard case .object(let members) = schema else { return [] }
        var found = Set(members.keys)
        var nested: [JSONValue] = Array((members["properties"]?.objectValue ?? [:]).values)
        nested += ["items", "additionalProperties", "propertyNames", "not"].compactMap { members[$0] }
        nested += ["anyOf", "oneOf", "allOf"].flatMap { members[$0]?.arrayValue ?? [] }
        for child in nested { found.formUnion(keywords(in: child)) }
        return found
    }

    @Test func bearerKeysEverywhereButTheDocument() async throws {
        let fixture = try await OpenAPIFixture()
        let scheme = fixture.document["components"]?["securitySchemes"]?["bearerAuth"]
        #expect(scheme?["type"] == .string("http"))
        #expect(scheme?["scheme"] == .string("bearer"))
        #expect(fixture.document["security"] == .array([.object(["bearerAuth": .array([])])]))
        for operation in Endpoint.allCases {
            let security = fixture.operationObject(operation)?["security"]
            #expect(security == (operation.requiresKey ? nil : .array([])), "\(operation)")
        }
    }

    @Test(arguments: keyed)
    func documentsEveryErrorOfTheOperation(operation: Endpoint) async throws {
        let fixture = try await OpenAPIFixture()
        let responses = try #require(fixture.operationObject(operation)?["responses"]?.objectValue)
        var expected: Set<String> = ["400", "401", "403", "429", "500"]
        if operation.pathTemplate.contains("{id}") { expected.insert("404") }
        if [.create, .redeliver, .update, .delete].contains(operation.action) { expected.insert("409") }
        if [.get, .update, .delete].contains(operation.action) { expected.insert("412") }
        let errors = Set(responses.keys.filter { $0.hasPrefix("4") || $0.hasPrefix("5") })
        #expect(errors == expected)
        for status in errors {
            let response = try #require(fixture.resolved(responses[status]))
            let schema = response["content"]?["application/json"]?["schema"]
            #expect(schema?.references.contains("#/components/schemas/Error") == true, "\(status)")
            #expect(response["headers"]?["X-RateLimit-Remaining"] != nil, "\(status)")
        }
        #expect(fixture.resolved(responses["429"])?["headers"]?["Retry-After"] != nil)
        #expect(fixture.resolved(responses["401"])?["headers"]?["WWW-Authenticate"] != nil)
    }

    @Test(arguments: Endpoint.allCases)
    func documentsTheSuccessWithItsHeaders(operation: Endpoint) async throws {
        let fixture = try await OpenAPIFixture()
        let responses = try #require(fixture.operationObject(operation)?["responses"]?.objectValue)
        let expected: String =
            switch operation.action {
            case .create, .mintKey, .redeliver: "201"
            case .delete: "204"
            case .list, .get, .update, .document: "200"
            }
        #expect(responses.keys.filter { $0.hasPrefix("2") } == [expected])
        let headers = try #require(responses[expected]?["headers"]?.objectValue)
        for name in ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"] {
            #expect(fixture.resolved(headers[name])?["required"] == .bool(true), "\(name)")
        }
        let single = [.get, .create, .update, .mintKey, .redeliver].contains(operation.action)
        #expect((headers["ETag"] != nil) == single)
        #expect(
            (headers["Location"] != nil) == [.create, .redeliver].contains(operation.action),
            "keys have no path to point at")
        #expect((responses[expected]?["content"] == nil) == (expected == "204"))
    }

    @Test(arguments: withID)
    func pathIDsHaveTheirKindsPattern(operation: Endpoint) async throws {
        let fixture = try await OpenAPIFixture()
        let parameter = try #require(
            fixture.operationObject(operation)?["parameters"]?.arrayValue?.first { $0["in"] == .string("path") })
        #expect(parameter["name"] == .string("id"))
        #expect(parameter["required"] == .bool(true))
        let schema = try #require(parameter["schema"])
        let owner = operation.pathTemplate.hasPrefix("/webhooks/") ? "webhooks" : operation.collection ?? ""
        let isValid = try #require(Self.idValidity[owner])
        let prefixes = ["tkt_", "conv_", "cust_", "user_", "tag_", "art_", "col_", "key_", "whk_", "dlv_", ""]
        let suffixes = [
            "1", "aZ9_-", String(repeating: "x", count: 64), String(repeating: "x", count: 65), "a.b", "a/b", "",
        ]
        let validator = SchemaValidator(document: fixture.document)
        for prefix in prefixes {
            for suffix in suffixes {
                let id = prefix + suffix
                #expect(validator.matches(.string(id), schema) == isValid(id), "\(operation): \(id)")
            }
        }
    }

    /// Each collection's real id check.
    static let idValidity: [String: @Sendable (String) -> Bool] = [
        "tickets": TicketID.isValid, "conversations": ConversationID.isValid, "customers": CustomerID.isValid,
        "users": UserID.isValid, "tags": TagID.isValid, "articles": ArticleID.isValid,
        "collections": CollectionID.isValid, "webhooks": WebhookID.isValid,
    ]

    @Test(arguments: Endpoint.allCases.filter { $0.pathTemplate.contains("{delivery_id}") })
    func deliveryIDsHaveTheirPattern(operation: Endpoint) async throws {
        let fixture = try await OpenAPIFixture()
        let parameters = fixture.operationObject(operation)?["parameters"]?.arrayValue ?? []
        let names = parameters.filter { $0["in"] == .string("path") }.compactMap { $0["name"]?.stringValue }
        #expect(names == ["id", "delivery_id"])
        let parameter = try #require(parameters.first { $0["name"] == .string("delivery_id") })
        let schema = try #require(parameter["schema"])
        let validator = SchemaValidator(document: fixture.document)
        for id in ["dlv_1", "dlv_aZ9_-", "whk_1", "dlv_", "dlv_a.b", "1"] {
            #expect(validator.matches(.string(id), schema) == DeliveryID.isValid(id), "\(operation): \(id)")
        }
    }

    @Test func enumsListTheModelsCases() async throws {
        let fixture = try await OpenAPIFixture()
        let schemas = try #require(fixture.document["components"]?["schemas"])
        func names(_ schema: String, _ property: String) -> [String]? {
            schemas[schema]?["properties"]?[property]?["enum"]?.arrayValue?.compactMap(\.stringValue)
        }
        #expect(names("Ticket", "status") == TicketStatus.allCases.map(\.rawValue))
        #expect(names("Ticket", "priority") == TicketPriority.allCases.map(\.rawValue))
        #expect(names("TicketUpdate", "status") == TicketStatus.allCases.map(\.rawValue))
        #expect(names("Conversation", "type") == ConversationType.allCases.map(\.rawValue))
        #expect(names("ConversationCreate", "type") == ["reply", "note"])
        #expect(names("User", "role") == UserRole.allCases.map(\.rawValue))
        #expect(names("Article", "status") == ArticleStatus.allCases.map(\.rawValue))
        let codes = schemas["Error"]?["properties"]?["error"]?["properties"]?["code"]?["enum"]?.arrayValue
        #expect(codes?.contains(.string("PRECONDITION_FAILED")) == true)
        #expect(codes?.contains(.string("METHOD_NOT_ALLOWED")) == true)
    }

    @Test func nullableFieldsAdmitNull() async throws {
        let fixture = try await OpenAPIFixture()
        let validator = SchemaValidator(document: fixture.document)
        let schemas = try #require(fixture.document["components"]?["schemas"])
        let nullable = [
            ("Ticket", "summary"), ("Ticket", "assignee"), ("TicketListItem", "assignee"), ("Customer", "name"),
            ("Customer", "phone"), ("Customer", "company"), ("Article", "collection_id"), ("Article", "published_at"),
            ("ArticleCollection", "description"), ("IssuedAPIKey", "name"), ("TicketUpdate", "summary"),
            ("TicketUpdate", "assignee_id"), ("TicketCreate", "summary"), ("TicketCreate", "assignee_id"),
            ("CustomerCreate", "name"), ("CustomerUpdate", "phone"),
            ("ArticleUpdate", "collection_id"), ("CollectionUpdate", "description"), ("APIKeyCreate", "name"),
        ]
        for (schema, property) in nullable {
            let propertySchema = try #require(schemas[schema]?["properties"]?[property], "\(schema).\(property)")
            #expect(validator.matches(.null, propertySchema), "\(schema).\(property)")
        }
        let required = [
            ("Ticket", "subject"), ("TicketCreate", "subject"), ("TicketCreate", "status"), ("Tag", "color"),
        ]
        for (schema, property) in required {
            let propertySchema = try #require(schemas[schema]?["properties"]?[property], "\(schema).\(property)")
            #expect(!validator.matches(.null, propertySchema), "\(schema).\(property)")
        }
    }

    @Test func listItemsOfTicketsLeaveOutDescriptionAndCustomFields() async throws {
        let fixture = try await OpenAPIFixture()
        let schemas = try #require(fixture.document["components"]?["schemas"])
        let full = try #require(schemas["Ticket"]?["properties"]?.objectValue)
        let item = try #require(schemas["TicketListItem"]?["properties"]?.objectValue)
        #expect(Set(full.keys).subtracting(item.keys) == ["description", "custom_fields"])
        let list = fixture.operationObject(.listTickets)?["responses"]?["200"]?["content"]?["application/json"]?[
            "schema"]
        #expect(list?.references.contains("#/components/schemas/TicketListItem") == true)
    }
}

import Foundation
import Helpdesk
import Testing

/// Each request body schema accepts exactly the bodies its input's `init(json:)` accepts,
/// probed property by property: examples, `null`, enum values, lengths, unknown and
/// missing fields.
@Suite struct OpenAPIBodyDriftTests {
    typealias Parse = @Sendable (JSONValue) throws -> Void

    /// Every input type's `init(json:)`, by schema name.
    static let inputs: [String: Parse] = [
        "TicketCreate": { _ = try TicketCreate(json: $0) }, "TicketUpdate": { _ = try TicketUpdate(json: $0) },
        "ConversationCreate": { _ = try ConversationCreate(json: $0) },
        "CustomerCreate": { _ = try CustomerCreate(json: $0) }, "CustomerUpdate": { _ = try CustomerUpdate(json: $0) },
        "UserCreate": { _ = try UserCreate(json: $0) }, "UserUpdate": { _ = try UserUpdate(json: $0) },
        "TagCreate": { _ = try TagCreate(json: $0) }, "TagUpdate": { _ = try TagUpdate(json: $0) },
        "ArticleCreate": { _ = try ArticleCreate(json: $0) }, "ArticleUpdate": { _ = try ArticleUpdate(json: $0) },
        "CollectionCreate": { _ = try CollectionCreate(json: $0) },
        "CollectionUpdate": { _ = try CollectionUpdate(json: $0) }, "APIKeyCreate": { _ = try APIKeyCreate(json: $0) },
        "WebhookCreate": { _ = try WebhookCreate(json: $0) }, "WebhookUpdate": { _ = try WebhookUpdate(json: $0) },
    ]

    @Test func everyBodyIsAnInputsSchema() async throws {
        let fixture = try await OpenAPIFixture()
        let bodies = Endpoint.allCases.compactMap { operation in
            fixture.operationObject(operation)?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?
                .stringValue
        }
        #expect(Set(bodies.map { String($0.split(separator: "/").last ?? "") }) == Set(Self.inputs.keys))
        let writes = Endpoint.allCases.filter { [.create, .update, .mintKey].contains($0.action) }
        #expect(bodies.count == writes.count)
    }

    @Test(arguments: inputs.keys.sorted())
    func schemaAcceptsWhatTheInputAccepts(name: String) async throws {
        let fixture = try await OpenAPIFixture()
        let schema = try #require(fixture.document["components"]?["schemas"]?[name])
        let probe = try BodyProbe(name: name, schema: schema, document: fixture.document)
        #expect(probe.accepts(probe.minimal), "\(name) minimal: \(probe.minimal.text)")
        for (property, propertySchema) in probe.properties {
            try probe.checkProperty(property, propertySchema)
        }
        for property in probe.required {
            #expect(!probe.agreeingAccepts(probe.minimal.removing(property)), "\(name) without \(property)")
        }
        #expect(!probe.agreeingAccepts(probe.minimal.setting("not_a_field", .number(1))), "\(name) unknown field")
        #expect(!probe.agreeingAccepts(.array([])), "\(name) array body")
        for group in probe.exclusive where group.count > 1 {
            var both = probe.minimal
            for property in group { both = both.setting(property, try probe.example(of: property)) }
            #expect(!probe.agreeingAccepts(both), "\(name) with all of \(group)")
            #expect(!probe.agreeingAccepts(group.reduce(probe.minimal) { $0.removing($1) }), "\(name) with none")
        }
        if let forbidden = schema["not"]?["properties"]?.objectValue {
            let body = forbidden.reduce(probe.minimal) { body, member in
                body.setting(member.key, member.value["const"] ?? .null)
            }
            #expect(!probe.agreeingAccepts(body), "\(name) matching its `not`: \(body.text)")
        }
    }
}

/// Bodies built from one request schema, each checked against the schema and the input alike.
struct BodyProbe {
    let name: String
    let schema: JSONValue
    let parse: OpenAPIBodyDriftTests.Parse
    let validator: SchemaValidator
    let properties: [String: JSONValue]
    let required: [String]
    /// Groups of properties of which exactly one must be given (`oneOf` of `required`).
    let exclusive: [[String]]
    /// The required properties (and the first of each exclusive group) with their examples.
    let minimal: JSONValue

    init(name: String, schema: JSONValue, document: JSONValue) throws {
        self.name = name
        self.schema = schema
        self.parse = try #require(OpenAPIBodyDriftTests.inputs[name])
        self.validator = SchemaValidator(document: document)
        self.properties = try #require(schema["properties"]?.objectValue)
        self.required = schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let groups = schema["oneOf"]?.arrayValue?.map { $0["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        self.exclusive = groups.map { [$0.flatMap { $0 }] } ?? []
        var minimal = JSONValue.object([:])
        for property in required + exclusive.compactMap(\.first) {
            let example = try #require(properties[property]?["examples"]?.arrayValue?.first, "\(name).\(property)")
            minimal = minimal.setting(property, example)
        }
        self.minimal = minimal
    }

    /// Whether the input accepts `body`.
    func accepts(_ body: JSONValue) -> Bool {
        do {
            try parse(body)
            return true
        } catch {
            return false
        }
    }

    /// Whether the input accepts `body`, expecting the schema to say the same.
    func agreeingAccepts(_ body: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let accepted = accepts(body)
        let problems = validator.problems(body, schema)
        #expect(
            accepted == problems.isEmpty,
            "\(name): input \(accepted ? "accepts" : "refuses") \(body.text); \(problems)",
            sourceLocation: sourceLocation)
        return accepted
    }

    /// The example of `property`.
    func example(of property: String) throws -> JSONValue {
        try #require(properties[property]?["examples"]?.arrayValue?.first, "\(name).\(property) has no example")
    }

    /// The minimal body with `property` set to `value` (and its exclusive siblings left out).
    func body(_ property: String, _ value: JSONValue) -> JSONValue {
        let siblings = exclusive.first { $0.contains(property) }?.filter { $0 != property } ?? []
        return siblings.reduce(minimal) { $0.removing($1) }.setting(property, value)
    }

    /// Probes one property: its example, `null`, its enum values, its length limits.
    func checkProperty(_ property: String, _ propertySchema: JSONValue) throws {
        #expect(agreeingAccepts(body(property, try example(of: property))), "\(name).\(property) example")
        _ = agreeingAccepts(body(property, .null))
        _ = agreeingAccepts(body(property, .array([.object([:])])))
        for value in propertySchema["enum"]?.arrayValue ?? [] {
            #expect(agreeingAccepts(body(property, value)), "\(name).\(property) = \(value.text)")
        }
        if propertySchema["enum"] != nil { _ = agreeingAccepts(body(property, .string("not_a_value"))) }
        let pattern =
            propertySchema["pattern"]?.stringValue
            ?? propertySchema["anyOf"]?.arrayValue?.first?["pattern"]?
            .stringValue
        guard let maximum = propertySchema["maxLength"]?.numberValue.map(Int.init),
            [#"^[^\x00]*$"#, #"^[^\x00]*[^\s\x00][^\x00]*$"#].contains(pattern)
        else { return }
        #expect(agreeingAccepts(body(property, .string(String(repeating: "x", count: maximum)))), "\(name).\(property)")
        #expect(
            !agreeingAccepts(body(property, .string(String(repeating: "x", count: maximum + 1)))), "\(name).\(property)"
        )
        #expect(!agreeingAccepts(body(property, .string("a\u{0}b"))), "\(name).\(property) with NUL")
        _ = agreeingAccepts(body(property, .string(" \t ")))
    }
}

extension JSONValue {
    /// This object with `key` set to `value`.
    func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        members[key] = value
        return .object(members)
    }

    /// This object without `key`.
    func removing(_ key: String) -> JSONValue {
        guard case .object(var members) = self else { return self }
        members[key] = nil
        return .object(members)
    }
}

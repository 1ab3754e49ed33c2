import Foundation
import Helpdesk
import Testing

/// Sends requests through the handler and checks each answer against what the document
/// says of its operation, as a schema-driven fuzzer does: the status is documented, the
/// required headers are there and fit their schemas, the body fits the response schema.
struct AnswerChecker {
    let fixture: OpenAPIFixture
    let validator: SchemaValidator
    /// The statuses seen, by operation.
    private(set) var seen: [Endpoint: Set<Int>] = [:]

    init(_ fixture: OpenAPIFixture) {
        self.fixture = fixture
        self.validator = SchemaValidator(document: fixture.document)
    }

    /// Sends `operation` and checks the answer.
    @discardableResult
    mutating func send(
        _ operation: Endpoint, id: String = "", deliveryID: String = "", query: String = "", body: String? = nil,
        key: OpenAPIFixture.KeyChoice = .admin, headers: [(name: String, value: String)] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> HelpdeskResponse {
        let json = try body.map { try JSONParser.parse($0) }
        let response = await fixture.send(
            operation, id: id, deliveryID: deliveryID, query: query, body: json, key: key, headers: headers)
        check(operation, response, sourceLocation: sourceLocation)
        return response
    }

    /// Sends a create and answers the new record's id.
    mutating func create(
        _ operation: Endpoint, id: String = "", _ body: String?, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        let response = try await send(operation, id: id, body: body, sourceLocation: sourceLocation)
        #expect(response.status == 201, "\(operation): \(response.bodyText)", sourceLocation: sourceLocation)
        return try #require(
            JSONParser.parse(response.body)["data"]?["id"]?.stringValue, sourceLocation: sourceLocation)
    }

    /// Checks one answer of `operation`.
    mutating func check(
        _ operation: Endpoint, _ response: HelpdeskResponse, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let responses = fixture.operationObject(operation)?["responses"]
        guard let documented = fixture.resolved(responses?[String(response.status)]) else {
            Issue.record(
                "\(operation) answered an undocumented \(response.status): \(response.bodyText)",
                sourceLocation: sourceLocation)
            return
        }
        seen[operation, default: []].insert(response.status)
        for (name, reference) in documented["headers"]?.objectValue ?? [:] {
            checkHeader(name, fixture.resolved(reference), in: response, of: operation, sourceLocation)
        }
        guard let schema = documented["content"]?["application/json"]?["schema"] else {
            #expect(response.body.isEmpty, "\(operation) \(response.status) has a body", sourceLocation: sourceLocation)
            return
        }
        #expect(
            response.header("Content-Type")?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
        guard let body = try? JSONParser.parse(response.body) else {
            Issue.record("\(operation) \(response.status): not JSON", sourceLocation: sourceLocation)
            return
        }
        let problems = validator.problems(body, schema)
        #expect(
            problems.isEmpty, "\(operation) \(response.status): \(problems) in \(response.bodyText)",
            sourceLocation: sourceLocation)
    }

    private func checkHeader(
        _ name: String, _ header: JSONValue?, in response: HelpdeskResponse, of operation: Endpoint,
        _ sourceLocation: SourceLocation
    ) {
        let value = response.header(name)
        if header?["required"] == .bool(true) {
            #expect(value != nil, "\(operation) \(response.status) lacks \(name)", sourceLocation: sourceLocation)
        }
        guard let value, let schema = header?["schema"] else { return }
        let typed: JSONValue =
            schema["type"] == .string("integer")
            ? Int(value).map { .number(Double($0)) } ?? .string(value) : .string(value)
        let problems = validator.problems(typed, schema)
        #expect(problems.isEmpty, "\(operation) \(name): \(problems)", sourceLocation: sourceLocation)
    }
}

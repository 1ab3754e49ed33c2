import Foundation
import Helpdesk
import Testing

/// Writes the document where `HELPDESK_OPENAPI_OUT` says, for external validators
/// (`.ci/validate-openapi.sh` runs `openapi-spec-validator` on it).
@Suite struct OpenAPIExportTests {
    static let outputPath = ProcessInfo.processInfo.environment["HELPDESK_OPENAPI_OUT"]

    @Test(.enabled(if: outputPath != nil, "set HELPDESK_OPENAPI_OUT to a file path"))
    func writesTheDocument() async throws {
        let path = try #require(Self.outputPath)
        let fixture = try await OpenAPIFixture()
        let response = await fixture.handler.handle(HelpdeskRequest(method: "GET", path: "/openapi.json"))
        let url = URL(fileURLWithPath: path)
        try Data(response.body).write(to: url)
        let written = try Data(contentsOf: url)
        #expect(Array(written) == response.body)
        #expect(try JSONParser.parse(Array(written))["openapi"] == .string("3.1.0"))
    }
}

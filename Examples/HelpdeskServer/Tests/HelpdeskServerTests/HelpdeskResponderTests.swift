import HTTPTypes
import Hummingbird
import NIOCore
import Testing

@testable import HelpdeskServer

/// The pieces of the translation that a socket test cannot see directly.
@Suite struct HelpdeskResponderTests {
    @Test func hostComesBackFirstAndFieldsKeepTheirOrder() {
        let head = HTTPRequest(
            method: .get, scheme: "http", authority: "helpdesk.example:8080", path: "/api/v1/tickets?limit=1",
            headerFields: [.accept: "application/json", .authorization: "Bearer k", .accept: "*/*"])
        let headers = HelpdeskResponder<BasicRequestContext>.headers(of: head)
        #expect(headers.map(\.name) == ["Host", "Accept", "Authorization", "Accept"])
        #expect(headers.map(\.value) == ["helpdesk.example:8080", "application/json", "Bearer k", "*/*"])
    }

    @Test func noAuthorityNoHost() {
        let head = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "*")
        #expect(HelpdeskResponder<BasicRequestContext>.headers(of: head).isEmpty)
    }

    @Test(arguments: [(limit: 5, expected: 6), (limit: 9, expected: 9), (limit: 100, expected: 9)])
    func bodyIsReadUpToOneByteOverTheLimit(limit: Int, expected: Int) async throws {
        let chunks = AsyncStream<ByteBuffer> { continuation in
            for byte: UInt8 in [1, 2, 3] { continuation.yield(ByteBuffer(bytes: [UInt8](repeating: byte, count: 3))) }
            continuation.finish()
        }
        let bytes = try await HelpdeskResponder<BasicRequestContext>.collect(
            RequestBody(asyncSequence: chunks), upTo: limit)
        #expect(bytes == Array([1, 1, 1, 2, 2, 2, 3, 3, 3].prefix(expected)))
    }
}

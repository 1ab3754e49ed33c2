import HTTPTypes
import Helpdesk
import HummingbirdTesting
import Testing

@testable import HelpdeskServer

/// RFC 9112's rules for a connection: `Host`, HTTP/1.0's closing, and `Expect: 100-continue`.
@Suite struct ConnectionRulesTests {
    static func createTag(_ name: String, version: String = "1.1", headers: String = "Host: a\r\n") -> String {
        let body = #"{"name":"\#(name)"}"#
        return "POST /api/v1/tags HTTP/\(version)\r\n\(headers)Authorization: Bearer \(LiveServer.adminKey)\r\n"
            + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    /// An HTTP/1.1 request with no `Host`, two, or one that is no `host[:port]` is refused
    /// (RFC 9112 §3.2) in the library's format, and changes nothing.
    @Test(arguments: ["", "Host: a\r\nHost: b\r\n", "Host: a b/c\r\n", "Host: a:80x\r\n", "Host: [::1\r\n"])
    func aRequestWithABadHostIsRefused(_ hostLines: String) async throws {
        try await LiveServer.run { client in
            let port = try #require(client.client.port)
            let request = Array(Self.createTag("refused", headers: hostLines).utf8)
            let answer = try await RawExchange(port: port, request: request)
            #expect(answer.status == 400)
            #expect(answer.errorCode == "BAD_REQUEST")
            #expect(answer.json?.value(at: ["error", "message"])?.stringValue?.contains("Host") == true)
            #expect(answer.headers["connection"] == "close")
            #expect(answer.closedByServer)
            #expect(try await client.get("/tags").total == 0)
        }
    }

    /// A port, an IP literal, an empty `Host`, and HTTP/1.0 without one are all served.
    @Test func validHostsAreServed() async throws {
        try await LiveServer.run { client in
            let port = try #require(client.client.port)
            let request = [
                Self.createTag("port", headers: "Host: localhost:8080\r\n"),
                Self.createTag("literal", headers: "Host: [::1]:80\r\n"),
                Self.createTag("empty", headers: "Host:\r\n"),
                Self.createTag("old", version: "1.0", headers: ""),
            ].joined()
            let (text, closed) = try await RawExchange.textAndClosing(port: port, request: Array(request.utf8))
            #expect(text.ranges(of: "HTTP/1.1 201 Created").count == 4, "\(text)")
            #expect(closed, "HTTP/1.0 without keep-alive closes the connection")
            #expect(try await client.get("/tags").total == 4)
        }
    }

    /// HTTP/1.0 keeps the connection only when it asks for `keep-alive`, and is told so; after
    /// a request that closes it, a pipelined one is neither answered nor acted on.
    @Test func http10ClosesUnlessItAsksForKeepAlive() async throws {
        try await LiveServer.run { client in
            let port = try #require(client.client.port)
            let request = [
                Self.createTag("kept", version: "1.0", headers: "Connection: keep-alive\r\n"),
                Self.createTag("last", version: "1.0", headers: ""),
                Self.createTag("never", headers: "Host: a\r\n"),
            ].joined()
            let (text, closed) = try await RawExchange.textAndClosing(port: port, request: Array(request.utf8))
            let starts = text.ranges(of: "HTTP/1.1 201 Created").map(\.lowerBound)
            try #require(starts.count == 2, "\(text)")
            #expect(text[starts[0]..<starts[1]].contains("Connection: keep-alive"))
            #expect(text[starts[1]...].contains("Connection: close"))
            #expect(closed)
            #expect(try await client.get("/tags").total == 2)
        }
    }

    /// An answer larger than the socket's buffer, to a request that closes the connection,
    /// arrives whole before the connection closes.
    @Test func aLargeAnswerArrivesWholeBeforeTheConnectionCloses() async throws {
        try await LiveServer.run { client in
            let port = try #require(client.client.port)
            let body = String(repeating: "😀", count: 500_000)  // 2,000,000 bytes of UTF-8
            for title in ["one", "two", "three", "four"] {
                let created = try await client.post("/articles", json: #"{"title":"\#(title)","body":"\#(body)"}"#)
                #expect(created.status == .created)
            }
            for version in ["1.1", "1.0"] {
                let request =
                    "GET /api/v1/articles HTTP/\(version)\r\nHost: a\r\nConnection: close\r\n"
                    + "Authorization: Bearer \(LiveServer.adminKey)\r\n\r\n"
                let answer = try await RawExchange(port: port, request: Array(request.utf8))
                #expect(answer.status == 200)
                #expect(answer.closedByServer)
                guard case .array(let articles)? = answer.json?.value(at: ["data"]) else {
                    Issue.record("HTTP/\(version): the body is not whole JSON")
                    continue
                }
                #expect(articles.count == 4)
            }
        }
    }

    /// `Expect: 100-continue` gets a `100 Continue` before the answer (RFC 9110 §10.1.1).
    @Test func expectContinueIsAnsweredAtOnce() async throws {
        try await LiveServer.run { client in
            let port = try #require(client.client.port)
            let request = Self.createTag(
                "expected", headers: "Host: a\r\nExpect: 100-continue\r\nConnection: close\r\n")
            let text = try await RawExchange.text(port: port, request: Array(request.utf8))
            let interim = try #require(text.firstRange(of: "HTTP/1.1 100 Continue\r\n\r\n"), "\(text)")
            let created = try #require(text.firstRange(of: "HTTP/1.1 201 Created"), "\(text)")
            #expect(interim.upperBound == created.lowerBound)
            #expect(try await client.get("/tags").total == 1)
        }
    }
}

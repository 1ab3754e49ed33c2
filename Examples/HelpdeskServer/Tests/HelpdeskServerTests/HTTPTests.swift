import HTTPTypes
import Helpdesk
import HummingbirdTesting
import InMemoryLogging
import Logging
import NIOCore
import Testing

/// What crosses the socket besides the resources: keys, pages, errors, limits, the document, the log.
@Suite struct HTTPTests {
    @Test func missingOrUnknownKeyIs401() async throws {
        try await LiveServer.run { client in
            let missing = try await client.get("/tickets", key: nil)
            #expect(missing.status == .unauthorized)
            #expect(missing.errorCode == "UNAUTHORIZED")
            #expect(missing.header("WWW-Authenticate") == "Bearer")
            #expect(try await client.get("/tickets", key: "not-a-key-of-anyone").status == .unauthorized)
        }
    }

    @Test func twoPages() async throws {
        try await LiveServer.run { client in
            for index in 1...3 {
                _ = try await client.post(
                    "/tickets", json: #"{"subject":"T\#(index)","customer_email":"a@example.com"}"#)
            }
            let first = try await client.get("/tickets?limit=2")
            #expect(first.items.count == 2)
            #expect(first.total == 3)
            let cursor = try #require(first.value("meta", "next_cursor")?.stringValue)
            let second = try await client.get("/tickets?limit=2&cursor=\(Self.percentEncoded(cursor))")
            #expect(second.status == .ok)
            #expect(second.items.count == 1)
            #expect(second.value("meta", "next_cursor") == .null)
            let ids = (first.items + second.items).compactMap { $0.objectValue?["id"]?.stringValue }
            #expect(Set(ids).count == 3)
        }
    }

    @Test func errorsInTheLibrarysFormat() async throws {
        try await LiveServer.run { client in
            let malformed = try await client.send(.post, "/tickets", json: #"{"subject": "#)
            #expect(malformed.status == .badRequest)
            #expect(malformed.errorCode == "BAD_REQUEST")
            #expect(malformed.value("error", "details", "fields", "body") == .string("is not valid JSON"))

            let unknown = try await client.get("/nothing/here")
            #expect(unknown.status == .notFound)
            #expect(unknown.errorCode == "NOT_FOUND")
            #expect(try await client.get("/").errorCode == "NOT_FOUND")
            // Without a key, even a path the API does not have is UNAUTHORIZED.
            #expect(try await client.get("/", key: nil).errorCode == "UNAUTHORIZED")

            let wrongMethod = try await client.send(.put, "/tickets")
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.errorCode == "METHOD_NOT_ALLOWED")
            #expect(wrongMethod.header("Allow") == "GET, HEAD, POST")
        }
    }

    /// What NIO's parser refuses (a header past its 80 KiB, a target with bytes no URL has) never
    /// reaches the handler, and is still answered in the error format, with the rate-limit headers.
    @Test(arguments: ["a header of 100,000 bytes", "a target of 100,000 bytes", "bytes no URL has"])
    func unreadableRequestsAnswerInTheLibrarysFormat(_ kind: String) async throws {
        let long = String(repeating: "a", count: 100_000)
        let request: [UInt8] =
            switch kind {
            case "a header of 100,000 bytes":
                Array("GET /api/v1/tickets HTTP/1.1\r\nHost: a\r\nX-Big: \(long)\r\n\r\n".utf8)
            case "a target of 100,000 bytes":
                Array("GET /api/v1/tickets?search=\(long) HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
            default: Array("GET /api/v1/tickets/".utf8) + [0xFF, 0xFE] + Array(" HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
            }
        try await LiveServer.run { client in
            let port = try #require(client.client.port)
            let answer = try await RawExchange(port: port, request: request)
            #expect(answer.status == 400)
            #expect(answer.errorCode == "BAD_REQUEST")
            #expect(answer.json?.value(at: ["error", "details"])?.objectValue != nil)
            #expect(answer.headers["content-type"] == "application/json")
            #expect(answer.headers["x-ratelimit-limit"] != nil)
            #expect(answer.headers["connection"] == "close")
            // The refused request changed nothing, and the server goes on answering.
            #expect(try await client.get("/tickets").total == 0)
        }
    }

    /// A request read whole before an unreadable one in the same packet is answered first.
    @Test func aPipelinedRequestIsAnsweredBeforeTheUnreadableOneAfterIt() async throws {
        let body = #"{"name":"pipelined"}"#
        let request = Array(
            ("POST /api/v1/tags HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer \(LiveServer.adminKey)\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
                + "GET /api/v1/tags HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n").utf8)
        try await LiveServer.run { client in
            let port = try #require(client.client.port)
            let text = try await RawExchange.text(port: port, request: request)
            let created = try #require(text.firstRange(of: "HTTP/1.1 201"), "\(text)")
            let refused = try #require(text.firstRange(of: "HTTP/1.1 400"), "\(text)")
            #expect(created.lowerBound < refused.lowerBound)
            #expect(text.contains(#""code":"BAD_REQUEST""#))
            #expect(try await client.get("/tags").total == 1)
        }
    }

    /// NIO reads nothing after a `CONNECT` and writes its answer without a body: the handler's
    /// `405` says so with `Connection: close`, and the connection is closed.
    @Test func connectIsRefusedAndTheConnectionClosed() async throws {
        let request = Array(
            ("CONNECT /api/v1/tickets HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer \(LiveServer.adminKey)\r\n\r\n"
                + "GET /openapi.json HTTP/1.1\r\nHost: a\r\n\r\n").utf8)
        try await LiveServer.run { client in
            let port = try #require(client.client.port)
            let answer = try await RawExchange(port: port, request: request)
            #expect(answer.status == 405)
            #expect(answer.headers["allow"] == "GET, HEAD, POST")
            #expect(answer.headers["connection"] == "close")
            #expect(answer.closedByServer)
            #expect(try await client.get("/tickets").total == 0)
        }
    }

    /// A connection that sends nothing more, after its last answer or in the middle of a request's
    /// headers or body, is closed once the idle timeout passes (the exchange would otherwise wait 10 s and
    /// report the connection open).
    @Test func idleConnectionsAreClosed() async throws {
        try await LiveServer.run(idleTimeout: .milliseconds(200)) { client in
            let port = try #require(client.client.port)
            let answered = try await RawExchange.textAndClosing(
                port: port, request: Array("GET /openapi.json HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
            #expect(answered.text.hasPrefix("HTTP/1.1 200 OK"))
            #expect(answered.closed)
            let halfSent = try await RawExchange.textAndClosing(
                port: port, request: Array("GET /openapi.json HTTP/1.1\r\nHost: a\r\n".utf8))
            #expect(halfSent.text.isEmpty)
            #expect(halfSent.closed)
            let halfBody = try await RawExchange.textAndClosing(
                port: port,
                request: Array(
                    "POST /api/v1/tickets HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n{\"subject\"".utf8))
            #expect(halfBody.closed)
        }
    }

    @Test(arguments: ["OPTIONS", "PURGE"]) func otherMethodsReachTheHandler(_ method: String) async throws {
        try await LiveServer.run { client in
            let answer = try await client.send(HTTPRequest.Method(method)!, "/tickets")
            #expect(answer.status == .methodNotAllowed)
            #expect(answer.header("Allow") == "GET, HEAD, POST")
            #expect(answer.errorCode == "METHOD_NOT_ALLOWED")
        }
    }

    /// A `HEAD` gets its `GET`'s headers and the length of its body, without the body; a `GET` with
    /// the record's `ETag` in `If-None-Match` gets `304` with no body at all.
    @Test func headAndNotModifiedCarryNoBody() async throws {
        try await LiveServer.run { client in
            let created = try await client.post("/tickets", json: #"{"subject":"T","customer_email":"a@example.com"}"#)
            let id = try #require(created.value("data", "id")?.stringValue)
            let get = try await client.get("/tickets/\(id)")
            let etag = try #require(get.header("ETag"))

            let head = try await client.send(.head, "/tickets/\(id)")
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.header("Content-Length") == String(get.body.readableBytes))
            #expect(head.header("ETag") == etag)

            let notModified = try await client.send(.get, "/tickets/\(id)", headers: [.ifNoneMatch: etag])
            #expect(notModified.status == .notModified)
            #expect(notModified.body.readableBytes == 0)
            #expect(notModified.header("ETag") == etag)
            #expect(notModified.header("X-RateLimit-Limit") != nil)
            #expect(notModified.header("Content-Length") == nil, "a 304 has no body, and no length of one")
        }
    }

    @Test func bodyOverTheLimit() async throws {
        var configuration = HandlerConfiguration()
        configuration.maximumBodySize = 1_024
        try await LiveServer.run(configuration: configuration) { client in
            let subject = String(repeating: "x", count: 2_000)
            let tooLarge = try await client.post("/tickets", json: #"{"subject":"\#(subject)"}"#)
            #expect(tooLarge.status == .badRequest)
            #expect(tooLarge.value("error", "details", "fields", "body") == .string("is too large"))
            let small = #"{"subject":"ok","customer_email":"a@example.com"}"#
            let atLimit = try await client.post(
                "/tickets", json: small + String(repeating: " ", count: 1_024 - small.utf8.count))
            #expect(atLimit.status == .created)
            #expect(try await client.get("/tickets").total == 1)
            // An article's write reads up to its own, larger limit.
            let article = try await client.post("/articles", json: #"{"title":"t","body":"\#(subject)"}"#)
            #expect(article.status == .created)
        }
    }

    @Test func openAPIDocumentNeedsNoKey() async throws {
        try await LiveServer.run { client in
            let document = try await client.get("/openapi.json", key: nil)
            #expect(document.status == .ok)
            #expect(document.header("Content-Type") == "application/json")
            #expect(document.value("openapi")?.stringValue?.hasPrefix("3.1") == true)
        }
    }

    @Test func oneAccessLogLinePerRequest() async throws {
        let handler = InMemoryLogHandler()
        let logger = Logger(label: "access") { _ in handler }
        try await LiveServer.run(logger: logger) { client in
            _ = try await client.get("/tickets?limit=1")
            _ = try await client.get("/tickets", key: nil)
        }
        let lines = handler.entries.map(\.message.description).filter { $0.hasPrefix("GET ") }
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("GET /api/v1/tickets 200 ") == true)
        #expect(lines.last?.hasPrefix("GET /api/v1/tickets 401 ") == true)
        #expect(lines.allSatisfy { $0.hasSuffix("ms") })
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters.
    static func percentEncoded(_ text: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        return text.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : "%" + hex($0) }.joined()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

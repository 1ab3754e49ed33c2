import HTTPTypes
import Helpdesk
import HelpdeskServer
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore

/// The server over a fresh in-memory helpdesk, on a free loopback port, for one test.
enum LiveServer {
    /// The key of the admin made at start.
    static let adminKey = "live-test-admin-key-0001"

    /// A logger that keeps the test output quiet.
    static var quietLogger: Logger {
        var logger = Logger(label: "helpdesk-server-test")
        logger.logLevel = .warning
        return logger
    }

    /// Starts the server, runs `test` with a client connected to it over a real socket, then stops it.
    static func run<Value: Sendable>(
        configuration: HandlerConfiguration = HandlerConfiguration(), demoData: Bool = false,
        idleTimeout: Duration = ServerOptions.defaultIdleTimeout, logger: Logger = quietLogger,
        _ test: @Sendable (APIClient) async throws -> Value
    ) async throws -> Value {
        let helpdesk = try await ServerHelpdesk(configuration: configuration, apiKey: adminKey, demoData: demoData)
        let app = HelpdeskApplication(handler: helpdesk.handler, idleTimeout: idleTimeout, logger: logger)
        return try await app.test(.live) { client in try await test(APIClient(client: client)) }
    }
}

/// Requests to the API with the admin's key unless told otherwise.
struct APIClient: Sendable {
    let client: any TestClientProtocol

    /// Sends a request; `target` gets the `/api/v1` prefix unless it starts with `/api/` or is `/openapi.json`.
    /// A `json` body comes with `Content-Type: application/json`; `key: nil` sends no `Authorization`.
    func send(
        _ method: HTTPRequest.Method, _ target: String, json: String? = nil, body: [UInt8]? = nil,
        key: String? = LiveServer.adminKey, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        if let key { headers[.authorization] = "Bearer \(key)" }
        if json != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        let bytes = body ?? json.map { Array($0.utf8) }
        let uri = target.hasPrefix("/api/") || target == "/openapi.json" ? target : "/api/v1" + target
        return try await client.executeRequest(
            uri: uri, method: method, headers: headers, body: bytes.map { ByteBuffer(bytes: $0) })
    }

    func get(_ target: String, key: String? = LiveServer.adminKey) async throws -> TestResponse {
        try await send(.get, target, key: key)
    }

    func post(_ target: String, json: String) async throws -> TestResponse {
        try await send(.post, target, json: json)
    }

    func patch(_ target: String, json: String) async throws -> TestResponse {
        try await send(.patch, target, json: json)
    }

    func delete(_ target: String) async throws -> TestResponse {
        try await send(.delete, target)
    }
}

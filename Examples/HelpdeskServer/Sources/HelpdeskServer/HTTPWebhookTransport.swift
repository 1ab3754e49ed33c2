public import AsyncHTTPClient
import Foundation
public import Helpdesk
public import NIOCore
import NIOHTTP1

/// Posts webhook deliveries with AsyncHTTPClient: the host's half of ``WebhookTransport``.
///
/// Redirects are not followed (a receiver answers where it was registered), each attempt has a
/// deadline, and the answer's body is read up to a small limit and dropped.
public struct HTTPWebhookTransport: WebhookTransport {
    let client: HTTPClient
    let timeout: TimeAmount

    /// A transport over `client`, which its owner shuts down.
    public init(client: HTTPClient, timeout: TimeAmount = .seconds(10)) {
        self.client = client
        self.timeout = timeout
    }

    /// A client configured for webhooks: no redirects, connect and read timeouts of `timeout`,
    /// and a connection that cannot be made fails the attempt at once: the library's retry
    /// policy tries the delivery again later, where AsyncHTTPClient would keep reconnecting
    /// until the connect timeout, holding one of the sends in flight all that while.
    public static func makeClient(timeout: TimeAmount = .seconds(10)) -> HTTPClient {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: timeout, read: timeout))
        configuration.decompression = .disabled
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func send(_ request: WebhookRequest) async -> WebhookOutcome {
        // The library refuses such a URL, but one stored before it did would reach the client,
        // and swift-nio traps on a port past 65535 with a literal IP address rather than failing.
        if let port = URL(string: request.url)?.port, !(0...65_535).contains(port) {
            return .failure(reason: "the URL's port \(port) is not a TCP port (0 to 65535)")
        }
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = .POST
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        do {
            let response = try await client.execute(outgoing, timeout: timeout)
            _ = try? await response.body.collect(upTo: 64 * 1024)
            return .response(statusCode: Int(response.status.code))
        } catch {
            return .failure(reason: Self.reason(for: error))
        }
    }

    /// A failed attempt's reason as a delivery shows it: a socket's error by its system message
    /// and number (NIO's own description of a refused connection reads "connection reset (error
    /// set): Connection refused) (errno: 111)"), any other error as it describes itself.
    static func reason(for error: any Error) -> String {
        guard let socketError = error as? IOError else { return String(describing: error) }
        return "network error: \(String(cString: strerror(socketError.errnoCode))) (errno \(socketError.errnoCode))"
    }
}

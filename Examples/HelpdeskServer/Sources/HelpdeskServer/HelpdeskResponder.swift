import HTTPTypes
public import Helpdesk
public import Hummingbird
import NIOCore

/// Answers every request, whatever its method and path, with ``HelpdeskHandler``: the whole server
/// is this translation between Hummingbird's request and response and the handler's.
///
/// It copies the method, the raw request target (path and query, still percent-encoded), the header
/// fields and the body bytes in, and the status, header fields and body bytes out. Routing, errors,
/// `405` with `Allow`, the body limit's `400`: all of it is the handler's.
public struct HelpdeskResponder<Context: RequestContext>: HTTPResponder {
    /// The REST API this server carries.
    public let handler: HelpdeskHandler

    public init(handler: HelpdeskHandler) {
        self.handler = handler
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        var helpdeskRequest = HelpdeskRequest(
            method: request.method.rawValue, target: request.head.path ?? "/", headers: Self.headers(of: request.head))
        helpdeskRequest.body = try await Self.collect(
            request.body, upTo: handler.maximumBodySize(for: helpdeskRequest))
        let answer = await handler.handle(helpdeskRequest)
        let response = Self.response(answer)
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// The request's header fields in order, with `Host` first: HTTP/1's `Host` arrives in
    /// `HTTPRequest.authority`, not among the fields, and is put back as the client sent it.
    static func headers(of head: HTTPRequest) -> [(name: String, value: String)] {
        let fields = head.headerFields.map { (name: $0.name.rawName, value: $0.value) }
        guard let authority = head.authority else { return fields }
        return [(name: "Host", value: authority)] + fields
    }

    /// The body's bytes, at most `limit + 1` of them: enough for the handler to see that a body is over
    /// its limit and answer with its own error, without holding an arbitrarily large upload in memory.
    /// Hummingbird discards whatever is left unread once the response is written.
    static func collect(_ body: RequestBody, upTo limit: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await buffer in body {
            bytes.append(contentsOf: buffer.readableBytesView.prefix(limit + 1 - bytes.count))
            if bytes.count > limit { break }
        }
        return bytes
    }

    /// The handler's answer as a Hummingbird response.
    static func response(_ answer: HelpdeskResponse) -> Response {
        Response(
            status: HTTPResponse.Status(code: answer.status), headers: answer.headerFields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}

extension HelpdeskResponse {
    /// The answer's headers as HTTP fields. A header the handler made is always a valid HTTP
    /// field; one that was not would be dropped rather than trap.
    var headerFields: HTTPFields {
        var fields = HTTPFields()
        for (name, value) in headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        return fields
    }
}

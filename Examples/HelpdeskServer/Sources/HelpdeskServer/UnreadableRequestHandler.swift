import HTTPTypes
import Helpdesk
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request that NIO's HTTP parser refused (a request line or header past its limits,
/// bytes that are not a URL) with the handler's ``HelpdeskHandler/unreadableRequest(_:)``, a
/// `400` in the contract's error format, then closes the connection, as the parser's error ends it.
///
/// Without it, Hummingbird answers such a request with a bare `400` and no body. It sits after
/// the conversion to HTTP types (Hummingbird's `additionalChannelHandlers`), and keeps the error
/// to itself so that Hummingbird does not answer a second time. Hummingbird asks NIO for no
/// pipelining help, so the handler keeps order itself: requests read whole before the unreadable
/// one (pipelined in the same packet) are answered first, and the `400` follows the last of
/// them. A request cut short by the error will not end, so then the `400` goes at once, unless a
/// response is under way, in which case the connection is closed without another.
///
/// After a `CONNECT` (which asks for a tunnel: NIO reads no request after it, and writes its answer
/// without a body), the answer, the handler's `404` or `405`, says `Connection: close`, and the
/// connection is closed, rather than left waiting for requests that would never be read.
final class UnreadableRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let handler: HelpdeskHandler
    /// Requests whose head has been read and whose response has not ended.
    private var responsesOwed = 0
    /// Whether a request's head has been read and its end not yet.
    private var requestUnfinished = false
    private var responseInProgress = false
    /// The message of a parser error, held until the responses owed before it have ended.
    private var heldError: String?
    /// Whether the connection closes once the response under way ends.
    private var closesAfterResponse = false

    init(handler: HelpdeskHandler) {
        self.handler = handler
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            responsesOwed += 1
            requestUnfinished = true
            if head.method == .connect { closesAfterResponse = true }
        case .body: break
        case .end: requestUnfinished = false
        }
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        let message = Self.message(for: parserError)
        if responsesOwed > 0, !requestUnfinished {
            heldError = message
        } else {
            refuse(context: context, message)
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head) where (100..<200).contains(head.status.code):
            context.write(data, promise: promise)
        case .head(var head):
            responseInProgress = true
            if closesAfterResponse { head.headerFields[.connection] = "close" }
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            responseInProgress = false
            responsesOwed = max(0, responsesOwed - 1)
            context.write(data, promise: promise)
            if closesAfterResponse {
                context.flush()
                context.close(promise: nil)
            } else if responsesOwed == 0, let message = heldError {
                heldError = nil
                refuse(context: context, message)
            }
        }
    }

    /// Writes the `400` for an unreadable request, unless a response is under way, and closes.
    private func refuse(context: ChannelHandlerContext, _ message: String) {
        if !responseInProgress {
            let answer = handler.unreadableRequest(message)
            var fields = answer.headerFields
            fields[.contentLength] = String(answer.body.count)
            fields[.connection] = "close"
            let head = HTTPResponse(status: .init(code: answer.status), headerFields: fields)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(ByteBuffer(bytes: answer.body))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
        context.close(promise: nil)
    }

    /// What the client is told, in the error's message.
    static func message(for error: HTTPParserError) -> String {
        switch error {
        case .headerOverflow: "The request's header is larger than the server reads"
        case .invalidURL, .invalidPath, .invalidQueryString: "The request target is not a valid URL"
        case .invalidMethod: "The request's method is not one HTTP registers"
        default: "The request could not be read as HTTP"
        }
    }
}

@available(*, unavailable)
extension UnreadableRequestHandler: Sendable {}

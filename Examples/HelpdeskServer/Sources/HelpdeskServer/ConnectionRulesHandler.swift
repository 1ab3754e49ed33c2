import HTTPTypes
import Helpdesk
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Keeps HTTP/1's connection rules that Hummingbird leaves to its user.
///
/// It answers a request that NIO's HTTP parser refused (a request line or header past its limits,
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
/// A request whose `Host` breaks RFC 9112's rules (see ``RequestHeadChecker``) is refused the
/// same way, with a message that says so.
///
/// After a `CONNECT` (which asks for a tunnel: NIO reads no request after it, and writes its answer
/// without a body), the answer, the handler's `404` or `405`, says `Connection: close`, and the
/// connection is closed, rather than left waiting for requests that would never be read. So is
/// it after the answer to a request that does not keep the connection alive (HTTP/1.0 without
/// `Connection: keep-alive`, or any with `Connection: close`); an HTTP/1.0 request that asks
/// for `keep-alive` is answered with it. A request with `Expect: 100-continue` gets a
/// `100 Continue` as soon as its head is read (RFC 9110 §10.1.1), so that its client sends the
/// body without waiting.
final class ConnectionRulesHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let handler: HelpdeskHandler
    /// Reads the heads before they lose their HTTP version; placed when this handler is added.
    private let headChecker = RequestHeadChecker()
    /// Requests whose head has been read and whose response has not ended.
    private var responsesOwed = 0
    /// Heads read so far, and responses ended: the response to request `n` is the `n`-th.
    private var requestsRead = 0
    private var responsesEnded = 0
    /// The number of the request after whose response the connection closes (a `CONNECT`, or
    /// a request that does not keep the connection alive), and of those answered with
    /// `Connection: keep-alive` (HTTP/1.0 ones that ask for it).
    private var closingRequest: Int?
    private var keepAliveRequests: Set<Int> = []
    /// Whether a request's head has been read and its end not yet.
    private var requestUnfinished = false
    private var responseInProgress = false
    /// The message of a parser error, held until the responses owed before it have ended.
    private var heldError: String?

    init(handler: HelpdeskHandler) {
        self.handler = handler
    }

    /// Places ``RequestHeadChecker`` right after NIO's request decoder.
    func handlerAdded(context: ChannelHandlerContext) {
        let pipeline = context.pipeline.syncOperations
        if let decoder = try? pipeline.context(handlerType: ByteToMessageHandler<HTTPRequestDecoder>.self) {
            try? pipeline.addHandler(headChecker, position: .after(decoder.handler))
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            responsesOwed += 1
            requestsRead += 1
            requestUnfinished = true
            if head.method == .connect || !headChecker.lastHeadKeepsAlive {
                closingRequest = closingRequest ?? requestsRead
            } else if headChecker.lastHeadIsHTTP10 {
                keepAliveRequests.insert(requestsRead)
            }
            if head.headerFields[.expect]?.lowercased() == "100-continue" {
                context.writeAndFlush(wrapOutboundOut(.head(HTTPResponse(status: .continue))), promise: nil)
            }
        case .body: break
        case .end: requestUnfinished = false
        }
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let message: String
        if let parserError = error as? HTTPParserError {
            message = Self.message(for: parserError)
        } else if let hostError = error as? RequestHeadChecker.HostError {
            message = hostError.message
        } else {
            context.fireErrorCaught(error)
            return
        }
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
            let answering = responsesEnded + 1
            if closesAfterResponse {
                head.headerFields[.connection] = "close"
            } else if keepAliveRequests.remove(answering) != nil {
                head.headerFields[.connection] = "keep-alive"
            }
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            responseInProgress = false
            responsesOwed = max(0, responsesOwed - 1)
            let closes = closesAfterResponse
            responsesEnded += 1
            if closes {
                closeOnceWritten(context: context, data, promise: promise)
            } else {
                context.write(data, promise: promise)
            }
            if !closes, responsesOwed == 0, let message = heldError {
                heldError = nil
                refuse(context: context, message)
            }
        }
    }

    /// Writes the end of the last response and closes the connection once every byte before it
    /// has gone to the socket: closing at once would drop what the socket's buffer had no room
    /// for yet (a large answer would arrive cut short).
    private func closeOnceWritten(context: ChannelHandlerContext, _ data: NIOAny, promise: EventLoopPromise<Void>?) {
        let written = context.eventLoop.makePromise(of: Void.self)
        written.futureResult.cascade(to: promise)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        written.futureResult.whenComplete { _ in bound.value.close(promise: nil) }
        context.writeAndFlush(data, promise: written)
    }

    /// Whether the connection closes once the response under way ends.
    private var closesAfterResponse: Bool {
        closingRequest.map { responsesEnded + 1 >= $0 } ?? false
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
extension ConnectionRulesHandler: Sendable {}

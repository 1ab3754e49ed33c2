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
/// to itself so that Hummingbird does not answer a second time. NIO's pipeline handler in front
/// of it holds the error back until any response in progress has ended; should one still be
/// unfinished, the connection is closed without another.
final class UnreadableRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let handler: HelpdeskHandler
    private var responseInProgress = false

    init(handler: HelpdeskHandler) {
        self.handler = handler
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        if !responseInProgress {
            let answer = handler.unreadableRequest(Self.message(for: parserError))
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

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head) where (100..<200).contains(head.status.code): break
        case .head: responseInProgress = true
        case .body: break
        case .end: responseInProgress = false
        }
        context.write(data, promise: promise)
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

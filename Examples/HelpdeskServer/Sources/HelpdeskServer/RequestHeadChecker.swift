import NIOCore
import NIOHTTP1

/// Reads each request head as NIO parsed it, before it becomes an HTTP-types request (which
/// keeps neither the HTTP version nor a second `Host`), for what only the head tells:
///
/// - whether the connection stays open after the answer (``HTTPRequestHead/isKeepAlive``:
///   HTTP/1.0 closes unless it asks for `keep-alive`, HTTP/1.1 closes on `Connection: close`),
///   which it hands to ``ConnectionRulesHandler``; requests pipelined after one that closes
///   it are not passed on;
/// - whether its `Host` is as RFC 9112 §3.2 requires: exactly one in HTTP/1.1, at most one in
///   HTTP/1.0, each a valid `host[:port]` (or empty). A request that fails is not passed on,
///   nor is anything after it: the connection ends with the handler's `400`.
final class RequestHeadChecker: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    /// A request head whose `Host` breaks RFC 9112's rules.
    struct HostError: Error {
        let message: String
    }

    /// Whether the last head passed on lets the connection stay open after its answer.
    private(set) var lastHeadKeepsAlive = true
    /// Whether the last head passed on is HTTP/1.0 (whose client keeps the connection only
    /// when the answer says `Connection: keep-alive`).
    private(set) var lastHeadIsHTTP10 = false
    /// Set once a request is refused, or a request after one that closes the connection
    /// arrives: nothing more is passed on, so no request is acted on whose answer the
    /// client would never read.
    private var dropsTheRest = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !dropsTheRest else { return }
        if case .head(let head) = unwrapInboundIn(data) {
            if !lastHeadKeepsAlive {
                dropsTheRest = true
                return
            }
            if let problem = Self.hostProblem(head) {
                dropsTheRest = true
                context.fireErrorCaught(HostError(message: problem))
                return
            }
            lastHeadKeepsAlive = head.isKeepAlive
            lastHeadIsHTTP10 = head.version.major == 1 && head.version.minor == 0
        }
        context.fireChannelRead(data)
    }

    /// What is wrong with the head's `Host`, if anything.
    static func hostProblem(_ head: HTTPRequestHead) -> String? {
        let hosts = head.headers["Host"]
        let needsHost = head.version.major > 1 || (head.version.major == 1 && head.version.minor >= 1)
        if hosts.isEmpty, needsHost { return "An HTTP/1.1 request must have a Host header" }
        if hosts.count > 1 { return "A request must have one Host header, not \(hosts.count)" }
        if let host = hosts.first, !isValidHost(host) { return "The request's Host header is not a host[:port]" }
        return nil
    }

    /// RFC 3986's `host [ ":" port ]`: a name of unreserved characters, sub-delimiters and
    /// percent-escapes, or a bracketed IP literal, then optional digits. Empty is allowed.
    static func isValidHost(_ value: String) -> Bool {
        var host = Substring(value)
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            let literal = host[host.index(after: host.startIndex)..<close]
            guard literal.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return false }
            host = host[host.index(after: close)...]
        } else {
            let name = host.prefix { $0 != ":" }
            guard name.unicodeScalars.allSatisfy(isNameScalar) else { return false }
            host = host[name.endIndex...]
        }
        guard let colon = host.first else { return true }
        return colon == ":" && host.dropFirst().allSatisfy(\.isASCII) && host.dropFirst().allSatisfy(\.isNumber)
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~", "%", "!", "$", "&", "'", "(", ")", "*", "+", ",",
            ";", "=":
            true
        default: false
        }
    }
}

@available(*, unavailable)
extension RequestHeadChecker: Sendable {}

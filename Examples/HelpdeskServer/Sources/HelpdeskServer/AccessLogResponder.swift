public import Hummingbird
import Logging

/// Wraps a responder and writes one access-log line per request, once it is answered:
/// `GET /api/v1/tickets 200 1.42ms`, at `info` level, on the request's logger (which carries
/// Hummingbird's `hb.request.id`).
public struct AccessLogResponder<Responder: HTTPResponder>: HTTPResponder where Responder.Context: RequestContext {
    public typealias Context = Responder.Context

    /// The responder that answers.
    public let responder: Responder

    public init(_ responder: Responder) {
        self.responder = responder
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await responder.respond(to: request, context: context)
            log(request, status: String(response.status.code), after: start.duration(to: clock.now), context)
            return response
        } catch {
            log(request, status: "error (\(error))", after: start.duration(to: clock.now), context)
            throw error
        }
    }

    private func log(_ request: Request, status: String, after duration: Duration, _ context: Context) {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1_000 + Double(attoseconds) / 1e15
        let rounded = (milliseconds * 100).rounded() / 100
        context.logger.info("\(request.method.rawValue) \(request.uri.path) \(status) \(rounded)ms")
    }
}

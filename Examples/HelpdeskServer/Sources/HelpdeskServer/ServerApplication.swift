public import Helpdesk
public import Hummingbird
public import Logging
import NIOCore

/// The Hummingbird application of `helpdesk-server`: one responder for every request.
public typealias HelpdeskApplication = Application<AccessLogResponder<HelpdeskResponder<BasicRequestContext>>>

extension Application where Responder == AccessLogResponder<HelpdeskResponder<BasicRequestContext>> {
    /// An HTTP/1.1 server on `host`:`port` whose only responder is `handler`, with an access log.
    ///
    /// - Parameters:
    ///   - idleTimeout: how long a connection may send nothing while no answer is owed (between
    ///     requests, or partway through one) before the server closes it.
    ///   - onServerRunning: called with the bound port once the server listens (useful with port 0).
    public init(
        handler: HelpdeskHandler, host: String = "127.0.0.1", port: Int = 8080,
        idleTimeout: Duration = ServerOptions.defaultIdleTimeout, logger: Logger = Logger(label: "helpdesk-server"),
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) {
        self.init(
            responder: AccessLogResponder(HelpdeskResponder(handler: handler)),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [ConnectionRulesHandler(handler: handler)],
                    idleTimeout: TimeAmount(idleTimeout))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}

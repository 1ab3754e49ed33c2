import Helpdesk
import HelpdeskServer
import Hummingbird
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `message` to standard error and exits with `code`.
func fail(_ message: String, code: Int32) -> Never {
    var line = "helpdesk-server: \(message)\n"
    line.withUTF8 { bytes in _ = write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
    exit(code)
}

let options: ServerOptions
do {
    options = try ServerOptions(
        arguments: Array(CommandLine.arguments.dropFirst()),
        environment: getenv("HELPDESK_API_KEY").map { ["HELPDESK_API_KEY": String(cString: $0)] } ?? [:])
} catch {
    fail("\(error) (see --help)", code: 64)
}
if options.showHelp {
    print(ServerOptions.usage)
    exit(0)
}

var logger = Logger(label: "helpdesk-server")
logger.logLevel = .info
do {
    try await options.store.withStore { [options, logger] store in
        let helpdesk: ServerHelpdesk
        do throws(HelpdeskError) {
            helpdesk = try await ServerHelpdesk(options: options, store: store)
        } catch {
            fail("cannot start: \(error.message)", code: 64)
        }
        var app = HelpdeskApplication(
            handler: helpdesk.handler, host: options.host, port: options.port, idleTimeout: options.idleTimeout,
            logger: logger
        ) { port in
            print(
                Banner.text(
                    host: options.host, port: port, key: helpdesk.adminKey.key, generated: options.apiKey == nil,
                    basePath: helpdesk.handler.configuration.basePath))
            print("Store: \(options.store)\(options.store == .memory ? " (records are lost when it stops)" : "")")
            fflush(nil)
        }
        if options.webhooks {
            app.addServices(
                WebhookDeliveryService(
                    service: helpdesk.handler.service,
                    interval: .milliseconds(options.webhookIntervalMilliseconds), logger: logger))
        }
        try await app.runService()
    }
} catch let error as StoreOpeningError {
    fail(error.description, code: 1)
} catch {
    fail("\(error)", code: 1)
}

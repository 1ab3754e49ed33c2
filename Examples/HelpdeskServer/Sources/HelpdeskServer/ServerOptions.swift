public import Helpdesk

/// The command line of `helpdesk-server`, parsed by hand: a handful of flags needs no parser package.
public struct ServerOptions: Sendable, Hashable {
    /// The address to listen on.
    public var host = "127.0.0.1"
    /// The port to listen on; 0 picks a free one.
    public var port = 8080
    /// The admin's API key; a new one is generated when `nil`.
    public var apiKey: String?
    /// Whether to fill the helpdesk with a few demonstration records.
    public var demoData = false
    /// Requests a key may make per minute (the library's default is 700).
    public var rateLimit: Int?
    /// Whether the server sends webhooks (`--no-webhooks` turns it off).
    public var webhooks = true
    /// The longest wait, in milliseconds, before the webhook dispatcher looks for due deliveries again.
    public var webhookIntervalMilliseconds = 1_000
    /// Milliseconds before the first retry of a failed delivery (each later one waits twice as long).
    public var webhookRetryMilliseconds = 60_000
    /// Seconds a connection may send nothing, while no answer is owed, before the server closes it.
    public var idleTimeoutSeconds = Int(ServerOptions.defaultIdleTimeout.components.seconds)
    /// Whether `--help` was asked for.
    public var showHelp = false
    /// Where the records are kept (`--store`); in memory by default.
    public var store = StoreChoice.memory

    public init() {}

    /// How long a connection may stay idle unless told otherwise: a minute, as web servers commonly allow.
    public static let defaultIdleTimeout = Duration.seconds(60)

    /// The idle timeout these options ask for.
    public var idleTimeout: Duration { .seconds(idleTimeoutSeconds) }

    /// The outbox settings these options ask for: the standard retry policy from the first wait given.
    public var outboxSettings: OutboxSettings {
        var retry = RetryPolicy.standard
        retry.initialDelay = Double(webhookRetryMilliseconds) / 1_000
        return OutboxSettings(retry: retry)
    }

    /// Reads the arguments (without the program name) and `HELPDESK_API_KEY` from `environment`;
    /// a `--api-key` flag wins over the environment.
    public init(arguments: [String], environment: [String: String] = [:]) throws(ServerOptionsError) {
        apiKey = environment["HELPDESK_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            let (flag, inlineValue) = Self.split(argument)
            func value() throws(ServerOptionsError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = remaining.popFirst() else { throw ServerOptionsError("\(flag) needs a value") }
                return next
            }
            switch flag {
            case "--host": host = try value()
            case "--port": port = try Self.number(try value(), flag: flag, in: 0...65_535)
            case "--api-key": apiKey = try value()
            case "--rate-limit": rateLimit = try Self.number(try value(), flag: flag, in: 1...Int(Int32.max))
            case "--demo-data" where inlineValue == nil: demoData = true
            case "--no-webhooks" where inlineValue == nil: webhooks = false
            case "--webhook-interval-ms":
                webhookIntervalMilliseconds = try Self.number(try value(), flag: flag, in: 10...3_600_000)
            case "--webhook-retry-ms":
                webhookRetryMilliseconds = try Self.number(try value(), flag: flag, in: 1...86_400_000)
            case "--idle-timeout-s": idleTimeoutSeconds = try Self.number(try value(), flag: flag, in: 1...86_400)
            case "--store": store = try StoreChoice(parsing: try value())
            case "--help" where inlineValue == nil, "-h" where inlineValue == nil: showHelp = true
            default: throw ServerOptionsError("unknown argument '\(argument)'")
            }
        }
    }

    /// `--flag=value` as its two halves; `--flag` with no inline value.
    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func number(_ text: String, flag: String, in range: ClosedRange<Int>) throws(ServerOptionsError)
        -> Int
    {
        guard let number = Int(text), range.contains(number) else {
            throw ServerOptionsError("\(flag) takes a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// What `--help` prints.
    public static let usage = """
        USAGE: helpdesk-server [--host <host>] [--port <port>] [--api-key <key>] [--demo-data]
                               [--rate-limit <n>] [--store <store>] [--no-webhooks]
                               [--webhook-interval-ms <n>] [--webhook-retry-ms <n>]
                               [--idle-timeout-s <n>]

        Serves the helpdesk REST API (/api/v1/…, /openapi.json) over HTTP/1.1.

        OPTIONS:
          --host <host>        Address to listen on (default: 127.0.0.1).
          --port <port>        Port to listen on; 0 picks a free one (default: 8080).
          --api-key <key>      Key of the admin user created at start, 16 to 512 characters
                               without spaces (default: $HELPDESK_API_KEY, else a new random key).
          --demo-data          Start with a few customers, agents, tickets, tags and articles.
          --rate-limit <n>     Requests per minute and key (default: 700).
          --no-webhooks        Do not send webhooks (subscriptions and the change feed still work).
          --webhook-interval-ms <n>
                               Longest wait in milliseconds before looking for due deliveries
                               again, sooner when a send ends (default: 1000).
          --webhook-retry-ms <n>
                               Wait before the first retry of a failed delivery, doubling up to
                               6 hours, 13 attempts in all (default: 60000).
          --idle-timeout-s <n> Seconds a connection may go without sending a whole part of a
                               request (headers, a piece of body) while no answer is owed,
                               before it is closed (default: 60).
          --store <store>      Where the records live (default: memory):
                                 memory                 in this process, lost when it stops
                                 sqlite:PATH            one SQLite file, created if missing
                                 postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
                                                        PostgreSQL (also postgresql://), no TLS;
                                                        several servers may share it
                               The store's schema is created or upgraded at start. On a store
                               that already has the admin, a --api-key that works is kept and
                               any other key is issued to that admin; --demo-data is skipped
                               when the store already holds tickets.
          -h, --help           Show this help.

        Stop it with Ctrl-C (SIGINT) or SIGTERM; requests in flight are finished first.
        """
}

/// A command line `helpdesk-server` cannot run with.
public struct ServerOptionsError: Error, Hashable, CustomStringConvertible {
    /// What is wrong, for the user.
    public var description: String

    init(_ description: String) { self.description = description }
}

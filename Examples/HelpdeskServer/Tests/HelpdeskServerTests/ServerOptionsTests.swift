import Helpdesk
import HelpdeskServer
import Testing

/// The command line, parsed by hand.
@Suite struct ServerOptionsTests {
    @Test func defaults() throws {
        let options = try ServerOptions(arguments: [])
        #expect(options == ServerOptions())
        #expect(options.host == "127.0.0.1")
        #expect(options.port == 8080)
        #expect(options.apiKey == nil)
        #expect(!options.demoData)
        #expect(options.idleTimeout == .seconds(60))
    }

    @Test func everyFlag() throws {
        let options = try ServerOptions(
            arguments: [
                "--host", "0.0.0.0", "--port=9000", "--api-key", "k-0123456789abcdef", "--demo-data",
                "--rate-limit", "100000", "--idle-timeout-s", "5",
            ])
        #expect(options.host == "0.0.0.0")
        #expect(options.port == 9000)
        #expect(options.apiKey == "k-0123456789abcdef")
        #expect(options.demoData)
        #expect(options.rateLimit == 100_000)
        #expect(options.idleTimeout == .seconds(5))
        #expect(try ServerOptions(arguments: ["-h"]).showHelp)
        #expect(try ServerOptions(arguments: ["--help"]).showHelp)
    }

    @Test func webhookFlags() throws {
        #expect(try ServerOptions(arguments: []).webhooks)
        let options = try ServerOptions(
            arguments: ["--no-webhooks", "--webhook-interval-ms", "50", "--webhook-retry-ms=250"])
        #expect(!options.webhooks)
        #expect(options.webhookIntervalMilliseconds == 50)
        #expect(options.outboxSettings.retry.initialDelay == 0.25)
        #expect(options.outboxSettings.retry.maximumAttempts == 13)
        for bad in [["--webhook-interval-ms", "5"], ["--webhook-retry-ms", "0"], ["--no-webhooks=yes"]] {
            #expect(throws: ServerOptionsError.self) { try ServerOptions(arguments: bad) }
        }
    }

    @Test func keyFromTheEnvironmentUnlessAFlagGivesOne() throws {
        let environment = ["HELPDESK_API_KEY": "env-key-0123456789"]
        #expect(try ServerOptions(arguments: [], environment: environment).apiKey == "env-key-0123456789")
        #expect(
            try ServerOptions(arguments: ["--api-key=flag-key-0123456789"], environment: environment).apiKey
                == "flag-key-0123456789")
        #expect(try ServerOptions(arguments: [], environment: ["HELPDESK_API_KEY": ""]).apiKey == nil)
    }

    @Test(arguments: [
        ["--port"], ["--port", "http"], ["--port", "70000"], ["--rate-limit", "0"], ["--verbose"], ["serve"],
        ["--demo-data=yes"], ["--idle-timeout-s", "0"],
    ])
    func refused(_ arguments: [String]) {
        #expect(throws: ServerOptionsError.self) { try ServerOptions(arguments: arguments) }
    }

    @Test func storeIsMemoryByDefault() throws {
        #expect(try ServerOptions(arguments: []).store == .memory)
        #expect(try ServerOptions(arguments: ["--store", "memory"]).store == .memory)
    }

    @Test(arguments: [
        ("sqlite:/var/lib/helpdesk.sqlite", ServerOptions.StoreChoice.sqlite(path: "/var/lib/helpdesk.sqlite")),
        ("sqlite:data/h.sqlite", .sqlite(path: "data/h.sqlite")),
        ("postgres://helpdesk@127.0.0.1:5432/helpdesk", .postgres(url: "postgres://helpdesk@127.0.0.1:5432/helpdesk")),
        ("postgresql://db.example/helpdesk", .postgres(url: "postgresql://db.example/helpdesk")),
    ])
    func storeChoices(_ text: String, _ expected: ServerOptions.StoreChoice) throws {
        #expect(try ServerOptions(arguments: ["--store", text]).store == expected)
        #expect(try ServerOptions(arguments: ["--store=\(text)"]).store == expected)
        #expect(try ServerOptions.StoreChoice(parsing: text) == expected)
    }

    @Test(arguments: [
        ("", "--store takes memory, sqlite:PATH or postgres://user@host:port/database, not ''"),
        ("Memory", "--store takes memory, sqlite:PATH or postgres://user@host:port/database, not 'Memory'"),
        (
            "mysql://db/helpdesk",
            "--store takes memory, sqlite:PATH or postgres://user@host:port/database, not 'mysql://db/helpdesk'"
        ),
        (
            "/tmp/helpdesk.sqlite",
            "--store takes memory, sqlite:PATH or postgres://user@host:port/database, not '/tmp/helpdesk.sqlite'"
        ),
        ("sqlite:", "--store sqlite: needs a file path (sqlite:PATH)"),
        ("postgres:///helpdesk", "--store: not a usable PostgreSQL URL (the URL names no host)"),
        ("postgres://db:port/helpdesk", "--store: not a usable PostgreSQL URL (not a postgres:// URL)"),
    ])
    func badStoresAreRefusedClearly(_ text: String, _ message: String) {
        let parsing = #expect(throws: ServerOptionsError.self) { try ServerOptions.StoreChoice(parsing: text) }
        #expect(parsing?.description == message)
        let options = #expect(throws: ServerOptionsError.self) { try ServerOptions(arguments: ["--store", text]) }
        #expect(options?.description == message)
    }

    @Test func storeNeedsAValue() {
        let error = #expect(throws: ServerOptionsError.self) { try ServerOptions(arguments: ["--store"]) }
        #expect(error?.description == "--store needs a value")
    }

    @Test func aPostgresPasswordIsNotShown() {
        let store = ServerOptions.StoreChoice.postgres(url: "postgres://helpdesk:s3cret@db.example:5432/helpdesk")
        #expect(store.description == "postgres://helpdesk:***@db.example:5432/helpdesk")
        #expect(
            ServerOptions.StoreChoice.postgres(url: "postgres://helpdesk@db.example/helpdesk").description
                == "postgres://helpdesk@db.example/helpdesk")
        #expect(ServerOptions.StoreChoice.sqlite(path: "h.sqlite").description == "sqlite:h.sqlite")
    }

    @Test func usageDescribesTheStores() {
        for text in ["--store <store>", "memory", "sqlite:PATH", "postgres://"] {
            #expect(ServerOptions.usage.contains(text))
        }
    }

    @Test func bannerShowsURLKeyAndCurl() {
        let text = Banner.text(host: "127.0.0.1", port: 8080, key: "k123", generated: true, basePath: "/api/v1")
        #expect(text.contains("http://127.0.0.1:8080/api/v1"))
        #expect(text.contains("(generated; shown only now): k123"))
        #expect(text.contains(#"curl -H "Authorization: Bearer k123" http://127.0.0.1:8080/api/v1/tickets"#))
        #expect(
            Banner.text(host: "::1", port: 1, key: "k", generated: false, basePath: "/api").contains(
                "http://[::1]:1/api"))
    }
}

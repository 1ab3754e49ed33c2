import Foundation
import HTTPTypes
import Helpdesk
import HummingbirdTesting
import NIOCore
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a child server could not be used.
struct ServerProcessError: Error, CustomStringConvertible {
    var description: String
}

/// The built `helpdesk-server` binary running as a child process on a free loopback port
/// (`--port 0`), with its standard output and error in a log file.
final class ServerProcess: Sendable {
    /// The port the server printed that it listens on.
    let port: Int
    /// Where the server's output goes.
    let logFile: URL
    private let pid: Int32
    private let exits: Mutex<AsyncStream<Int32>?>

    /// How many times the log is read for the port before giving up, 50 ms apart (30 s in all).
    static let readinessAttempts = 600

    /// Starts `helpdesk-server` with `arguments` plus `--host 127.0.0.1 --port 0`, and waits until it
    /// has printed its port and answers `/openapi.json`.
    init(arguments: [String], logFile: URL) async throws {
        let binary = try Self.binary()
        guard FileManager.default.createFile(atPath: logFile.path, contents: nil) else {
            throw ServerProcessError(description: "cannot create \(logFile.path)")
        }
        let output = try FileHandle(forWritingTo: logFile)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments + ["--host", "127.0.0.1", "--port", "0"]
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { ended in
            continuation.yield(ended.terminationStatus)
            continuation.finish()
        }
        try process.run()
        let pid = process.processIdentifier
        let port: Int
        do {
            port = try await Self.waitForPort(in: logFile, isRunning: { process.isRunning })
            try await Self.waitUntilAnswering(port: port)
        } catch {
            kill(pid, SIGKILL)
            throw error
        }
        self.pid = pid
        self.port = port
        self.logFile = logFile
        self.exits = Mutex(stream)
    }

    /// The server's output so far.
    var log: String {
        (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits for the process to end and answers its exit status (or the signal that ended it).
    func waitForExit() async -> Int32? {
        guard
            let stream = exits.withLock({ stream in
                defer { stream = nil }
                return stream
            })
        else { return nil }
        for await status in stream { return status }
        return nil
    }

    /// SIGTERM, then the exit status: 0 when it shut down gracefully.
    func stop() async -> Int32? {
        send(SIGTERM)
        return await waitForExit()
    }

    /// The executable next to the test bundle: `helpdesk-server` in the build products directory.
    static func binary() throws -> URL {
        var directories: [URL] = []
        if let path = ProcessInfo.processInfo.environment["HELPDESK_SERVER_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            directories.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        directories.append(packageRoot.appendingPathComponent(".build/debug"))
        for directory in directories {
            let candidate = directory.appendingPathComponent("helpdesk-server")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ServerProcessError(
            description:
                "no helpdesk-server binary in \(directories.map(\.path)); build it or set HELPDESK_SERVER_BINARY")
    }

    /// The port of the banner line `Helpdesk API listening on http://127.0.0.1:PORT/…`.
    private static func waitForPort(in logFile: URL, isRunning: () -> Bool) async throws -> Int {
        let prefix = "Helpdesk API listening on http://127.0.0.1:"
        for _ in 0..<readinessAttempts {
            let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where line.hasPrefix(prefix) {
                if let port = Int(line.dropFirst(prefix.count).prefix { $0.isNumber }) { return port }
            }
            guard isRunning() else {
                throw ServerProcessError(description: "helpdesk-server exited before listening:\n\(text)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        throw ServerProcessError(description: "helpdesk-server printed no port within 30 s:\n\(text)")
    }

    /// Retries `GET /openapi.json` a bounded number of times until it answers 200.
    private static func waitUntilAnswering(port: Int) async throws {
        var lastError: (any Error)?
        for _ in 0..<100 {
            do {
                let answer = try await ProcessClient.withClient(port: port) { client in
                    try await client.send(.get, "/openapi.json", authorized: false)
                }
                if answer.status == .ok { return }
            } catch {
                lastError = error
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ServerProcessError(
            description: "the server on port \(port) does not answer: \(String(describing: lastError))")
    }
}

/// An answer of a child server, with the JSON helpers the tests use.
struct ProcessAnswer: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer

    /// The body parsed as JSON; `nil` when empty or not JSON.
    var json: JSONValue? { try? JSONParser.parse(body.readableBytesView) }

    /// The string at `data.<path>`; throws if there is none.
    func data(_ path: String...) throws -> String {
        guard let text = json?.value(at: ["data"] + path)?.stringValue else {
            throw MissingValue(description: "no data.\(path.joined(separator: ".")) in \(String(buffer: body))")
        }
        return text
    }

    /// `meta.total` of a list answer.
    var total: Int? {
        if case .number(let number)? = json?.value(at: ["meta", "total"]) { return Int(number) }
        return nil
    }

    /// A header's value by name.
    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headers[$0] }
    }
}

/// One keep-alive connection to a child server; requests carry the admin's key unless told otherwise.
struct ProcessClient: Sendable {
    let client: TestClient
    let key: String?

    /// Connects to `127.0.0.1:port`, runs `body`, and closes the connection.
    static func withClient<Value: Sendable>(
        port: Int, key: String? = nil, _ body: @escaping @Sendable (ProcessClient) async throws -> Value
    ) async throws -> Value {
        try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(30))) {
            client in
            try await body(ProcessClient(client: client, key: key))
        }
    }

    /// Sends a request; `target` gets the `/api/v1` prefix unless it is `/openapi.json`, and the
    /// client's key unless `authorized` is false.
    func send(
        _ method: HTTPRequest.Method, _ target: String, json: String? = nil, authorized: Bool = true,
        headers: HTTPFields = [:]
    ) async throws -> ProcessAnswer {
        var headers = headers
        if authorized, let key { headers[.authorization] = "Bearer \(key)" }
        if json != nil { headers[.contentType] = "application/json" }
        headers[.connection] = "keep-alive"
        let uri = target == "/openapi.json" ? target : "/api/v1" + target
        let response = try await client.execute(
            TestClient.Request(
                uri, method: method, authority: "127.0.0.1", headers: headers,
                body: json.map { ByteBuffer(string: $0) }))
        return ProcessAnswer(
            status: response.status, headers: response.head.headerFields, body: response.body ?? ByteBuffer())
    }
}

/// A new empty directory under the temporary directory, for one test's files.
func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "helpdesk-server-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

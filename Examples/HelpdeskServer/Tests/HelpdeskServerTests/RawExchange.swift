import Foundation
import Helpdesk

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One request written as raw bytes to a loopback port, and all that comes back until the server
/// closes: for requests an HTTP client library would refuse to send.
struct RawExchange {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The status line's code.
    let status: Int
    /// The header fields, names lowercased.
    let headers: [String: String]
    /// The body parsed as JSON; `nil` when it is not.
    let json: JSONValue?
    /// Whether the server closed the connection (rather than the wait for more running out).
    let closedByServer: Bool

    init(port: Int, request: [UInt8]) async throws {
        let (response, closedByServer) = try await Self.exchange(port: port, request)
        self.closedByServer = closedByServer
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = response.indices.first(where: { response[$0...].starts(with: separator) }) else {
            throw Failure(description: "no end of head in \(String(decoding: response, as: UTF8.self))")
        }
        let lines = String(decoding: response[..<end], as: UTF8.self).split(separator: "\r\n")
        let statusWords = lines.first?.split(separator: " ") ?? []
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else {
            throw Failure(description: "no status line in \(lines.first ?? "")")
        }
        self.status = status
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] =
                line[line.index(after: colon)...]
                .trimmingPrefix(" ").description
        }
        self.headers = headers
        json = try? JSONParser.parse(Array(response[(end + separator.count)...]))
    }

    /// `error.code` of an error answer.
    var errorCode: String? { json?.value(at: ["error", "code"])?.stringValue }

    /// Everything that comes back, as text: for several answers to pipelined requests.
    static func text(port: Int, request: [UInt8]) async throws -> String {
        try await textAndClosing(port: port, request: request).text
    }

    /// Everything that comes back, as text, and whether the server closed the connection.
    static func textAndClosing(port: Int, request: [UInt8]) async throws -> (text: String, closed: Bool) {
        let (bytes, closed) = try await exchange(port: port, request)
        return (String(decoding: bytes, as: UTF8.self), closed)
    }

    /// What comes back until the server closes or 10 seconds pass without a byte, and which of the two.
    ///
    /// The socket calls block, so they run on a thread of their own: on a task's thread they would
    /// hold one of the few that the server under test needs to answer.
    private static func exchange(port: Int, _ request: [UInt8]) async throws -> (bytes: [UInt8], closed: Bool) {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try blockingExchange(port: port, request) }) }.start()
        }
    }

    private static func blockingExchange(port: Int, _ request: [UInt8]) throws -> (bytes: [UInt8], closed: Bool) {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "no socket") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to port \(port)") }
        // The server may answer and close before reading the whole request: a short send is no failure.
        request.withUnsafeBytes { bytes in
            var sent = 0
            while sent < bytes.count, let base = bytes.baseAddress {
                let count = send(descriptor, base + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                if count <= 0 { break }
                sent += count
            }
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return (response, count == 0) }
            response.append(contentsOf: buffer[0..<count])
        }
    }
}

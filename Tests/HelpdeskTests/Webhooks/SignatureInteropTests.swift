import Foundation
import Helpdesk
import Testing

/// A receiver written against the documented scheme with Python's `hmac`, not ours, accepts
/// our signatures and refuses a tampered body.
@Suite struct SignatureInteropTests {
    static let receiver = """
        import hashlib, hmac, sys
        secret, header, body_path = sys.argv[1], sys.argv[2], sys.argv[3]
        body = open(body_path, "rb").read()
        parts = dict(part.split("=", 1) for part in header.split(","))
        expected = hmac.new(secret.encode(), parts["t"].encode() + b"." + body, hashlib.sha256).hexdigest()
        print("valid" if hmac.compare_digest(expected, parts["v1"]) else "invalid")
        """

    @Test func pythonsHMACAgrees() throws {
        let body = Array(#"{"id":"evt_1","type":"ticket.created","data":{"subject":"Ünïcode ✓"}}"#.utf8)
        let secret = "whsec_test-secret"
        let header = WebhookSignature.header(for: body, timestamp: 1_736_937_000, secret: secret)
        #expect(try verify(secret: secret, header: header, body: body) == "valid")
        #expect(try verify(secret: secret, header: header, body: body + [0x0a]) == "invalid")
        #expect(try verify(secret: "whsec_other", header: header, body: body) == "invalid")
    }

    private func verify(secret: String, header: String, body: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("receiver.py")
        let bodyFile = directory.appendingPathComponent("body")
        try Self.receiver.write(to: script, atomically: true, encoding: .utf8)
        try Data(body).write(to: bodyFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, secret, header, bodyFile.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

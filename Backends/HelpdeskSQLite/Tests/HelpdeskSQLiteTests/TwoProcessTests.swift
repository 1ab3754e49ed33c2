import Foundation
import Helpdesk
import HelpdeskSQLite
import Testing

/// The `sqlite3` command-line shell (Debian's `sqlite3` package).
let sqliteShell = "/usr/bin/sqlite3"

/// Another process on the same file (the `sqlite3` shell), writing with the store's own
/// versioned `UPDATE`: whichever of the two comes second finds the version moved on.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: sqliteShell)))
struct TwoProcessTests {

    @Test func aWriterInAnotherProcessAndTheStoreNeverLoseAnUpdate() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file()
        let store = try SQLiteStore(path: path)
        let customer = Samples.customer(1)
        let ticket = Samples.ticket(1, customer: customer.id)
        try await store.apply(ChangeSet([.insertCustomer(customer), .insertTicket(ticket)]))

        let update = """
            UPDATE tickets SET subject = 'from another process', version = version + 1
            WHERE id = 'tkt_1' AND version = %d;
            SELECT changes();
            """
        #expect(try Self.run(String(format: update, 1), on: path) == "1", "the other process moves 1 to 2")
        let stale = modified(ticket) { $0.subject = "from the store" }
        await #expect(throws: StorageError.versionMismatch(kind: "ticket", id: ticket.id.rawValue)) {
            try await store.apply(ChangeSet([.updateTicket(stale, expectedVersion: 1)]))
        }
        let current = try #require(try await store.ticket(ticket.id))
        #expect(current.version == 2 && current.value.subject == "from another process")

        try await store.apply(ChangeSet([.updateTicket(stale, expectedVersion: 2)]))
        #expect(try Self.run(String(format: update, 2), on: path) == "0", "the other process finds 2 gone")
        #expect(try await store.ticket(ticket.id) == Stored(stale, version: 3))
    }

    /// Runs `sql` in a `sqlite3` process on the file; answers what it prints, trimmed.
    static func run(_ sql: String, on path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqliteShell)
        process.arguments = ["-cmd", ".timeout 10000", path, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

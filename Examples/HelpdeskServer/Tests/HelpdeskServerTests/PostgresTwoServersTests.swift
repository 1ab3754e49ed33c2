import Foundation
import HTTPTypes
import Helpdesk
import Testing

/// Two `helpdesk-server --store postgres://…` processes on one database.
///
/// They need `HELPDESK_POSTGRES_URL` (`Backends/HelpdeskPostgres/with-postgres.sh` sets it). Without
/// it the suite is skipped, unless `HELPDESK_REQUIRE_POSTGRES=1` (as in CI), which makes it fail.
/// The servers use the database's `public` schema; every check is of records the test made itself.
@Suite(.serialized, .enabled(if: PostgresEnvironment.url != nil || PostgresEnvironment.required))
struct PostgresTwoServersTests {
    static let key = "postgres-test-admin-key-0123456789"
    static let rounds = 50

    /// Starts two servers on the database together, runs `body` with a client of each, stops both.
    func withTwoServers(_ body: @escaping @Sendable (ProcessClient, ProcessClient) async throws -> Void) async throws {
        guard let url = PostgresEnvironment.url else {
            Issue.record(
                """
                HELPDESK_POSTGRES_URL is not set but HELPDESK_REQUIRE_POSTGRES=1: run the tests under \
                `bash Backends/HelpdeskPostgres/with-postgres.sh env HELPDESK_REQUIRE_POSTGRES=1 swift test \
                --package-path Examples/HelpdeskServer`
                """)
            return
        }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = ["--store", url, "--api-key", Self.key, "--rate-limit", "1000000"]
        // Started at the same time: both migrate and look for the admin concurrently.
        async let startingA = ServerProcess(arguments: arguments, logFile: directory.appendingPathComponent("a.log"))
        async let startingB = ServerProcess(arguments: arguments, logFile: directory.appendingPathComponent("b.log"))
        let (a, b) = try await (startingA, startingB)
        do {
            try await ProcessClient.withClient(port: a.port, key: Self.key) { clientA in
                try await ProcessClient.withClient(port: b.port, key: Self.key) { clientB in
                    try await body(clientA, clientB)
                }
            }
        } catch {
            Issue.record(error, "server A:\n\(a.log)\nserver B:\n\(b.log)")
        }
        #expect(await a.stop() == 0, "server A did not stop cleanly:\n\(a.log)")
        #expect(await b.stop() == 0, "server B did not stop cleanly:\n\(b.log)")
    }

    @Test func whatOneWritesTheOtherReads() async throws {
        try await withTwoServers { a, b in
            for (writer, reader, name) in [(a, b, "A"), (b, a, "B")] {
                let created = try await writer.send(
                    .post, "/tickets", json: #"{"subject":"Written on \#(name)","customer_email":"pg@example.com"}"#)
                #expect(created.status == .created)
                let id = try created.data("id")
                let read = try await reader.send(.get, "/tickets/\(id)")
                #expect(read.status == .ok)
                #expect(try read.data("subject") == "Written on \(name)")
                #expect(read.header("ETag") == created.header("ETag"))
            }
        }
    }

    @Test func racingPatchesWithOneETag() async throws {
        try await withTwoServers { a, b in
            let created = try await a.send(
                .post, "/tickets", json: #"{"subject":"Raced","customer_email":"race@example.com"}"#)
            let id = try created.data("id")
            var outcomes: [String] = []
            for round in 1...Self.rounds {
                let current = try await (round.isMultiple(of: 2) ? a : b).send(.get, "/tickets/\(id)")
                let etag = try #require(current.header("ETag"))
                let ifMatch: HTTPFields = [.ifMatch: etag]
                async let fromA = a.send(
                    .patch, "/tickets/\(id)", json: #"{"subject":"A \#(round)"}"#, headers: ifMatch)
                async let fromB = b.send(
                    .patch, "/tickets/\(id)", json: #"{"subject":"B \#(round)"}"#, headers: ifMatch)
                let (answerA, answerB) = try await (fromA, fromB)
                let statuses = [answerA.status.code, answerB.status.code]
                #expect(statuses.sorted() == [200, 412], "round \(round): \(statuses)")
                let winner = answerA.status == .ok ? "A" : "B"
                outcomes.append(winner)
                let after = try await (round.isMultiple(of: 2) ? b : a).send(.get, "/tickets/\(id)")
                #expect(try after.data("subject") == "\(winner) \(round)")
            }
            #expect(outcomes.count == Self.rounds)
        }
    }
}

/// Whether the PostgreSQL tests run, and on which database.
enum PostgresEnvironment {
    /// `HELPDESK_POSTGRES_URL`, set by `Backends/HelpdeskPostgres/with-postgres.sh`.
    static let url = ProcessInfo.processInfo.environment["HELPDESK_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    /// `HELPDESK_REQUIRE_POSTGRES=1`: fail rather than skip without a database (CI sets it).
    static let required = ProcessInfo.processInfo.environment["HELPDESK_REQUIRE_POSTGRES"] == "1"
}

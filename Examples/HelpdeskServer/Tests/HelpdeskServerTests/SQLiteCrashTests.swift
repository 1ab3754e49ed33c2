import Foundation
import HTTPTypes
import Helpdesk
import NIOCore
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `helpdesk-server --store sqlite:PATH` as a child process, killed with SIGKILL while it is answering.
@Suite struct SQLiteCrashTests {
    static let key = "crash-test-admin-key-0123456789"

    /// What the writers saw: the ids the server acknowledged with 201, and how many requests were
    /// sent and not yet answered when the server was killed.
    final class Stream: Sendable {
        struct State {
            var acknowledged: [String] = []
            var inFlight = 0
            var inFlightAtKill: Int?
            var failures: [String] = []
        }
        let state = Mutex(State())
        /// After how many acknowledged creates the server is killed.
        let killAfter: Int
        let server: ServerProcess

        init(killAfter: Int, server: ServerProcess) {
            self.killAfter = killAfter
            self.server = server
        }

        func sending() {
            state.withLock { $0.inFlight += 1 }
        }

        /// Records an answer; kills the server at the first acknowledgement from the `killAfter`-th
        /// on that arrives while other writers' requests are in flight.
        func answered(id: String?, failure: String?) {
            let kill = state.withLock { state in
                state.inFlight -= 1
                if let failure { state.failures.append(failure) }
                guard let id else { return false }
                state.acknowledged.append(id)
                guard state.inFlightAtKill == nil, state.acknowledged.count >= killAfter, state.inFlight > 0 else {
                    return false
                }
                state.inFlightAtKill = state.inFlight
                return true
            }
            if kill { server.send(SIGKILL) }
        }

        /// Kills the server unless a writer did (when every writer stopped early); answers whether it did.
        func killUnlessKilled() -> Bool {
            let kill = state.withLock { state in
                guard state.inFlightAtKill == nil else { return false }
                state.inFlightAtKill = 0
                return true
            }
            if kill { server.send(SIGKILL) }
            return kill
        }
    }

    @Test func everyAcknowledgedTicketSurvivesKill9() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("helpdesk.sqlite").path
        let arguments = ["--store", "sqlite:\(database)", "--api-key", Self.key, "--rate-limit", "1000000"]

        let first = try await ServerProcess(arguments: arguments, logFile: directory.appendingPathComponent("1.log"))
        let stream = Stream(killAfter: 150, server: first)
        let writers = 4
        let maximumPerWriter = 5_000
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    try? await ProcessClient.withClient(port: first.port, key: Self.key) { client in
                        for index in 0..<maximumPerWriter {
                            stream.sending()
                            do {
                                let created = try await client.send(
                                    .post, "/tickets",
                                    json:
                                        #"{"subject":"W\#(writer) #\#(index)","customer_email":"w\#(writer)@example.com"}"#
                                )
                                if created.status == .created {
                                    stream.answered(id: try created.data("id"), failure: nil)
                                } else {
                                    stream.answered(
                                        id: nil, failure: "\(created.status): \(String(buffer: created.body))")
                                    return
                                }
                            } catch {
                                // The connection died with the server: this writer's stream ends.
                                stream.answered(id: nil, failure: nil)
                                return
                            }
                        }
                    }
                }
            }
        }
        #expect(!stream.killUnlessKilled(), "the writers stopped before the server was killed")
        let status = await first.waitForExit()
        let state = stream.state.withLock { $0 }
        #expect(state.inFlightAtKill ?? 0 > 0)
        #expect(state.failures.isEmpty, "answers other than 201 before the kill: \(state.failures)")
        #expect(status == SIGKILL, "the first server was not ended by SIGKILL (status \(String(describing: status)))")
        #expect(state.acknowledged.count >= stream.killAfter)
        let acknowledged = state.acknowledged

        let second = try await ServerProcess(arguments: arguments, logFile: directory.appendingPathComponent("2.log"))
        let missing = try await ProcessClient.withClient(port: second.port, key: Self.key) { client in
            var missing: [String] = []
            for id in acknowledged where try await client.send(.get, "/tickets/\(id)").status != .ok {
                missing.append(id)
            }
            let total = try await client.send(.get, "/tickets?limit=1").total ?? 0
            #expect(total >= acknowledged.count)
            return missing
        }
        #expect(missing.isEmpty, "acknowledged tickets lost by kill -9: \(missing)")
        #expect(await second.stop() == 0, "the restarted server did not stop cleanly:\n\(second.log)")
    }
}

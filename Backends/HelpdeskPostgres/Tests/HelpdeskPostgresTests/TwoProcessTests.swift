import Foundation
import Helpdesk
import HelpdeskPostgres
import PostgresNIO
import Testing

/// Two stores on one schema through two clients, as two server processes would run.
@Suite struct TwoProcessTests {
    /// Two stores on one fresh schema, each with its own client (and so its own connections).
    static func twoStores() async throws -> (PostgresStore, PostgresStore) {
        let schema = try #require(TestDatabase.freshSchema())
        let first = PostgresStore(client: try TestDatabase.makeClient(), schema: schema)
        let second = PostgresStore(client: try TestDatabase.makeClient(), schema: schema)
        try await first.migrate()
        #expect(try await second.migrate() == [], "the second process finds the schema current")
        return (first, second)
    }

    static let start = Date(millisecondsSince1970: 1_767_225_600_123)

    static func customer(_ n: Int) throws -> Customer {
        Customer(
            id: try #require(CustomerID(rawValue: "cust_\(n)")), email: "c\(n)@example.com", name: "Customer \(n)",
            createdAt: start, updatedAt: start)
    }

    static func ticket(_ n: Int, customer: Int) throws -> TicketRecord {
        TicketRecord(
            id: try #require(TicketID(rawValue: "tkt_\(n)")), subject: "Printer \(n) is on fire",
            customerID: try #require(CustomerID(rawValue: "cust_\(customer)")), tags: [], createdAt: start,
            updatedAt: start)
    }

    @Test func eachSeesTheOthersWrites() async throws {
        let (first, second) = try await Self.twoStores()
        try await first.apply(
            ChangeSet([.insertCustomer(try Self.customer(1)), .insertTicket(try Self.ticket(1, customer: 1))]))
        let seen = try await second.ticket(try #require(TicketID(rawValue: "tkt_1")))
        #expect(seen?.value.subject == "Printer 1 is on fire")
        #expect(seen?.version == 1)
        #expect(try await second.customer(email: "C1@EXAMPLE.COM")?.value.ticketCount == 1)

        var edited = try Self.ticket(1, customer: 1)
        edited.status = .pending
        try await second.apply(ChangeSet([.updateTicket(edited, expectedVersion: 1)]))
        let back = try await first.ticket(edited.id)
        #expect(back == Stored(edited, version: 2))
        let fire = try #require(SearchText("fire"))
        #expect(try await first.tickets(TicketQuery().filter(status: [.pending]).matching(fire)).total == 1)
    }

    /// Both processes update one ticket from the same version at the same time, many times over:
    /// every time exactly one wins and the other is refused with `versionMismatch`.
    @Test func racingUpdatesNeverLoseOne() async throws {
        let (first, second) = try await Self.twoStores()
        try await first.apply(
            ChangeSet([.insertCustomer(try Self.customer(1)), .insertTicket(try Self.ticket(1, customer: 1))]))
        let id = try #require(TicketID(rawValue: "tkt_1"))
        for round in 1...25 {
            let current = try #require(try await first.ticket(id))
            var mine = current.value
            mine.subject = "first \(round)"
            var theirs = current.value
            theirs.subject = "second \(round)"
            let version = current.version
            async let a = Self.outcome {
                try await first.apply(ChangeSet([.updateTicket(mine, expectedVersion: version)]))
            }
            async let b = Self.outcome {
                try await second.apply(ChangeSet([.updateTicket(theirs, expectedVersion: version)]))
            }
            let outcomes = await [a, b]
            let mismatch = StorageError.versionMismatch(kind: "ticket", id: id.rawValue)
            #expect(outcomes.filter { $0 == nil }.count == 1, "round \(round): exactly one wins, got \(outcomes)")
            #expect(outcomes.filter { $0 == mismatch }.count == 1, "round \(round): the other is refused")
            let after = try #require(try await second.ticket(id))
            #expect(after.version == version + 1, "round \(round): one update, one new version")
            let winner = outcomes[0] == nil ? mine.subject : theirs.subject
            #expect(after.value.subject == winner, "round \(round): the winner's change is kept")
        }
    }

    /// Two processes update two tickets in opposite orders at once, which can deadlock: the
    /// change set PostgreSQL aborts runs again, so each round ends with one applied and the
    /// other refused by version, never with a backend error.
    @Test func crossingUpdatesEndInOneWinner() async throws {
        let (first, second) = try await Self.twoStores()
        try await first.apply(
            ChangeSet([
                .insertCustomer(try Self.customer(1)), .insertTicket(try Self.ticket(1, customer: 1)),
                .insertTicket(try Self.ticket(2, customer: 1)),
            ]))
        let firstID = try #require(TicketID(rawValue: "tkt_1"))
        let secondID = try #require(TicketID(rawValue: "tkt_2"))
        for round in 1...6 {
            let one = try #require(try await first.ticket(firstID))
            let two = try #require(try await first.ticket(secondID))
            var a = [one.value, two.value]
            var b = [two.value, one.value]
            for index in 0..<2 {
                a[index].subject = "a \(round)"
                b[index].subject = "b \(round)"
            }
            let forward = ChangeSet([
                .updateTicket(a[0], expectedVersion: one.version), .updateTicket(a[1], expectedVersion: two.version),
            ])
            let backward = ChangeSet([
                .updateTicket(b[0], expectedVersion: two.version), .updateTicket(b[1], expectedVersion: one.version),
            ])
            async let x = Self.outcome { try await first.apply(forward) }
            async let y = Self.outcome { try await second.apply(backward) }
            let outcomes = await [x, y]
            #expect(outcomes.filter { $0 == nil }.count == 1, "round \(round): one applied, got \(outcomes)")
            let refused = outcomes.compactMap { $0 }
            #expect(
                refused.allSatisfy { if case .versionMismatch = $0 { true } else { false } },
                "round \(round): the other is refused by version, got \(outcomes)")
        }
    }

    /// Events written by two processes at once are numbered in commit order: a reader polling
    /// after the last number it saw never later finds an event numbered below it.
    @Test func eventNumbersFollowCommitOrder() async throws {
        let (first, second) = try await Self.twoStores()
        let perWriter = 40
        let reader = Task {
            var seen: [Int64] = []
            var last: Int64 = 0
            let deadline = Date().addingTimeInterval(60)
            while seen.count < 4 * perWriter, Date() < deadline {
                let batch = try await first.events(after: last, limit: 1000)
                seen += batch.events.map(\.sequence)
                last = batch.events.last?.sequence ?? last
                try await Task.sleep(for: .milliseconds(2))
            }
            return seen
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in [first, second].enumerated() {
                group.addTask {
                    for n in 0..<perWriter {
                        let event = EventRecord(
                            id: try #require(EventID(rawValue: "evt_\(index)_\(n)")), type: "ticket.updated",
                            resource: .ticket, resourceID: "tkt_1", occurredAt: Self.start, payload: "{}")
                        try await store.apply(ChangeSet([.appendEvent(event), .appendEvent(event)]))
                    }
                }
            }
            try await group.waitForAll()
        }
        let polled = try await reader.value
        let all = try await second.events(after: 0, limit: 1000).events.map(\.sequence)
        #expect(all.count == 4 * perWriter)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0 < $1 }, "numbers strictly increase")
        #expect(Set(polled).count == polled.count, "the poller saw no event twice")
        #expect(zip(polled, polled.dropFirst()).allSatisfy { $0 < $1 }, "the poller never found a lower number later")
    }

    /// A change set's error, or `nil` if it was applied.
    static func outcome(_ body: () async throws -> Void) async -> StorageError? {
        do {
            try await body()
            return nil
        } catch let error as StorageError {
            return error
        } catch {
            return .backend("\(error)")
        }
    }
}

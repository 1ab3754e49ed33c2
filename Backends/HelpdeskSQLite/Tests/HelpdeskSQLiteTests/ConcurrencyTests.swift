import Helpdesk
import HelpdeskSQLite
import Testing

/// Two stores on one file (two connection pools, as two processes would have) racing
/// versioned updates of one ticket: the version check in the `UPDATE` lets exactly one win.
@Suite struct ConcurrencyTests {
    @Test func racingVersionedUpdatesOfOneTicketLoseNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file()
        let first = try SQLiteStore(path: path)
        let second = try SQLiteStore(path: path)
        let customer = Samples.customer(1)
        let ticket = Samples.ticket(1, customer: customer.id)
        try await first.apply(ChangeSet([.insertCustomer(customer), .insertTicket(ticket)]))

        for round in 1...20 {
            let version = try #require(try await second.ticket(ticket.id)).version
            #expect(version == round, "round \(round) starts from the last winner's version")
            let mine = modified(ticket) { $0.subject = "first \(round)" }
            let theirs = modified(ticket) { $0.subject = "second \(round)" }
            async let a = outcome(of: first, .updateTicket(mine, expectedVersion: version))
            async let b = outcome(of: second, .updateTicket(theirs, expectedVersion: version))
            let results = try await [a, b]
            let mismatch = StorageError.versionMismatch(kind: "ticket", id: ticket.id.rawValue)
            #expect(results.filter { $0 == nil }.count == 1, "round \(round): exactly one update wins")
            #expect(results.filter { $0 == mismatch }.count == 1, "round \(round): the other gets versionMismatch")
            let stored = try #require(try await first.ticket(ticket.id))
            #expect(stored.version == version + 1)
            let winner = results[0] == nil ? mine : theirs
            #expect(stored.value == winner, "round \(round): the winner's update is what the file holds")
        }
    }

    /// `nil` if the store applied the mutation, else the storage error it refused it with.
    private func outcome(of store: SQLiteStore, _ mutation: Mutation) async throws -> StorageError? {
        do {
            try await store.apply(ChangeSet([mutation]))
            return nil
        } catch let error as StorageError {
            return error
        }
    }
}

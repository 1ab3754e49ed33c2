import Foundation
import Helpdesk
import HelpdeskPostgres
import Testing

/// The outbox beyond the conformance suite.
@Suite struct OutboxTests {
    static func event(_ n: Int, at seconds: Int64) throws -> EventRecord {
        EventRecord(
            id: try #require(EventID(rawValue: "evt_\(n)")), type: "ticket.updated", resource: .ticket,
            resourceID: "tkt_1", occurredAt: Date(millisecondsSince1970: seconds * 1000), payload: "{\"n\":\(n)}")
    }

    /// Pruning stops at the first event (by number) that is recent enough, as the in-memory store
    /// does, so the events left are every event past `prunedThrough`.
    @Test func pruningDeletesOnlyTheOldPrefix() async throws {
        let store = try await TestDatabase.freshStore()
        try await store.apply(
            ChangeSet([
                .appendEvent(try Self.event(1, at: 10)), .appendEvent(try Self.event(2, at: 40)),
                .appendEvent(try Self.event(3, at: 20)),
            ]))
        let numbers = try await store.events(after: 0, limit: 10).events.map(\.sequence)
        try await store.apply(ChangeSet([.pruneHistory(before: Date(millisecondsSince1970: 30_000))]))
        let batch = try await store.events(after: 0, limit: 10)
        #expect(batch.events.map(\.id.rawValue) == ["evt_2", "evt_3"])
        #expect(batch.prunedThrough == numbers.first)
    }
}

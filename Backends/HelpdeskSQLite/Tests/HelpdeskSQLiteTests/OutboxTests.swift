import Helpdesk
import HelpdeskSQLite
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Event numbers follow commit order across stores on one file, and are never handed out twice.
@Suite struct OutboxTests {
    @Test func eventsOfTwoStoresOnOneFileAreNumberedInCommitOrder() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file()
        let stores = [try SQLiteStore(path: path), try SQLiteStore(path: path)]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    for n in 0..<25 {
                        let first = Self.event(index * 1_000 + 2 * n)
                        let second = Self.event(index * 1_000 + 2 * n + 1)
                        try await store.apply(ChangeSet([.appendEvent(first), .appendEvent(second)]))
                    }
                }
            }
            try await group.waitForAll()
        }
        let events = try await stores[0].events(after: 0, limit: 1_000).events
        #expect(events.count == 100)
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.sequence < $1.sequence }, "numbers only grow")
        let numbers = events.map { Int($0.id.rawValue.dropFirst(4)) ?? -1 }
        for pair in stride(from: 0, to: numbers.count - 1, by: 2) {
            let (first, second) = (numbers[pair], numbers[pair + 1])
            #expect(first % 2 == 0 && second == first + 1, "one change set's events are next to each other")
        }
        for index in 0..<2 {
            let own = numbers.filter { $0 / 1_000 == index }
            #expect(own == own.sorted(), "store \(index)'s events in the order it committed them")
        }
    }

    @Test func pruningTheNewestEventsNeverLetsTheirNumbersBeReused() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.apply(ChangeSet([.appendEvent(Self.event(1)), .appendEvent(Self.event(2))]))
        let last = try #require(try await store.events(after: 0, limit: 10).events.last).sequence
        try await store.apply(ChangeSet([.pruneHistory(before: Samples.date(100))]))
        #expect(try await store.events(after: 0, limit: 10) == EventBatch(events: [], prunedThrough: last))
        try await store.apply(ChangeSet([.appendEvent(Self.event(3))]))
        let next = try #require(try await store.events(after: 0, limit: 10).events.first)
        #expect(next.id == Samples.makeID(3))
        #expect(next.sequence > last, "a new event is numbered above every pruned one")
    }

    static func event(_ n: Int) -> EventRecord {
        EventRecord(
            id: Samples.makeID(n), type: "ticket.updated", resource: .ticket, resourceID: "tkt_1",
            occurredAt: Samples.date(1), payload: #"{"n":\#(n)}"#)
    }
}

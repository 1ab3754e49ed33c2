import Foundation
import Testing

@testable import Helpdesk

/// The total of a two-tag filter, answered from ``TagPairCounts`` once both tags are too
/// common to test row by row, against a count over every ticket, through tag changes,
/// deletes, a rename, repeated tags and a ticket too wide to pair.
@Suite struct TagPairTotalTests {
    @Test func pairCountsFollowAddsAndRemovals() {
        var pairs = TagPairCounts()
        pairs.add(["a", "b", "c"])
        pairs.add(["b", "a"])
        pairs.add(["a", "a", "b"])
        #expect(pairs.count("a", "b") == 3)
        #expect(pairs.count("b", "a") == 3)
        #expect(pairs.count("a", "c") == 1)
        #expect(pairs.count("c", "d") == 0)
        pairs.remove(["a", "b", "c"])
        #expect(pairs.count("a", "b") == 2)
        #expect(pairs.count("a", "c") == 0)

        let wide = (0...TagPairCounts.widest).map { "t\($0)" }
        pairs.add(wide)
        #expect(pairs.count("a", "b") == nil)
        pairs.remove(wide)
        #expect(pairs.count("a", "b") == 2)
    }

    @Test func twoTagTotalsMatchACountOfEveryTicket() async throws {
        let world = try await TagWorld(tickets: 6_000)
        var tickets = world.tickets
        try await world.expectTotals(tickets)

        // Retag every third ticket, delete every seventh, give one a repeated tag list.
        for index in stride(from: 0, to: tickets.count, by: 3) {
            tickets[index].tags = index % 2 == 0 ? ["b", "c"] : ["a"]
            try await world.update(tickets[index])
        }
        for index in stride(from: 0, to: tickets.count, by: 7) {
            try await world.store.apply(ChangeSet([.deleteTicket(tickets[index].id, expectedVersion: nil)]))
        }
        tickets = tickets.enumerated().filter { $0.offset % 7 != 0 }.map(\.element)
        tickets[1].tags = ["a", "b", "a"]
        try await world.update(tickets[1])
        tickets[1].tags = ["a", "b"]
        try await world.expectTotals(tickets)

        // Rename "c" to "d": the pairs move with it.
        let tag = try #require(try await world.store.tags(named: ["c"])["c"])
        var renamed = tag
        renamed.name = "d"
        try await world.store.apply(ChangeSet([.updateTag(renamed, expectedVersion: 1)]))
        for index in tickets.indices {
            tickets[index].tags = tickets[index].tags.map { $0 == "c" ? "d" : $0 }
        }
        try await world.expectTotals(tickets, tags: ["a", "b", "d"])

        // One ticket with more tags than are paired: totals are counted, and still exact.
        let wideNames = (0...TagPairCounts.widest).map { "w\($0)" }
        var changes = ChangeSet()
        for (index, name) in wideNames.enumerated() {
            changes.append(
                .insertTag(Tag(id: try #require(TagID(rawValue: "tag_w\(index)")), name: name, createdAt: world.start)))
        }
        tickets[2].tags = ["a", "b"] + wideNames
        let version = try #require(try await world.store.ticket(tickets[2].id)).version
        changes.append(.updateTicket(tickets[2], expectedVersion: version))
        try await world.store.apply(changes)
        try await world.expectTotals(tickets, tags: ["a", "b", "d"])
    }
}

/// A store whose tickets carry the tags `a`, `b` and `c` often enough that each tag's rows
/// are kept as a bitmap and are past the candidate limit.
private struct TagWorld {
    let store = InMemoryStore()
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    var tickets: [TicketRecord] = []

    init(tickets count: Int) async throws {
        let customer = try #require(CustomerID(rawValue: "cust_1"))
        var changes = ChangeSet()
        changes.append(
            .insertCustomer(Customer(id: customer, email: "c@example.com", createdAt: start, updatedAt: start)))
        for (index, name) in ["a", "b", "c"].enumerated() {
            changes.append(
                .insertTag(Tag(id: try #require(TagID(rawValue: "tag_\(index)")), name: name, createdAt: start)))
        }
        let choices: [[String]] = [["a", "b"], ["a"], ["b", "c"], ["a", "b", "c"], [], ["c", "a"]]
        for index in 0..<count {
            let created = start.addingTimeInterval(Double(index))
            let record = TicketRecord(
                id: try #require(TicketID(rawValue: "tkt_\(String(format: "%06d", index))")), subject: "Ticket",
                customerID: customer, tags: choices[index % choices.count], createdAt: created, updatedAt: created)
            tickets.append(record)
            changes.append(.insertTicket(record))
        }
        try await store.apply(changes)
    }

    /// Writes `record` over the stored ticket of its id.
    func update(_ record: TicketRecord) async throws {
        let version = try #require(try await store.ticket(record.id)).version
        try await store.apply(ChangeSet([.updateTicket(record, expectedVersion: version)]))
    }

    /// Every pair of `tags`: the store's total and first page against a count over `tickets`.
    func expectTotals(_ tickets: [TicketRecord], tags: [String] = ["a", "b", "c"]) async throws {
        for (offset, first) in tags.enumerated() {
            for second in tags[(offset + 1)...] {
                let matching = tickets.filter { $0.tags.contains(first) && $0.tags.contains(second) }
                let page = try await store.tickets(TicketQuery().filter(tags: [first, second]))
                #expect(page.total == matching.count, "\(first) & \(second)")
                let newest = matching.sorted { $0.createdAt > $1.createdAt }.prefix(25).map(\.id)
                #expect(page.items.map(\.id) == Array(newest), "\(first) & \(second)")
            }
        }
    }
}

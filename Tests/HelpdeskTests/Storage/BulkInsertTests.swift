import Foundation
import Helpdesk
import Testing

/// A change set with a run of ticket inserts (an import's) goes through the in-memory store's
/// bulk path: it must refuse what one-by-one inserts refuse, change nothing when it does, and
/// answer every query as a store filled one ticket at a time does.
@Suite struct BulkInsertTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)
    static let customer = CustomerID(rawValue: "cust_1")
    static let words = ["Alpha", "beta", "GAMMA", "déjà", "Ωmega", "x1", "beta-max", "naïve"]

    static func ticket(_ index: Int, customer: CustomerID? = customer) -> TicketRecord? {
        guard let id = TicketID(rawValue: "tkt_\(1000 + index)"), let customer else { return nil }
        let created = start.addingTimeInterval(Double(index / 3))
        let subject = (0..<1 + index % 4).map { words[($0 * 7 + index) % words.count] }.joined(separator: " ")
        return TicketRecord(
            id: id, subject: subject, description: index % 5 == 0 ? "More \(words[index % words.count]) here" : "",
            summary: index % 7 == 0 ? "Summary BETA" : nil, customerID: customer, createdAt: created,
            updatedAt: created)
    }

    static func customerInsert() throws -> Mutation {
        .insertCustomer(
            Customer(id: try #require(customer), email: "c@example.com", createdAt: start, updatedAt: start))
    }

    @Test func aRefusedTicketInARunChangesNothing() async throws {
        let store = InMemoryStore()
        var mutations = [try Self.customerInsert()]
        for index in 0..<40 {
            let owner = index == 25 ? CustomerID(rawValue: "cust_missing") : Self.customer
            mutations.append(.insertTicket(try #require(Self.ticket(index, customer: owner))))
        }
        await #expect(throws: StorageError.missingReference(field: "customer_id", id: "cust_missing")) {
            try await store.apply(ChangeSet(mutations))
        }
        #expect(try await store.tickets(TicketQuery()).total == 0)
        #expect(try await store.customer(try #require(Self.customer)) == nil)
        #expect(try await store.tickets(TicketQuery().matching(try #require(SearchText("beta")))).total == 0)
    }

    @Test func aRepeatedOrTakenIDInARunIsRefused() async throws {
        let store = InMemoryStore()
        let first = try (0..<20).map { Mutation.insertTicket(try #require(Self.ticket($0))) }
        try await store.apply(ChangeSet([try Self.customerInsert()] + first))
        let repeated = try (20..<40).map { Mutation.insertTicket(try #require(Self.ticket($0 == 33 ? 21 : $0))) }
        await #expect(throws: StorageError.idTaken(kind: "ticket", id: "tkt_1021")) {
            try await store.apply(ChangeSet(repeated))
        }
        let taken = try (15..<35).map { Mutation.insertTicket(try #require(Self.ticket($0))) }
        await #expect(throws: StorageError.idTaken(kind: "ticket", id: "tkt_1015")) {
            try await store.apply(ChangeSet(taken))
        }
        #expect(try await store.tickets(TicketQuery()).total == 20)
    }

    /// A run of `count` inserts, where the tickets at the offsets of `taken` repeat an earlier
    /// id and those of `orphaned` name a customer that does not exist.
    static func run(_ count: Int, taken: Set<Int>, orphaned: Set<Int>) throws -> [Mutation] {
        try (0..<count).map { offset in
            let owner = orphaned.contains(offset) ? CustomerID(rawValue: "cust_\(offset)") : customer
            return .insertTicket(try #require(ticket(taken.contains(offset) ? 0 : offset, customer: owner)))
        }
    }

    /// 9,000 tickets are past `ParallelParts.minimum`: references are checked on another
    /// thread than ids; either way the error is the one that one-by-one inserts stop at.
    @Test(arguments: [40, 9_000])
    func theFirstRefusedTicketGivesTheError(count: Int) async throws {
        let store = InMemoryStore()
        try await store.apply(ChangeSet([try Self.customerInsert()]))
        let (early, late) = (count / 3, count * 2 / 3)
        await #expect(throws: StorageError.missingReference(field: "customer_id", id: "cust_\(early)")) {
            try await store.apply(ChangeSet(try Self.run(count, taken: [late], orphaned: [early])))
        }
        await #expect(throws: StorageError.idTaken(kind: "ticket", id: "tkt_1000")) {
            try await store.apply(ChangeSet(try Self.run(count, taken: [early], orphaned: [late])))
        }
        // One ticket with both faults: its id is checked first.
        await #expect(throws: StorageError.idTaken(kind: "ticket", id: "tkt_1000")) {
            try await store.apply(ChangeSet(try Self.run(count, taken: [late], orphaned: [late])))
        }
        #expect(try await store.tickets(TicketQuery()).total == 0)
        try await store.apply(ChangeSet(try Self.run(count, taken: [], orphaned: [])))
        #expect(try await store.tickets(TicketQuery()).total == count)
    }

    /// 9,000 tickets are past `ParallelParts.minimum`: their words are gathered on other threads.
    @Test(arguments: [300, 9_000])
    func aRunAnswersAsOneByOneInsertsDo(count: Int) async throws {
        let bulk = InMemoryStore()
        let single = InMemoryStore()
        for store in [bulk, single] { try await store.apply(ChangeSet([try Self.customerInsert()])) }
        let records = try (0..<count).map { try #require(Self.ticket($0)) }
        try await bulk.apply(ChangeSet(records.map(Mutation.insertTicket)))
        for record in records { try await single.apply(ChangeSet([.insertTicket(record)])) }
        // Deleted and put back in a run: their old rows come back, out of order among the new ones.
        let again = records[10..<60]
        for store in [bulk, single] {
            for record in again { try await store.apply(ChangeSet([.deleteTicket(record.id, expectedVersion: nil)])) }
        }
        try await bulk.apply(ChangeSet(again.reversed().map(Mutation.insertTicket)))
        for record in again.reversed() { try await single.apply(ChangeSet([.insertTicket(record)])) }

        for text in ["alpha", "BETA", "gam", "deja", "ωmega", "x1", "max", "naive", "summary", "more", "zzz"] {
            let query = TicketQuery().matching(try #require(SearchText(text))).limit(.largest)
            let (ours, theirs) = (try await bulk.tickets(query), try await single.tickets(query))
            #expect(ours.total == theirs.total, "\(text)")
            #expect(ours.total == records.filter { Self.matches($0, text) }.count, "\(text)")
            #expect(ours.items.map(\.id) == theirs.items.map(\.id), "\(text)")
        }
    }

    /// Whether a ticket holds a word starting with `text`, folded, by the library's own words.
    static func matches(_ ticket: TicketRecord, _ text: String) -> Bool {
        let prefix = SearchWords.words(in: text).first ?? ""
        let words = [ticket.subject, ticket.summary ?? "", ticket.description].flatMap(SearchWords.words(in:))
        return words.contains { $0.hasPrefix(prefix) }
    }
}

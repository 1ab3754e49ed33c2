import Foundation
import Helpdesk
import Testing

/// The indexed ticket queries of ``InMemoryStore`` against the reference meaning of each
/// query (`TicketQuery.matches` and `TicketRecord.sortKey(for:)` over every ticket), for
/// thousands of random queries and cursor walks, with tickets stored in creation order
/// (rows clustered) and out of it, before and after updates and deletes.
@Suite struct TicketIndexDifferentialTests {
    @Test(arguments: [true, false])
    func randomQueriesMatchTheReference(inCreationOrder: Bool) async throws {
        var random = SplitMix(seed: inCreationOrder ? 7 : 11)
        var world = try await DifferentialWorld(tickets: 600, inCreationOrder: inCreationOrder, random: &random)
        try await world.compare(queries: 450, random: &random)
        try await world.churn(random: &random)
        try await world.compare(queries: 450, random: &random)
    }
}

/// A deterministic SplitMix64.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<Element>(_ elements: [Element]) -> Element { elements[below(elements.count)] }

    mutating func subset<Element: Hashable>(_ elements: [Element], upTo count: Int) -> Set<Element> {
        Set((0..<1 + below(count)).map { _ in pick(elements) })
    }
}

struct DifferentialWorld {
    let store = InMemoryStore()
    var tickets: [TicketID: TicketRecord] = [:]
    let customers: [CustomerID]
    let users: [UserID]
    let tags = ["a", "b", "c", "d", "e"]
    let words = Self.vocabulary
    static let vocabulary = ["alpha", "alpine", "beta", "gamma", "delta", "déjà", "epsilon"]

    init(tickets count: Int, inCreationOrder: Bool, random: inout SplitMix) async throws {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        customers = (1...12).compactMap { CustomerID(rawValue: "cust_\($0)") }
        users = (1...6).compactMap { UserID(rawValue: "user_\($0)") }
        var changes = ChangeSet()
        for id in customers {
            changes.append(
                .insertCustomer(Customer(id: id, email: "\(id)@example.com", createdAt: start, updatedAt: start)))
        }
        for id in users {
            changes.append(
                .insertUser(User(id: id, email: "\(id)@example.com", name: "\(id)", role: .agent, createdAt: start)))
        }
        for (index, name) in tags.enumerated() {
            guard let id = TagID(rawValue: "tag_\(index)") else { continue }
            changes.append(.insertTag(Tag(id: id, name: name, createdAt: start)))
        }
        var records: [TicketRecord] = []
        for index in 0..<count {
            // Few distinct times, so that ties on created_at, updated_at and priority are common.
            let created = start.addingTimeInterval(Double(index / 7) * 60)
            let idNumber = inCreationOrder ? index : random.below(1_000_000)
            guard let id = TicketID(rawValue: "tkt_\(String(idNumber, radix: 36))_\(index)") else { continue }
            let subject = (0..<1 + random.below(4)).map { _ in random.pick(Self.vocabulary) }.joined(separator: " ")
            records.append(
                TicketRecord(
                    id: id, subject: subject, description: random.below(3) == 0 ? "Gamma ray" : "", summary: nil,
                    status: random.pick(TicketStatus.allCases), priority: random.pick(TicketPriority.allCases),
                    customerID: random.pick(customers), assigneeID: random.below(4) == 0 ? nil : random.pick(users),
                    tags: Array(random.subset(tags, upTo: 3)).sorted(), createdAt: created,
                    updatedAt: created.addingTimeInterval(Double(random.below(5)) * 60)))
        }
        if !inCreationOrder { records.sort { $0.id.rawValue > $1.id.rawValue } }
        for record in records {
            changes.append(.insertTicket(record))
            tickets[record.id] = record
        }
        try await store.apply(changes)
    }

    func randomQuery(_ random: inout SplitMix) -> TicketQuery {
        var query = TicketQuery()
        if random.below(2) == 0 { query = query.filter(status: random.subset(TicketStatus.allCases, upTo: 3)) }
        if random.below(3) == 0 { query = query.filter(priority: random.subset(TicketPriority.allCases, upTo: 2)) }
        if random.below(4) == 0 { query = query.filter(assignee: random.subset(users, upTo: 2)) }
        if random.below(4) == 0 { query = query.filter(customer: random.subset(customers, upTo: 3)) }
        switch random.below(6) {
        case 0: query = query.unassigned()
        case 1: query.assignment = .assigned
        default: break
        }
        if random.below(4) == 0 { query = query.filter(tags: random.subset(tags, upTo: 2)) }
        if random.below(5) == 0,
            let text = SearchText(random.pick(["alp", "beta gam", "deja", "gamma", "zzz", "epsilon alpha"]))
        {
            query = query.matching(text)
        }
        let field = random.pick(TicketQuery.Field.allCases)
        return query.sorted(by: field, random.pick(SortDirection.allCases)).limit(ListLimit(1 + random.below(30)) ?? 25)
    }

    /// Compares the store with the reference on `queries` random queries, each walked to its end.
    func compare(queries: Int, random: inout SplitMix) async throws {
        for _ in 0..<queries {
            var query = randomQuery(&random)
            if random.below(4) == 0,
                let ms = tickets.values.randomElementByIndex(&random)?.createdAt.millisecondsSince1970,
                query.sort.field != .priority
            {
                query = query.after(Cursor(timestamp: ms))
            }
            let expected = reference(query)
            var seen: [TicketID] = []
            var page = try await store.tickets(query)
            #expect(page.total == expected.total, "\(query)")
            seen += page.items.map(\.id)
            var steps = 0
            while let next = page.nextCursor, steps < 1_000 {
                page = try await store.tickets(query.after(Cursor(token: next.token)))
                seen += page.items.map(\.id)
                steps += 1
            }
            #expect(seen.count == expected.ids.count, "\(query)")
            if let mismatch = zip(seen, expected.ids).enumerated().first(where: { $0.element.0 != $0.element.1 })?
                .offset
            {
                Issue.record("row \(mismatch) differs for \(query)")
            }
        }
    }

    /// Every matching ticket past the query's cursor, in order, and the total.
    func reference(_ query: TicketQuery) -> (ids: [TicketID], total: Int) {
        let matching = tickets.values.filter { query.matches($0) }
        let pager = KeysetPager<TicketRecord>(
            field: query.sort.field.rawValue, direction: query.sort.direction, cursor: query.cursor, limit: 100)
        let sorted = matching.map { (key: $0.sortKey(for: query.sort.field), row: $0) }
            .filter { pager.isPastCursor($0.key) }
            .sorted { query.sort.direction == .ascending ? $0.key < $1.key : $1.key < $0.key }
        return (sorted.map(\.row.id), matching.count)
    }

    /// Updates and deletes a third of the tickets.
    mutating func churn(random: inout SplitMix) async throws {
        for id in tickets.keys.sorted(by: { $0.rawValue < $1.rawValue }) where random.below(3) == 0 {
            guard var record = tickets[id], let stored = try await store.ticket(id) else { continue }
            if random.below(3) == 0 {
                try await store.apply(ChangeSet([.deleteTicket(id, expectedVersion: stored.version)]))
                tickets[id] = nil
                continue
            }
            record.status = random.pick(TicketStatus.allCases)
            record.assigneeID = random.below(2) == 0 ? nil : random.pick(users)
            record.priority = random.pick(TicketPriority.allCases)
            record.subject = random.pick(words)
            record.updatedAt = record.updatedAt.addingTimeInterval(Double(random.below(10)) * 60)
            try await store.apply(ChangeSet([.updateTicket(record, expectedVersion: stored.version)]))
            tickets[id] = record
        }
    }
}

extension Collection {
    /// An element chosen by a seeded generator.
    func randomElementByIndex(_ random: inout SplitMix) -> Element? {
        guard !isEmpty else { return nil }
        return self[index(startIndex, offsetBy: random.below(count))]
    }
}

import Helpdesk
import HelpdeskSQLite
import Testing

/// Words of any length are matched whole, and as prefixes when last, as `InMemoryStore` matches
/// them, also past the 32,768 bytes that FTS5 keeps of a token.
@Suite struct LongWordTests {
    @Test(arguments: [300, 32_766, 32_767, 32_768, 40_000])
    func longWordsMatchExactlyAndAsPrefixes(_ length: Int) async throws {
        let store = try SQLiteStore.inMemory()
        let reference = InMemoryStore()
        let customer = Samples.customer(1)
        let long = String(repeating: "a", count: length)
        let subjects = [long + "b", long + "c", "short " + long + "b"]
        var mutations: [Mutation] = [.insertCustomer(customer)]
        for (index, subject) in subjects.enumerated() {
            mutations.append(
                .insertTicket(modified(Samples.ticket(index + 1, customer: customer.id)) { $0.subject = subject }))
        }
        try await store.apply(ChangeSet(mutations))
        try await reference.apply(ChangeSet(mutations))
        for text in [
            long + "b", long + "c", long, long + "b short", "short " + long, long + "d", long + "b " + long + "c",
        ] {
            let search = try #require(SearchText(text))
            let expected = try await reference.tickets(TicketQuery().matching(search))
            let actual = try await store.tickets(TicketQuery().matching(search))
            #expect(actual.items.map(\.id) == expected.items.map(\.id), "searching \(text.count) characters")
            #expect(actual.total == expected.total)
        }
    }
}

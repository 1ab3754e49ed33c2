import Helpdesk
import HelpdeskSQLite
import Testing

/// Search text is never read as FTS5 syntax: its words are quoted, so FTS5's operators are plain words.
@Suite struct SearchTests {
    @Test(arguments: ["and", "OR", "not", "NEAR", "\"or\" AND", "near*", "(not)", "^and", "a:b", "x-y or"])
    func operatorWordsAreSearchedAsWords(_ text: String) async throws {
        let store = try SQLiteStore.inMemory()
        let customer = Samples.customer(1)
        var matching = Samples.ticket(1, customer: customer.id)
        matching.subject = "And OR not near: a b x y"
        let other = Samples.ticket(2, customer: customer.id)
        try await store.apply(ChangeSet([.insertCustomer(customer), .insertTicket(matching), .insertTicket(other)]))
        let search = try #require(SearchText(text))
        let page = try await store.tickets(TicketQuery().matching(search))
        #expect(page.items.map(\.id) == [matching.id], "searching \(text)")
        #expect(page.total == 1)
    }
}

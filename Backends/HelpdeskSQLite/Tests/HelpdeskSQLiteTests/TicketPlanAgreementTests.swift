import GRDB
import Helpdesk
import Testing

@testable import HelpdeskSQLite

/// Both plans of a ticket page (matches read by `row`, or the sort's index walked with
/// probes) give the in-memory store's pages, page after page.
@Suite struct TicketPlanAgreementTests {
    static let queries: [(String, TicketQuery)] = {
        let all = TicketQuery()
        let word = SearchText("w3").map { all.matching($0) } ?? all
        let prefix = SearchText("words w").map { all.matching($0) } ?? all
        return [
            ("one tag", all.filter(tags: ["tag01"])),
            ("two tags", all.filter(tags: ["tag00", "tag01"])),
            ("two tags by update", all.filter(tags: ["tag00", "tag01"]).sorted(by: .updatedAt, .ascending)),
            ("a tag by priority", all.filter(tags: ["tag01"]).sorted(by: .priority, .descending)),
            ("a word", word),
            ("a word and a prefix, open", prefix.filter(status: [.open])),
            ("a tag and a word", word.filter(tags: ["tag00"])),
            ("a tag, unassigned", all.filter(tags: ["tag01"]).unassigned()),
        ]
    }()

    @Test(arguments: [false, true])
    func bothPlansPageLikeTheInMemoryStore(_ walk: Bool) async throws {
        let store = try SQLiteStore.inMemory()
        let reference = InMemoryStore()
        try await QueryPlanTests.load(store)
        try await QueryPlanTests.load(reference)
        for (name, query) in Self.queries {
            var cursor: Helpdesk.Cursor?
            var pages = 0
            repeat {
                let page = query.limit(7).after(cursor)
                let expected = try await reference.tickets(page)
                let actual = try await store.writer.read { try TicketReads.page(page, $0, walk: walk) }
                #expect(actual.items == expected.items, "\(name), page \(pages + 1)")
                #expect(actual.total == expected.total, "\(name): total")
                #expect(actual.nextCursor == expected.nextCursor, "\(name): next cursor")
                cursor = expected.nextCursor
                pages += 1
            } while cursor != nil && pages < 200
            #expect(pages > 1, "\(name): more than one page")
        }
    }
}

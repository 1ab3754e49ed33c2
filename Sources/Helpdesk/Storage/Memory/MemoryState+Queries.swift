#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Answering list queries by scanning the state.
extension MemoryState {
    func conversations(_ query: ConversationQuery) -> Page<Conversation> {
        let pager = KeysetPager<Conversation>(
            field: query.sort.field.rawValue, direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit)
        let candidates: [Conversation]
        if let ticketIDs = query.ticketIDs {
            candidates = ticketIDs.flatMap { conversationsByTicket[$0] ?? [] }.compactMap { conversations[$0] }
        } else {
            candidates = Array(conversations.values)
        }
        let matches = candidates.filter { conversation in
            guard query.matches(conversation) else { return false }
            guard let customers = query.ticketCustomerIDs else { return true }
            return tickets[conversation.ticketID].map { customers.contains($0.value.customerID) } ?? false
        }
        return pager.page(
            matches.map { (key: SortKey([.integer($0.createdAt.millisecondsSince1970)], id: $0.id.rawValue), row: $0) })
    }

    func customers(_ query: CustomerQuery) -> Page<Customer> {
        let pager = KeysetPager<Customer>(
            field: query.sort.field.rawValue, direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit)
        let matches = customers.keys.compactMap { liveCustomer($0)?.value }.filter { query.matches($0) }
        return pager.page(matches.map { (key: $0.sortKey(for: query.sort.field), row: $0) })
    }

    func articles(_ query: ArticleQuery) -> Page<Article> {
        let pager = KeysetPager<Article>(
            field: query.sort.field.rawValue, direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit)
        let matches = articles.values.map(\.value).filter { article in
            query.matches(article, words: articleWords[article.id] ?? ArticleQuery.searchWords(of: article))
        }
        return pager.page(matches.map { (key: creationKey($0.createdAt, $0.id.rawValue), row: $0) })
    }

    /// A plain list of `records`, each with its creation time and id.
    func records<Record>(
        _ records: some Sequence<Record>, _ query: RecordQuery, createdAt: (Record) -> Date, id: (Record) -> String
    ) -> Page<Record> {
        let pager = KeysetPager<Record>(
            field: query.sort.field.rawValue, direction: query.sort.direction, cursor: query.cursor,
            limit: query.limit)
        return pager.page(records.map { (key: creationKey(createdAt($0), id($0)), row: $0) })
    }

    private func creationKey(_ date: Date, _ id: String) -> SortKey {
        SortKey([.integer(date.millisecondsSince1970)], id: id)
    }
}

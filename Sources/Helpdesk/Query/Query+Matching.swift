#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What each query means for one record, and where a record stands in each
/// sort: the reference semantics that every store must reproduce.
extension TicketQuery {
    /// Whether `ticket` passes every filter and the search (the cursor aside).
    public func matches(_ ticket: TicketRecord) -> Bool {
        if let statuses, !statuses.contains(ticket.status) { return false }
        if let priorities, !priorities.contains(ticket.priority) { return false }
        if let customerIDs, !customerIDs.contains(ticket.customerID) { return false }
        if let assigneeIDs {
            guard let assignee = ticket.assigneeID, assigneeIDs.contains(assignee) else { return false }
        }
        switch assignment {
        case .assigned?: if ticket.assigneeID == nil { return false }
        case .unassigned?: if ticket.assigneeID != nil { return false }
        case nil: break
        }
        for tag in tags where !ticket.tags.contains(tag) { return false }
        if let search, !search.matches(fields: [ticket.subject, ticket.summary ?? "", ticket.description]) {
            return false
        }
        return true
    }
}

extension TicketRecord {
    /// Where the ticket stands when sorted by `field`.
    public func sortKey(for field: TicketQuery.Field) -> SortKey {
        switch field {
        case .createdAt: SortKey([.integer(createdAt.millisecondsSince1970)], id: id.rawValue)
        case .updatedAt: SortKey([.integer(updatedAt.millisecondsSince1970)], id: id.rawValue)
        case .priority:
            SortKey([.integer(Int64(priority.rank)), .integer(createdAt.millisecondsSince1970)], id: id.rawValue)
        }
    }
}

extension CustomerQuery {
    /// Whether `customer` passes every filter and the search (the cursor aside).
    public func matches(_ customer: Customer) -> Bool {
        if let emails, !emails.contains(customer.email.lowercased()) { return false }
        if let phones, !phones.contains(customer.phone ?? "") { return false }
        if let search, !search.matches(fields: [customer.name ?? "", customer.email]) { return false }
        return true
    }
}

extension Customer {
    /// Where the customer stands when sorted by `field`. A missing name sorts as the empty string;
    /// emails sort lower-cased.
    public func sortKey(for field: CustomerQuery.Field) -> SortKey {
        switch field {
        case .createdAt: SortKey([.integer(createdAt.millisecondsSince1970)], id: id.rawValue)
        case .updatedAt: SortKey([.integer(updatedAt.millisecondsSince1970)], id: id.rawValue)
        case .name: SortKey([.text(name ?? "")], id: id.rawValue)
        case .email: SortKey([.text(email.lowercased())], id: id.rawValue)
        }
    }
}

extension ConversationQuery {
    /// Whether `conversation` passes the filters on its own fields (the ticket's customer aside).
    public func matches(_ conversation: Conversation) -> Bool {
        if let ticketIDs, !ticketIDs.contains(conversation.ticketID) { return false }
        if let types, !types.contains(conversation.type) { return false }
        if let internalValues, !internalValues.contains(conversation.isInternal) { return false }
        return true
    }
}

extension ArticleQuery {
    /// Whether `article` passes every filter and the search (the cursor aside).
    public func matches(_ article: Article) -> Bool {
        matches(article, words: Self.searchWords(of: article))
    }

    /// Whether `article`, whose search words are `words` (read only for a search), passes
    /// every filter and the search (the cursor aside).
    public func matches(_ article: Article, words: @autoclosure () -> SearchWordList) -> Bool {
        if let collectionIDs {
            guard let collection = article.collectionID, collectionIDs.contains(collection) else { return false }
        }
        if let statuses, !statuses.contains(article.status) { return false }
        if let search, !search.matches(words()) { return false }
        return true
    }

    /// The words a search looks for in an article: those of its title and body.
    public static func searchWords(of article: Article) -> SearchWordList {
        SearchWordList(fields: [article.title, article.body])
    }
}

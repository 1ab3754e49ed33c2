import Helpdesk

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a benchmark step could not go on.
public enum BenchmarkError: Error, CustomStringConvertible {
    case badID(String)
    case missing(String)
    case disagreement(String)

    public var description: String {
        switch self {
        case .badID(let id): "not an id: \(id)"
        case .missing(let id): "no such ticket: \(id)"
        case .disagreement(let what): "the sides disagree: \(what)"
        }
    }
}

extension HelpdeskSide {
    /// The library's query for a workload question.
    static func query(_ question: Question) throws -> TicketQuery {
        let newest = TicketQuery().limit(25)
        switch question {
        case .inbox:
            return newest
        case .open:
            return newest.filter(status: [.open])
        case .openHighFor(let agent):
            return newest.filter(status: [.open]).filter(priority: [.high])
                .filter(assignee: [try id(WorkloadNames.agent(agent))])
        case .triage:
            return newest.filter(status: [.open]).unassigned().sorted(by: .updatedAt, .ascending)
        case .customer(let customer):
            return newest.filter(customer: [try id(WorkloadNames.customer(customer))])
        case .tags(let first, let second):
            return newest.filter(tags: [WorkloadNames.tag(first), WorkloadNames.tag(second)])
        case .search(let word):
            guard let text = SearchText(WorkloadNames.word(word)) else { throw BenchmarkError.badID("search") }
            return newest.matching(text)
        case .openByPriority:
            return newest.filter(status: [.open]).sorted(by: .priority, .descending)
        case .pendingPage(let position):
            let key = SortKey([.integer(position.createdAt * 1000)], id: position.id)
            return newest.filter(status: [.pending])
                .after(Cursor(after: key, field: TicketQuery.Field.createdAt.rawValue, direction: .descending))
        }
    }

    /// The stored form of a generated ticket.
    static func record(_ ticket: WorkloadTicket) throws -> TicketRecord {
        TicketRecord(
            id: try id(ticket.id), subject: ticket.subject, description: ticket.description,
            status: ticket.status, priority: ticket.priority,
            customerID: try id(WorkloadNames.customer(ticket.customer)),
            assigneeID: try ticket.assignee.map { try id(WorkloadNames.agent($0)) },
            tags: ticket.tags.map(WorkloadNames.tag),
            createdAt: Date(millisecondsSince1970: ticket.createdAt * 1000),
            updatedAt: Date(millisecondsSince1970: ticket.updatedAt * 1000))
    }

    /// A typed id from the workload's name for it.
    static func id<Kind>(_ raw: String) throws -> ResourceID<Kind> {
        guard let id = ResourceID<Kind>(rawValue: raw) else { throw BenchmarkError.badID(raw) }
        return id
    }
}

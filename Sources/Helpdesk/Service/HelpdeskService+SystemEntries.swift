#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension HelpdeskService {
    /// The sentences that record a change of status, priority and assignee, naming who made it.
    func systemLines(from old: TicketRecord, to new: TicketRecord, by author: Author) async throws -> [String] {
        var lines: [String] = []
        let who = try await name(of: author)
        if old.status != new.status {
            lines.append("Status changed from \(old.status.rawValue) to \(new.status.rawValue) by \(who).")
        }
        if old.priority != new.priority {
            lines.append("Priority changed from \(old.priority.rawValue) to \(new.priority.rawValue) by \(who).")
        }
        if old.assigneeID != new.assigneeID {
            let before = try await assigneeName(old.assigneeID)
            let after = try await assigneeName(new.assigneeID)
            lines.append("Assignee changed from \(before) to \(after) by \(who).")
        }
        return lines
    }

    /// A `system` entry on a ticket: internal, so that customers and viewers do not see it.
    func systemEntry(_ text: String, on ticket: TicketID, at time: Date) -> Conversation {
        Conversation(
            id: ids.make(at: time), ticketID: ticket, type: .system, isInternal: true, author: .system, content: text,
            contentText: text, createdAt: time)
    }

    /// How a change's author is named in a system entry: `Ann Lee (user_…)`.
    func name(of author: Author) async throws -> String {
        switch author {
        case .user(let id):
            let name = try await store.user(id)?.value.name ?? "unknown user"
            return "\(name) (\(id))"
        case .customer(let id):
            let customer = try await store.customer(id)?.value
            return "customer \(customer?.name ?? customer?.email ?? "unknown") (\(id))"
        case .system:
            return "the system"
        }
    }

    private func assigneeName(_ id: UserID?) async throws -> String {
        guard let id else { return "nobody" }
        return try await name(of: .user(id))
    }
}

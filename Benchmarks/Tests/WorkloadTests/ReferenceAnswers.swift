import Helpdesk
import Workload

/// The workload's answers by brute force over a plain array: filter, sort, take 25, count.
///
/// Sorts as `bench/WORKLOAD.md` says; ids compare as bytes. `next` is set for Q9 only: the last row's
/// position when the page is full. The writes change the array as a side would change its store.
struct ReferenceAnswers {
    var tickets: [WorkloadTicket]

    /// The page of 25 and the number of all matches.
    func answer(_ question: Question) -> Answer {
        let open = tickets.filter { $0.status == .open }
        switch question {
        case .inbox:
            return page(tickets, by: Self.newestFirst)
        case .open:
            return page(open, by: Self.newestFirst)
        case .openHighFor(let agent):
            return page(open.filter { $0.priority == .high && $0.assignee == agent }, by: Self.newestFirst)
        case .triage:
            return page(open.filter { $0.assignee == nil }, by: Self.oldestUpdateFirst)
        case .customer(let customer):
            return page(tickets.filter { $0.customer == customer }, by: Self.newestFirst)
        case .tags(let first, let second):
            return page(tickets.filter { $0.tags.contains(first) && $0.tags.contains(second) }, by: Self.newestFirst)
        case .search(let word):
            let prefix = WorkloadNames.word(word)
            return page(tickets.filter { Self.matches($0, prefix: prefix) }, by: Self.newestFirst)
        case .openByPriority:
            return page(open, by: Self.mostUrgentFirst)
        case .pendingPage(let position):
            let pending = tickets.filter { $0.status == .pending }
            let rows = pending.filter { Self.comes($0, after: position) }.sorted(by: Self.newestFirst)
                .prefix(Question.limit)
            var answer = Answer(ids: rows.map(\.id), total: pending.count)
            if rows.count == Question.limit, let last = rows.last {
                answer.next = Question.Position(createdAt: last.createdAt, id: last.id)
            }
            return answer
        }
    }

    /// W1: one more ticket.
    mutating func create(_ ticket: WorkloadTicket) {
        tickets.append(ticket)
    }

    /// W2: the ticket's status, assignee and updated_at.
    mutating func update(_ change: TicketChange) {
        guard let position = tickets.firstIndex(where: { $0.index == change.index }) else { return }
        tickets[position].status = change.status
        tickets[position].assignee = change.assignee
        tickets[position].updatedAt = change.updatedAt
    }

    /// W3: the ticket gone.
    mutating func delete(index: Int) {
        tickets.removeAll { $0.index == index }
    }

    private func page(
        _ matches: [WorkloadTicket], by order: (WorkloadTicket, WorkloadTicket) -> Bool
    ) -> Answer {
        Answer(ids: matches.sorted(by: order).prefix(Question.limit).map(\.id), total: matches.count)
    }

    /// Whether a word of the subject or description starts with `prefix`.
    static func matches(_ ticket: WorkloadTicket, prefix: String) -> Bool {
        (ticket.subject.split(separator: " ") + ticket.description.split(separator: " ")).contains {
            $0.hasPrefix(prefix)
        }
    }

    /// `created_at desc, id desc`.
    static func newestFirst(_ lhs: WorkloadTicket, _ rhs: WorkloadTicket) -> Bool {
        comes(rhs, after: Question.Position(createdAt: lhs.createdAt, id: lhs.id))
    }

    /// Whether `ticket` comes after `position` in `created_at desc, id desc` order (a Q9 page's rows).
    static func comes(_ ticket: WorkloadTicket, after position: Question.Position) -> Bool {
        if ticket.createdAt != position.createdAt { return ticket.createdAt < position.createdAt }
        return bytesPrecede(ticket.id, position.id)
    }

    /// `updated_at asc, id asc`.
    static func oldestUpdateFirst(_ lhs: WorkloadTicket, _ rhs: WorkloadTicket) -> Bool {
        if lhs.updatedAt != rhs.updatedAt { return lhs.updatedAt < rhs.updatedAt }
        return bytesPrecede(lhs.id, rhs.id)
    }

    /// `priority desc` (urgent first), then `created_at desc, id desc`.
    static func mostUrgentFirst(_ lhs: WorkloadTicket, _ rhs: WorkloadTicket) -> Bool {
        if lhs.priority != rhs.priority { return lhs.priority.rank > rhs.priority.rank }
        return newestFirst(lhs, rhs)
    }

    /// Byte order, as SQLite's BINARY collation and the library compare ids.
    static func bytesPrecede(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}

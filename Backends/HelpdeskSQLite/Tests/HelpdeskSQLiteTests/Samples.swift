import Helpdesk

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small records for this package's own tests.
enum Samples {
    static let epoch: Int64 = 1_735_689_600_000

    static func date(_ seconds: Int) -> Date { Date(millisecondsSince1970: epoch + Int64(seconds) * 1000) }

    /// The id `n` of a kind: its prefix and the number, always well-formed.
    static func makeID<Kind>(_ n: Int) -> ResourceID<Kind> {
        guard let id = ResourceID<Kind>(rawValue: Kind.prefix + String(n)) else {
            preconditionFailure("\(Kind.prefix)\(n) is a well-formed id")
        }
        return id
    }

    static func customer(_ n: Int) -> Customer {
        Customer(
            id: makeID(n), email: n == 1 ? "ann@example.com" : "customer\(n)@example.com", name: "Customer \(n)",
            createdAt: date(n), updatedAt: date(n))
    }

    static func user(_ n: Int) -> User {
        User(id: makeID(n), email: "agent\(n)@example.com", name: "Agent \(n)", role: .agent, createdAt: date(n))
    }

    static func tag(_ n: Int, _ name: String) -> Tag {
        Tag(id: makeID(n), name: name, createdAt: date(n))
    }

    static func ticket(
        _ n: Int, customer: CustomerID, assignee: UserID? = nil, tags: [String] = [], status: TicketStatus = .open,
        priority: TicketPriority = .medium
    ) -> TicketRecord {
        TicketRecord(
            id: makeID(n), subject: "Ticket \(n)", description: "Words w\(n % 7) w\(n % 11)", status: status,
            priority: priority, customerID: customer, assigneeID: assignee, tags: tags, createdAt: date(n),
            updatedAt: date(2 * n))
    }

    static func conversation(_ n: Int, ticket: TicketID) -> Conversation {
        Conversation(
            id: makeID(n), ticketID: ticket, type: .reply, isInternal: false, author: .system,
            content: "<p>Entry \(n)</p>", contentText: "Entry \(n)", createdAt: date(n))
    }
}

/// `value` with `change` applied.
func modified<Value>(_ value: Value, _ change: (inout Value) -> Void) -> Value {
    var copy = value
    change(&copy)
    return copy
}

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A ticket as the API shows it, with its customer and assignee joined in.
public struct Ticket: Hashable, Sendable, Identifiable {
    /// The customer a ticket belongs to, as embedded in the ticket.
    public struct Customer: Hashable, Sendable, Codable {
        public var id: CustomerID
        public var email: String
        public var name: String?

        public init(id: CustomerID, email: String, name: String?) {
            self.id = id
            self.email = email
            self.name = name
        }
    }

    /// The agent a ticket is assigned to, as embedded in the ticket.
    public struct Assignee: Hashable, Sendable, Codable {
        public var id: UserID
        public var name: String
        public var email: String

        public init(id: UserID, name: String, email: String) {
            self.id = id
            self.name = name
            self.email = email
        }
    }

    public var id: TicketID
    public var subject: String
    public var description: String
    public var summary: String?
    public var status: TicketStatus
    public var priority: TicketPriority
    public var customer: Customer
    public var assignee: Assignee?
    /// Tag names, trimmed and lower-cased, in the order they were added.
    public var tags: [String]
    public var customFields: [String: JSONValue]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: TicketID, subject: String, description: String, summary: String?, status: TicketStatus,
        priority: TicketPriority, customer: Customer, assignee: Assignee?, tags: [String],
        customFields: [String: JSONValue], createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.subject = subject
        self.description = description
        self.summary = summary
        self.status = status
        self.priority = priority
        self.customer = customer
        self.assignee = assignee
        self.tags = tags
        self.customFields = customFields
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

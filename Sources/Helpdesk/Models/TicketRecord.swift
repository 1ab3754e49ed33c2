#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A ticket as a store keeps it: its customer and assignee by id.
///
/// ``HelpdeskService`` joins a record with its customer and assignee into a ``Ticket``.
public struct TicketRecord: Hashable, Sendable, Identifiable {
    public var id: TicketID
    public var subject: String
    public var description: String
    public var summary: String?
    public var status: TicketStatus
    public var priority: TicketPriority
    public var customerID: CustomerID
    public var assigneeID: UserID?
    /// Tag names, trimmed and lower-cased, distinct, in the order they were added.
    public var tags: [String]
    public var customFields: [String: JSONValue]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: TicketID, subject: String, description: String = "", summary: String? = nil,
        status: TicketStatus = .open, priority: TicketPriority = .medium, customerID: CustomerID,
        assigneeID: UserID? = nil, tags: [String] = [], customFields: [String: JSONValue] = [:],
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.subject = subject
        self.description = description
        self.summary = summary
        self.status = status
        self.priority = priority
        self.customerID = customerID
        self.assigneeID = assigneeID
        self.tags = tags
        self.customFields = customFields
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

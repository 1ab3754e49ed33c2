#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The kinds of record that events speak of.
public enum EventResource: String, Hashable, Sendable, CaseIterable {
    case ticket, conversation, customer, user, tag, article, collection
    case apiKey = "api_key"
}

/// What happened to a record.
public enum EventAction: Hashable, Sendable {
    case created
    /// The wire names of the fields whose values changed, sorted.
    case updated(fields: [String])
    case deleted

    /// `"created"`, `"updated"` or `"deleted"`.
    public var name: String {
        switch self {
        case .created: "created"
        case .updated: "updated"
        case .deleted: "deleted"
        }
    }
}

/// A committed change, reported to subscribers after the store applied it.
public struct HelpdeskEvent: Hashable, Sendable {
    public var resource: EventResource
    /// The record's id, as text.
    public var resourceID: String
    public var action: EventAction
    /// Who made the change.
    public var author: Author
    public var occurredAt: Date

    public init(resource: EventResource, resourceID: String, action: EventAction, author: Author, occurredAt: Date) {
        self.resource = resource
        self.resourceID = resourceID
        self.action = action
        self.author = author
        self.occurredAt = occurredAt
    }

    /// `"ticket.created"` and so on.
    public var name: String { "\(resource.rawValue).\(action.name)" }
}

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A ticket as a store keeps it: its customer and assignee by id.
///
/// ``HelpdeskService`` joins a record with its customer and assignee into a ``Ticket``.
///
/// A value like any other, kept as one reference to its fields, copied on write: a copy of
/// a record (a store handing out a page of them) costs one retain, not one per string, array
/// and dictionary it holds.
public struct TicketRecord: Hashable, Sendable, Identifiable {
    /// The stored fields.
    private struct Fields: Hashable {
        var id: TicketID
        var subject: String
        var description: String
        var summary: String?
        var status: TicketStatus
        var priority: TicketPriority
        var customerID: CustomerID
        var assigneeID: UserID?
        var tags: [String]
        var customFields: [String: JSONValue]
        var createdAt: Date
        var updatedAt: Date
    }

    /// The fields behind a record, shared by its copies until one of them changes.
    private final class Storage: @unchecked Sendable {
        // Sendable: a storage is changed only through a record that holds the sole reference.
        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    public init(
        id: TicketID, subject: String, description: String = "", summary: String? = nil,
        status: TicketStatus = .open, priority: TicketPriority = .medium, customerID: CustomerID,
        assigneeID: UserID? = nil, tags: [String] = [], customFields: [String: JSONValue] = [:],
        createdAt: Date, updatedAt: Date
    ) {
        storage = Storage(
            Fields(
                id: id, subject: subject, description: description, summary: summary, status: status,
                priority: priority, customerID: customerID, assigneeID: assigneeID, tags: tags,
                customFields: customFields, createdAt: createdAt, updatedAt: updatedAt))
    }

    /// The storage, made this record's own before a change.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            return storage
        }
    }

    /// The first word of the record's storage, its type's metadata pointer, read with a plain
    /// load and no retain: a store touches a page's records with it before retaining them.
    /// That word never changes once the storage exists, so the read races with nothing.
    var headerWord: UInt { Unmanaged.passUnretained(storage).toOpaque().load(as: UInt.self) }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    /// The ticket's id.
    public var id: TicketID {
        get { storage.fields.id }
        set { unique.fields.id = newValue }
    }

    /// The subject line.
    public var subject: String {
        get { storage.fields.subject }
        set { unique.fields.subject = newValue }
    }

    /// The description; empty when none was given.
    public var description: String {
        get { storage.fields.description }
        set { unique.fields.description = newValue }
    }

    /// A short summary, if one was written.
    public var summary: String? {
        get { storage.fields.summary }
        set { unique.fields.summary = newValue }
    }

    /// Where the ticket stands.
    public var status: TicketStatus {
        get { storage.fields.status }
        set { unique.fields.status = newValue }
    }

    /// How urgent it is.
    public var priority: TicketPriority {
        get { storage.fields.priority }
        set { unique.fields.priority = newValue }
    }

    /// The customer who asked.
    public var customerID: CustomerID {
        get { storage.fields.customerID }
        set { unique.fields.customerID = newValue }
    }

    /// The agent it is assigned to, if any.
    public var assigneeID: UserID? {
        get { storage.fields.assigneeID }
        set { unique.fields.assigneeID = newValue }
    }

    /// Tag names, trimmed and lower-cased, distinct, in the order they were added.
    public var tags: [String] {
        get { storage.fields.tags }
        set { unique.fields.tags = newValue }
    }

    /// The host's own fields, by key.
    public var customFields: [String: JSONValue] {
        get { storage.fields.customFields }
        set { unique.fields.customFields = newValue }
    }

    /// When it was created.
    public var createdAt: Date {
        get { storage.fields.createdAt }
        set { unique.fields.createdAt = newValue }
    }

    /// When it last changed.
    public var updatedAt: Date {
        get { storage.fields.updatedAt }
        set { unique.fields.updatedAt = newValue }
    }
}

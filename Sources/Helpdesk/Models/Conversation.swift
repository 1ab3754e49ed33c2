#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// One entry of a ticket's conversation: a reply, an internal note, or a system record.
public struct Conversation: Hashable, Sendable, Identifiable {
    public var id: ConversationID
    public var ticketID: TicketID
    public var type: ConversationType
    /// Hidden from customers and viewers. Always true for notes.
    public var isInternal: Bool
    public var author: Author
    /// The content as given (may hold HTML or Markdown).
    public var content: String
    /// ``content`` as plain text, markup stripped.
    public var contentText: String
    public var createdAt: Date

    public init(
        id: ConversationID, ticketID: TicketID, type: ConversationType, isInternal: Bool, author: Author,
        content: String, contentText: String, createdAt: Date
    ) {
        self.id = id
        self.ticketID = ticketID
        self.type = type
        self.isInternal = isInternal
        self.author = author
        self.content = content
        self.contentText = contentText
        self.createdAt = createdAt
    }
}

extension Conversation: Codable {
    enum CodingKeys: String, CodingKey {
        case id, type, author, content
        case ticketID = "ticket_id"
        case isInternal = "internal"
        case contentText = "content_text"
        case createdAt = "created_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ConversationID.self, forKey: .id)
        ticketID = try container.decode(TicketID.self, forKey: .ticketID)
        type = try container.decode(ConversationType.self, forKey: .type)
        isInternal = try container.decode(Bool.self, forKey: .isInternal)
        author = try container.decodeIfPresent(Author.self, forKey: .author) ?? .system
        contentText = try container.decode(String.self, forKey: .contentText)
        content = try container.decodeIfPresent(String.self, forKey: .content) ?? contentText
        createdAt = try container.decodeDate(forKey: .createdAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(ticketID, forKey: .ticketID)
        try container.encode(type, forKey: .type)
        try container.encode(isInternal, forKey: .isInternal)
        try container.encode(author, forKey: .author)
        try container.encode(content, forKey: .content)
        try container.encode(contentText, forKey: .contentText)
        try container.encodeDate(createdAt, forKey: .createdAt)
    }
}

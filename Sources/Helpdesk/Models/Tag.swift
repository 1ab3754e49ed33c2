#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A label on tickets. Tickets carry tags by name.
public struct Tag: Hashable, Sendable, Identifiable {
    /// The colour a tag gets when it is created by naming it on a ticket.
    public static let defaultColor = "#808080"

    public var id: TagID
    /// Unique; 1–50 characters, no commas, trimmed and lower-cased.
    public var name: String
    /// `#rrggbb`.
    public var color: String
    /// How many tickets carry the tag now. Filled in by the store on every read; ignored on writes.
    public var ticketCount: Int
    public var createdAt: Date

    public init(id: TagID, name: String, color: String = Tag.defaultColor, ticketCount: Int = 0, createdAt: Date) {
        self.id = id
        self.name = name
        self.color = color
        self.ticketCount = ticketCount
        self.createdAt = createdAt
    }
}

extension Tag: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, color
        case ticketCount = "ticket_count"
        case createdAt = "created_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(TagID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        color = try container.decodeIfPresent(String.self, forKey: .color) ?? Tag.defaultColor
        ticketCount = try container.decodeIfPresent(Int.self, forKey: .ticketCount) ?? 0
        createdAt = try container.decodeDate(forKey: .createdAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(color, forKey: .color)
        try container.encode(ticketCount, forKey: .ticketCount)
        try container.encodeDate(createdAt, forKey: .createdAt)
    }
}

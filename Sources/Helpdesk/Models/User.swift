#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A user of the helpdesk: an agent, an admin or a viewer.
public struct User: Hashable, Sendable, Identifiable {
    public var id: UserID
    /// Unique, compared case-insensitively.
    public var email: String
    public var name: String
    public var role: UserRole
    /// An inactive user cannot be assigned and its keys no longer work.
    public var isActive: Bool
    public var createdAt: Date

    public init(id: UserID, email: String, name: String, role: UserRole, isActive: Bool = true, createdAt: Date) {
        self.id = id
        self.email = email
        self.name = name
        self.role = role
        self.isActive = isActive
        self.createdAt = createdAt
    }
}

extension User: Codable {
    enum CodingKeys: String, CodingKey {
        case id, email, name, role
        case isActive = "active"
        case createdAt = "created_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UserID.self, forKey: .id)
        email = try container.decode(String.self, forKey: .email)
        name = try container.decode(String.self, forKey: .name)
        role = try container.decode(UserRole.self, forKey: .role)
        isActive = try container.decodeIfPresent(Bool.self, forKey: .isActive) ?? true
        createdAt = try container.decodeDate(forKey: .createdAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encode(name, forKey: .name)
        try container.encode(role, forKey: .role)
        try container.encode(isActive, forKey: .isActive)
        try container.encodeDate(createdAt, forKey: .createdAt)
    }
}

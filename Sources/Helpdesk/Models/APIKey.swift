#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Whose an API key is.
public enum APIKeyOwner: Hashable, Sendable {
    case user(UserID)
    case customer(CustomerID)
}

/// An API key as the store keeps it: its digest, never the key itself.
public struct APIKey: Hashable, Sendable, Identifiable {
    public var id: APIKeyID
    public var name: String?
    public var owner: APIKeyOwner
    /// The SHA-256 digest of the key, as 64 lower-case hex digits.
    public var digest: String
    public var createdAt: Date

    public init(id: APIKeyID, name: String?, owner: APIKeyOwner, digest: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.owner = owner
        self.digest = digest
        self.createdAt = createdAt
    }
}

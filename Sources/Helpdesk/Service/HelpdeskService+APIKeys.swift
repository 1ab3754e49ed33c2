#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A newly minted API key: the only time the key itself is shown.
public struct IssuedAPIKey: Hashable, Sendable, Encodable {
    public var id: APIKeyID
    public var name: String?
    /// The bearer key. The library keeps only its SHA-256 digest.
    public var key: String
    public var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, name, key
        case createdAt = "created_at"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeOrNull(name, forKey: .name)
        try container.encode(key, forKey: .key)
        try container.encodeDate(createdAt, forKey: .createdAt)
    }
}

/// Who an API key speaks for, as found by ``HelpdeskService/authenticate(key:)``.
public enum Principal: Hashable, Sendable {
    case user(User)
    case customer(Customer)

    /// The principal as the author of changes.
    public var author: Author {
        switch self {
        case .user(let user): .user(user.id)
        case .customer(let customer): .customer(customer.id)
        }
    }
}

extension HelpdeskService {
    /// Mints a key for a user or a customer. The answer holds the key; the store keeps only its digest.
    ///
    /// - Parameter presetKey: a key the host chose (a server's `--api-key`), instead of a new random one.
    public func createAPIKey(
        for owner: APIKeyOwner, _ input: APIKeyCreate = APIKeyCreate(), by author: Author, presetKey: String? = nil
    ) async throws(HelpdeskError) -> IssuedAPIKey {
        let input = try input.validated()
        return try await committing {
            switch owner {
            case .user(let id):
                guard try await store.user(id) != nil else { throw HelpdeskError.notFound(UserKind.self) }
            case .customer(let id):
                guard try await store.customer(id) != nil else { throw HelpdeskError.notFound(CustomerKind.self) }
            }
            let now = clock.now()
            let secret = presetKey ?? secrets.newKey()
            let key = APIKey(
                id: ids.make(at: now), name: input.name, owner: owner, digest: SHA256.hexDigest(secret), createdAt: now)
            return (
                ChangeSet([.insertAPIKey(key)]), [event(.apiKey, key.id.rawValue, .created, by: author, at: now)],
                IssuedAPIKey(id: key.id, name: key.name, key: secret, createdAt: now)
            )
        }
    }

    /// Creates an admin user and a key for it: how a host starts an empty helpdesk.
    ///
    /// - Parameter key: the admin's key; a new random one when `nil`.
    public func bootstrapAdmin(
        email: String = "admin@example.com", name: String = "Admin", key: String? = nil
    ) async throws(HelpdeskError) -> (admin: User, key: IssuedAPIKey) {
        if let key, !(16...512).contains(key.utf8.count) || key.contains(" ") {
            throw HelpdeskError.invalid(field: "key", "must be 16 to 512 characters without spaces")
        }
        let admin = try await createUser(UserCreate(email: email, name: name, role: .admin), by: .system)
        let issued = try await createAPIKey(
            for: .user(admin.id), APIKeyCreate(name: "bootstrap"), by: .system, presetKey: key)
        return (admin, issued)
    }

    /// Who `key` belongs to: `nil` for an unknown key, or one whose user is inactive or whose
    /// owner no longer exists. Keys are looked up by digest and the digests compared in constant time.
    public func authenticate(key: String) async throws(HelpdeskError) -> Principal? {
        guard !key.isEmpty, key.utf8.count <= 512 else { return nil }
        let digest = SHA256.hexDigest(key)
        return try await reading {
            guard let stored = try await store.apiKey(digest: digest),
                constantTimeEquals(stored.digest.utf8, digest.utf8)
            else { return nil }
            switch stored.owner {
            case .user(let id):
                guard let user = try await store.user(id)?.value, user.isActive else { return nil }
                return .user(user)
            case .customer(let id):
                return try await store.customer(id).map { .customer($0.value) }
            }
        }
    }
}

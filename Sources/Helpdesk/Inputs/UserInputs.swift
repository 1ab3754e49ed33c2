/// A new user (agent), as `POST /users` takes it (admins only).
public struct UserCreate: ValidatedInput, Hashable {
    public var email: String
    public var name: String
    public var role: UserRole
    public var isActive: Bool

    public init(email: String, name: String, role: UserRole = .agent, isActive: Bool = true) {
        self.email = email
        self.name = name
        self.role = role
        self.isActive = isActive
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            UserCreate(
                email: reader.string("email", maxLength: Limits.email.upperBound) ?? "",
                name: reader.string("name", maxLength: Limits.requiredName.upperBound) ?? "",
                role: reader.choice("role") ?? .agent, isActive: reader.bool("active") ?? true)
        }
    }

    public mutating func normalize() {
        email = email.trimmed
        name = name.trimmed
    }

    public func check(into errors: inout FieldErrors) {
        errors.check("email", FieldRules.email(email))
        errors.check("name", FieldRules.text(name, Limits.requiredName))
    }
}

/// A change to a user, as `PATCH /users/{id}` takes it (admins only).
public struct UserUpdate: ValidatedInput, Hashable {
    public var email: String?
    public var name: String?
    public var role: UserRole?
    public var isActive: Bool?

    public init(email: String? = nil, name: String? = nil, role: UserRole? = nil, isActive: Bool? = nil) {
        self.email = email
        self.name = name
        self.role = role
        self.isActive = isActive
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            UserUpdate(
                email: reader.string("email", maxLength: Limits.email.upperBound),
                name: reader.string("name", maxLength: Limits.requiredName.upperBound), role: reader.choice("role"),
                isActive: reader.bool("active"))
        }
    }

    public mutating func normalize() {
        email = email?.trimmed
        name = name?.trimmed
    }

    public func check(into errors: inout FieldErrors) {
        if let email { errors.check("email", FieldRules.email(email)) }
        if let name { errors.check("name", FieldRules.text(name, Limits.requiredName)) }
    }
}

/// A request for a new API key: an optional name.
public struct APIKeyCreate: ValidatedInput, Hashable {
    public var name: String?

    public init(name: String? = nil) { self.name = name }

    /// Reads and validates a JSON body (an empty body is no name).
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            APIKeyCreate(name: reader.nullableString("name", maxLength: Limits.name.upperBound)?.newValue)
        }
    }

    public mutating func normalize() { name = name?.trimmed.nilIfEmpty }

    public func check(into errors: inout FieldErrors) {
        if let name { errors.check("name", FieldRules.text(name, Limits.name)) }
    }
}

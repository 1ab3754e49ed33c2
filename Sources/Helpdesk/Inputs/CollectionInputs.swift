/// A new knowledge-base collection, as `POST /collections` takes it.
public struct CollectionCreate: ValidatedInput, Hashable {
    public var name: String
    public var description: String?

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            CollectionCreate(
                name: reader.string("name", maxLength: Limits.requiredName.upperBound) ?? "",
                description: reader.nullableString("description", maxLength: Limits.description.upperBound)?.newValue)
        }
    }

    public mutating func normalize() {
        name = name.trimmed
        description = description?.trimmed.nilIfEmpty
    }

    public func check(into errors: inout FieldErrors) {
        errors.check("name", FieldRules.text(name, Limits.requiredName))
        if let description { errors.check("description", FieldRules.text(description, Limits.description)) }
    }
}

/// A change to a collection, as `PATCH /collections/{id}` takes it.
public struct CollectionUpdate: ValidatedInput, Hashable {
    public var name: String?
    public var description: Patch<String>?

    public init(name: String? = nil, description: Patch<String>? = nil) {
        self.name = name
        self.description = description
    }

    /// Reads and validates a JSON body; `null` clears the description.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            CollectionUpdate(
                name: reader.string("name", maxLength: Limits.requiredName.upperBound),
                description: reader.nullableString("description", maxLength: Limits.description.upperBound))
        }
    }

    public mutating func normalize() {
        name = name?.trimmed
        description = description?.trimmedOrCleared
    }

    public func check(into errors: inout FieldErrors) {
        if let name { errors.check("name", FieldRules.text(name, Limits.requiredName)) }
        if case .set(let text) = description {
            errors.check("description", FieldRules.text(text, Limits.description))
        }
    }
}

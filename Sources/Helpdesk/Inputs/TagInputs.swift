/// A new tag, as `POST /tags` takes it.
public struct TagCreate: ValidatedInput, Hashable {
    /// Trimmed and lower-cased.
    public var name: String
    /// `#rrggbb`; ``Tag/defaultColor`` when `nil`.
    public var color: String?

    public init(name: String, color: String? = nil) {
        self.name = name
        self.color = color
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            TagCreate(
                name: reader.string("name", maxLength: Limits.tagName.upperBound) ?? "", color: reader.string("color"))
        }
    }

    public mutating func normalize() {
        name = name.normalizedTagName
        color = color?.trimmed.lowercased()
    }

    public func check(into errors: inout FieldErrors) {
        errors.check("name", FieldRules.tagName(name))
        if let color { errors.check("color", FieldRules.color(color)) }
    }
}

/// A change to a tag, as `PATCH /tags/{id}` takes it. A new name applies to every ticket.
public struct TagUpdate: ValidatedInput, Hashable {
    public var name: String?
    public var color: String?

    public init(name: String? = nil, color: String? = nil) {
        self.name = name
        self.color = color
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            TagUpdate(name: reader.string("name", maxLength: Limits.tagName.upperBound), color: reader.string("color"))
        }
    }

    public mutating func normalize() {
        name = name?.normalizedTagName
        color = color?.trimmed.lowercased()
    }

    public func check(into errors: inout FieldErrors) {
        if let name { errors.check("name", FieldRules.tagName(name)) }
        if let color { errors.check("color", FieldRules.color(color)) }
    }
}

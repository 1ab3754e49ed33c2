/// Reads the fields of a JSON request body, recording a reason for each field
/// of the wrong type and, at the end, for each field it was never asked for.
public struct BodyReader {
    private let members: [String: JSONValue]
    private var asked: Set<String> = []
    private var errors = FieldErrors()

    /// A reader over `json`; anything but an object is one error.
    public init(_ json: JSONValue) {
        if case .object(let members) = json {
            self.members = members
        } else {
            self.members = [:]
            errors.check("body", Self.notAnObject)
        }
    }

    /// Why a body that is not a JSON object is refused.
    static let notAnObject = "must be a JSON object"

    /// The reasons so far, plus one for each field that no read asked for.
    public func finish() -> FieldErrors {
        var all = errors
        for key in members.keys where !asked.contains(key) {
            all.check(key, "is not a known field")  // an error cuts long names (`NamedProblems`)
        }
        return all
    }

    /// Records a reason for `field`.
    public mutating func refuse(_ field: String, _ reason: String) { errors.check(field, reason) }

    /// Refuses `value` for `key`, which wanted `expected`: `null` on a field that cannot be cleared,
    /// or another JSON type.
    private mutating func refuse(_ key: String, _ value: JSONValue, expected: String) {
        refuse(key, value == .null ? "cannot be null" : "must be \(expected), not \(value.typeDescription)")
    }

    /// The raw value: `nil` when absent.
    public mutating func raw(_ key: String) -> JSONValue? {
        asked.insert(key)
        return members[key]
    }

    /// A string; `null` or another type is refused.
    ///
    /// - Parameter maxLength: the most Unicode scalars the value may have as sent, before
    ///   any trimming: a limit applies to what the client wrote.
    public mutating func string(_ key: String, maxLength: Int? = nil) -> String? {
        switch raw(key) {
        case nil: return nil
        case .string(let value)?:
            if let maxLength, value.unicodeScalars.count > maxLength {
                refuse(key, "must be at most \(maxLength) characters")
                return nil
            }
            return value
        case let other?:
            refuse(key, other, expected: "a string")
            return nil
        }
    }

    /// A string that `null` clears.
    public mutating func nullableString(_ key: String, maxLength: Int? = nil) -> Patch<String>? {
        if case .null? = members[key] {
            asked.insert(key)
            return .clear
        }
        return string(key, maxLength: maxLength).map(Patch.set)
    }

    /// A boolean.
    public mutating func bool(_ key: String) -> Bool? {
        switch raw(key) {
        case nil: return nil
        case .bool(let value)?: return value
        case let other?:
            refuse(key, other, expected: "true or false")
            return nil
        }
    }

    /// One of an enumeration's wire names.
    public mutating func choice<Value: RawRepresentable<String> & CaseIterable>(
        _ key: String, _ type: Value.Type = Value.self
    ) -> Value? {
        guard let text = string(key) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            refuse(key, "must be one of \(allowed)")
            return nil
        }
        return value
    }

    /// An id of one kind.
    public mutating func id<Kind: ResourceKind>(_ key: String, _ kind: Kind.Type = Kind.self) -> ResourceID<Kind>? {
        guard let text = string(key) else { return nil }
        guard let id = ResourceID<Kind>(rawValue: text) else {
            refuse(key, "must be a \(Kind.displayName) id (\(Kind.prefix)…)")
            return nil
        }
        return id
    }

    /// An id that `null` clears.
    public mutating func nullableID<Kind: ResourceKind>(
        _ key: String, _ kind: Kind.Type = Kind.self
    ) -> Patch<ResourceID<Kind>>? {
        if case .null? = members[key] {
            asked.insert(key)
            return .clear
        }
        return id(key, kind).map(Patch.set)
    }

    /// An array of strings.
    public mutating func strings(_ key: String, maxLength: Int? = nil, maxCount: Int? = nil) -> [String]? {
        switch raw(key) {
        case nil: return nil
        case .array(let elements)?:
            if let maxCount, elements.count > maxCount {
                refuse(key, "may hold at most \(maxCount) values")
                return nil
            }
            var values: [String] = []
            for (index, element) in elements.enumerated() {
                guard case .string(let text) = element else {
                    refuse("\(key)[\(index)]", "must be a string, not \(element.typeDescription)")
                    return nil
                }
                if let maxLength, text.unicodeScalars.count > maxLength {
                    refuse("\(key)[\(index)]", "must be at most \(maxLength) characters")
                    return nil
                }
                values.append(text)
            }
            return values
        case let other?:
            refuse(key, other, expected: "an array of strings")
            return nil
        }
    }

    /// The `custom_fields` object, each string value held to its limit as sent (before the
    /// trimming every string gets); the other rules apply when the input is checked.
    public mutating func customFields() -> [String: JSONValue]? {
        guard let fields = object("custom_fields") else { return nil }
        let limit = Limits.customFieldString.upperBound
        for (key, value) in fields {
            if case .string(let text) = value, text.unicodeScalars.count > limit {
                refuse(FieldRules.customFieldPath(key), "must be at most \(limit) characters")
            }
        }
        return fields
    }

    /// An object of JSON values.
    public mutating func object(_ key: String) -> [String: JSONValue]? {
        switch raw(key) {
        case nil: return nil
        case .object(let members)?: return members
        case let other?:
            refuse(key, other, expected: "an object")
            return nil
        }
    }
}

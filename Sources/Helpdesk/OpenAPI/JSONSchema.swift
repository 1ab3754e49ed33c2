/// Builders of the JSON Schema values (draft 2020-12, the dialect of OpenAPI 3.1) that the
/// OpenAPI document is made of. Each answers a `JSONValue` to nest in others, so that every
/// schema of the document is written once, here, and composed elsewhere.
enum JSONSchema {
    /// A reference to `components.schemas.<name>`.
    static func ref(_ name: String) -> JSONValue {
        .object(["$ref": .string("#/components/schemas/" + name)])
    }

    /// A value of one JSON type, with further keywords.
    static func typed(_ type: String, _ keywords: [String: JSONValue] = [:]) -> JSONValue {
        .object(keywords.merging(["type": .string(type)]) { _, type in type })
    }

    /// `true` or `false`.
    static let boolean = typed("boolean")

    /// A date-time as the wire writes it: ISO 8601 in UTC (RFC 3339).
    static let dateTime = typed("string", ["format": .string("date-time")])

    /// An integer, optionally bounded.
    static func integer(minimum: Int? = nil, maximum: Int? = nil) -> JSONValue {
        var keywords: [String: JSONValue] = [:]
        if let minimum { keywords["minimum"] = .number(Double(minimum)) }
        if let maximum { keywords["maximum"] = .number(Double(maximum)) }
        return typed("integer", keywords)
    }

    /// A string. `pattern` is an ECMA-262 regular expression; write `^…$` to anchor it.
    static func string(minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil) -> JSONValue {
        var keywords: [String: JSONValue] = [:]
        if let minLength, minLength > 0 { keywords["minLength"] = .number(Double(minLength)) }
        if let maxLength { keywords["maxLength"] = .number(Double(maxLength)) }
        if let pattern { keywords["pattern"] = .string(pattern) }
        return typed("string", keywords)
    }

    /// One of an enumeration's wire names, from its `allCases`, less `excluded`.
    static func names<Value: RawRepresentable<String> & CaseIterable & Equatable>(
        of type: Value.Type, excluding excluded: [Value] = []
    ) -> JSONValue {
        typed("string", ["enum": .array(Value.allCases.filter { !excluded.contains($0) }.map { .string($0.rawValue) })])
    }

    /// The pattern of an id of `Kind`: its prefix, then 1 to 64 URL-safe characters (``ResourceID``).
    static func idPattern<Kind: ResourceKind>(_ kind: Kind.Type) -> String {
        "^" + Kind.prefix + "[A-Za-z0-9_-]{1,64}$"
    }

    /// An id of `Kind`.
    static func id<Kind: ResourceKind>(_ kind: Kind.Type) -> JSONValue {
        string(pattern: idPattern(kind))
    }

    /// An array of `items`.
    static func array(_ items: JSONValue, minItems: Int? = nil) -> JSONValue {
        var keywords: [String: JSONValue] = ["items": items]
        if let minItems { keywords["minItems"] = .number(Double(minItems)) }
        return typed("array", keywords)
    }

    /// An object with exactly these properties, `required` among them, and no other.
    static func object(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        var keywords: [String: JSONValue] = ["properties": .object(properties), "additionalProperties": .bool(false)]
        if !required.isEmpty { keywords["required"] = .array(required.sorted().map(JSONValue.string)) }
        return typed("object", keywords)
    }

    /// An object whose properties are all present in every instance (as every answer writes them).
    static func record(_ properties: [String: JSONValue]) -> JSONValue {
        object(properties, required: Array(properties.keys))
    }

    /// An object of any keys whose values are all `values`.
    static func dictionary(of values: JSONValue, _ keywords: [String: JSONValue] = [:]) -> JSONValue {
        typed("object", keywords.merging(["additionalProperties": values]) { _, values in values })
    }

    /// `schema`, or `null`: `null` joins its `type` (and its `enum`, if any); a reference
    /// becomes `anyOf` the reference and `null`.
    static func nullable(_ schema: JSONValue) -> JSONValue {
        guard case .object(var keywords) = schema, case .string(let type)? = keywords["type"] else {
            return .object(["anyOf": .array([schema, typed("null")])])
        }
        keywords["type"] = .array([.string(type), .string("null")])
        if case .array(let values)? = keywords["enum"] { keywords["enum"] = .array(values + [.null]) }
        return .object(keywords)
    }
}

extension JSONValue {
    /// This object with `keywords` added (replacing any of the same name); other values unchanged.
    func adding(_ keywords: [String: JSONValue]) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members.merging(keywords) { _, new in new })
    }

    /// This schema with a `description`.
    func described(_ text: String) -> JSONValue { adding(["description": .string(text)]) }

    /// This schema with one example value (JSON Schema's `examples`).
    func example(_ value: JSONValue) -> JSONValue { adding(["examples": .array([value])]) }
}

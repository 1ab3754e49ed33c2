/// The reasons fields were refused, collected so that one error names them all.
public struct FieldErrors: Hashable, Sendable {
    /// Reason by wire field name.
    public private(set) var reasons: [String: String] = [:]

    public init() {}

    /// Records `reason` for `field` if there is one (the first reason for a field wins).
    public mutating func check(_ field: @autoclosure () -> String, _ reason: String?) {
        guard let reason else { return }
        let field = field()
        guard reasons[field] == nil else { return }
        reasons[field] = reason
    }

    /// Records every reason of `other`.
    public mutating func merge(_ other: [String: String]) {
        for (field, reason) in other { check(field, reason) }
    }

    public var isEmpty: Bool { reasons.isEmpty }

    /// Throws `BAD_REQUEST` naming every field, if any was refused.
    public func throwIfAny() throws(HelpdeskError) {
        guard reasons.isEmpty else { throw HelpdeskError.invalid(reasons) }
    }
}

/// An input (a create or an update) that normalizes itself and says which fields are wrong.
public protocol ValidatedInput: Sendable {
    /// Trims strings and lower-cases tag names and emails where SPEC says so.
    mutating func normalize()
    /// Records every refused field of the normalized input.
    func check(into errors: inout FieldErrors)
}

extension ValidatedInput {
    /// The normalized input, or `BAD_REQUEST` naming every refused field.
    public func validated() throws(HelpdeskError) -> Self {
        var copy = self
        copy.normalize()
        var errors = FieldErrors()
        copy.check(into: &errors)
        try errors.throwIfAny()
        return copy
    }

    /// Reads an input from a JSON body with `read`, then validates it; type errors,
    /// unknown fields and rule violations are reported together.
    static func decoding(
        _ json: JSONValue, _ read: (inout BodyReader) -> Self
    ) throws(HelpdeskError) -> Self {
        guard case .object = json else { throw HelpdeskError.invalid(["body": BodyReader.notAnObject]) }
        var reader = BodyReader(json)
        var input = read(&reader)
        input.normalize()
        var errors = reader.finish()
        // A field the reader refused keeps that first reason; the rules name the others.
        input.check(into: &errors)
        try errors.throwIfAny()
        return input
    }
}

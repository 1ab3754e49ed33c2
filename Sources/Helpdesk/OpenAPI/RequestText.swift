/// The request-side rules of ``FieldRules`` and ``Limits`` as JSON Schema strings.
///
/// A value these schemas accept is one validation accepts. Validation trims most
/// strings first, and the patterns allow that white space; lengths count the string as
/// sent, as validation does.
enum RequestText {
    private typealias S = JSONSchema

    /// No NUL character: ``FieldRules/text(_:_:)`` refuses them.
    static let noNUL = #"^[^\x00]*$"#
    /// At least one character that is neither white space nor NUL: a required string is not blank.
    static let notBlank = #"^[^\x00]*[^\s\x00][^\x00]*$"#
    /// `#rrggbb` (``FieldRules/color(_:)``); white space around it is trimmed before the check.
    static let colorPattern = #"^\s*#[0-9A-Fa-f]{6}\s*$"#
    /// `local@domain.tld` in ASCII, as ``FieldRules/email(_:)`` reads it.
    static let emailPattern: String = {
        let atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
        let label = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        return #"^\s*"# + atom + #"(\."# + atom + ")*@" + label + #"(\."# + label + #")+\s*$"#
    }()
    /// Digits, spaces and `+-().` with at least one digit, or only white space (which clears the field).
    static let phonePattern = #"^[\t\n\r ]*([0-9 +().-]*[0-9][0-9 +().-]*)?[\t\n\r ]*$"#
    /// A tag name: not blank, no comma, no control or invisible character (``InvisibleScalars``)
    /// but white space at either end (which is trimmed).
    static let tagNamePattern: String = {
        let space = "[" + InvisibleScalars.whiteSpaceClass + "]"
        let allowed = "[^," + InvisibleScalars.patternClass + "]"
        let visible = "[^," + InvisibleScalars.whiteSpaceClass + InvisibleScalars.patternClass + "]"
        return "^" + space + "*" + allowed + "*" + visible + allowed + "*" + space + "*$"
    }()
    /// A `custom_fields` key.
    static let customFieldKeyPattern =
        "^[a-z0-9_]{\(Limits.customFieldKey.lowerBound),\(Limits.customFieldKey.upperBound)}$"

    /// A text whose length is in `range`; not blank when the range starts above 0.
    static func text(_ range: ClosedRange<Int>) -> JSONValue {
        range.lowerBound > 0
            ? S.string(minLength: range.lowerBound, maxLength: range.upperBound, pattern: notBlank)
            : S.string(maxLength: range.upperBound, pattern: noNUL)
    }

    /// An email address (at most 254 characters).
    static let email = S.string(
        minLength: Limits.email.lowerBound, maxLength: Limits.email.upperBound, pattern: emailPattern
    )
    .example(.string("user@example.com"))

    /// A phone number (at most 50 characters).
    static let phone = S.string(maxLength: Limits.phone.upperBound, pattern: phonePattern).example(
        .string("+1-555-0123"))

    /// A tag name: 1–50 characters once trimmed, no commas; stored lower-cased.
    static let tagName = S.string(
        minLength: Limits.tagName.lowerBound, maxLength: Limits.tagName.upperBound, pattern: tagNamePattern)

    /// `#rrggbb`.
    static let color = S.string(pattern: colorPattern).example(.string("#ff0000"))

    /// Up to 50 keys of `[a-z0-9_]{1,64}` whose values are strings (up to 1,024), numbers (within
    /// ±(2^53 − 1)), booleans or null.
    static let customFields = S.dictionary(
        of: .object([
            "type": .array(["string", "number", "boolean", "null"].map(JSONValue.string)),
            "maxLength": .number(Double(Limits.customFieldString.upperBound)), "pattern": .string(noNUL),
            "minimum": .number(-Limits.exactInteger), "maximum": .number(Limits.exactInteger),
        ]),
        [
            "maxProperties": .number(Double(Limits.customFieldCount)),
            "propertyNames": S.string(pattern: customFieldKeyPattern),
        ]
    ).example(.object(["plan": .string("pro")]))
}

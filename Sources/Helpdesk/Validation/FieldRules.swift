/// The checks on single values that inputs and imports share. Each answers
/// the reason a value is refused, or `nil` if it is fine.
public enum FieldRules {
    /// Length (in Unicode scalars) within `range`, and no NUL character.
    public static func text(_ value: String, _ range: ClosedRange<Int>) -> String? {
        // A string has at most as many scalars as UTF-8 bytes, and none only when it has no
        // bytes: within the upper bound, and with a lower bound of at most one, the byte count
        // (kept, not walked) gives the same answers as the scalar count.
        let bytes = value.utf8.count
        let length =
            bytes <= range.upperBound && (bytes == 0 || range.lowerBound <= 1)
            ? bytes : value.unicodeScalars.count
        if range.lowerBound > 0, length == 0 { return "is required" }
        if length < range.lowerBound { return "must be at least \(range.lowerBound) characters" }
        if length > range.upperBound { return "must be at most \(range.upperBound) characters" }
        if contains(0, in: value) { return "must not contain NUL characters" }
        return nil
    }

    /// Whether `value`'s UTF-8 holds `byte`, read in place where the string is contiguous (a
    /// native string always is): an import checks a million descriptions.
    private static func contains(_ byte: UInt8, in value: String) -> Bool {
        value.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? value.utf8.contains(byte)
    }

    /// A plausible email address: `local@domain.tld` in ASCII, at most 254 characters (the local
    /// part is not held to RFC 5321's 64, as many mail systems do not).
    public static func email(_ value: String) -> String? {
        if let reason = text(value, Limits.email) { return reason }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
            !local.isEmpty,
            local.utf8.allSatisfy(isLocalPartByte),
            !local.hasPrefix("."), !local.hasSuffix("."), !local.contains(".."),
            isDomain(domain)
        else { return "is not a valid email address" }
        return nil
    }

    /// Digits, spaces and `+-().`, at most 50, at least one digit.
    public static func phone(_ value: String) -> String? {
        if let reason = text(value, Limits.phone) { return reason }
        let allowed = value.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || " +-().".utf8.contains(byte)
        }
        guard allowed, value.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return "may hold only digits, spaces and + - ( ) ."
        }
        return nil
    }

    /// A tag name after trimming and lower-casing: 1–50 characters, no commas, no control
    /// characters (a tab or a line break inside a name, which a `tags=` filter cannot tell
    /// apart) and no invisible format characters (``InvisibleScalars``), which would make two
    /// tags that look the same.
    public static func tagName(_ value: String) -> String? {
        if let reason = text(value, Limits.tagName) { return reason }
        if contains(UInt8(ascii: ","), in: value) { return "must not contain commas" }
        return InvisibleScalars.problem(in: value)
    }

    /// `#rrggbb`.
    public static func color(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        guard bytes.count == 7, bytes[0] == UInt8(ascii: "#"), bytes.dropFirst().allSatisfy(isHexDigit) else {
            return "must be a colour like #ff0000"
        }
        return nil
    }

    /// Up to 50 keys of `[a-z0-9_]{1,64}`; values strings (up to 1,024), numbers (within
    /// ±(2^53 − 1), kept exactly), booleans or null.
    /// Answers the reasons keyed by `custom_fields.<key>` (or `custom_fields`).
    public static func customFields(_ fields: [String: JSONValue]) -> [String: String] {
        var reasons: [String: String] = [:]
        if fields.count > Limits.customFieldCount {
            reasons["custom_fields"] = "may hold at most \(Limits.customFieldCount) keys"
        }
        for (key, value) in fields {
            let path = customFieldPath(key)
            guard Limits.customFieldKey.contains(key.utf8.count), key.utf8.allSatisfy(isFieldKeyByte) else {
                reasons[path] = "keys must be 1 to 64 of a-z, 0-9 and _"
                continue
            }
            switch value {
            case .string(let text):
                if let reason = self.text(text, Limits.customFieldString) { reasons[path] = reason }
            case .number(let number) where number.magnitude > Limits.exactInteger:
                // A double holds every integer up to 2^53 exactly, and no larger one for sure.
                reasons[path] = "must be within ±9007199254740991 to be kept exactly; send a larger number as a string"
            case .null, .bool, .number: break
            case .array, .object: reasons[path] = "must be a string, number, boolean or null"
            }
        }
        return reasons
    }

    /// How a refused custom field is named in `details`: `custom_fields.plan`, the key cut
    /// to 70 characters.
    static func customFieldPath(_ key: String) -> String { "custom_fields." + String(key.prefix(70)) }

    private static func isDomain(_ domain: Substring) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.utf8.count) && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }
    }

    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "!#$%&'*+-/=?^_`{|}~.".utf8.contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    private static func isFieldKeyByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "_")
    }
}

extension String {
    /// The string without white space and newlines at either end.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
            let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
        else { return "" }
        // Most text has nothing to trim: keep it, rather than copy it.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// The normal form of a tag name: trimmed and lower-cased.
    var normalizedTagName: String { trimmed.lowercased() }
}

extension [String: JSONValue] {
    /// Custom fields with their string values trimmed, as every string of a body is; the
    /// other values as they are. No fields (most tickets of an import) are handed back as they are.
    var withTrimmedStrings: Self {
        guard !isEmpty else { return self }
        return mapValues { value in
            guard case .string(let text) = value else { return value }
            return .string(text.trimmed)
        }
    }
}

extension Unicode.Scalar {
    /// Unicode's `White_Space`, with ASCII answered without a property lookup.
    var isWhiteSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}

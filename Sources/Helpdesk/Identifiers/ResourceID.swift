/// A kind of record that has prefixed ids (`tkt_`, `cust_` …).
public protocol ResourceKind: Sendable {
    /// The id prefix, including the underscore, for example `"tkt_"`.
    static var prefix: String { get }
    /// The resource's name in messages, for example `"Ticket"`.
    static var displayName: String { get }
}

/// A validated, prefixed id of one kind of record.
///
/// The raw value is the prefix followed by 1 to 64 URL-safe characters
/// (`A-Z`, `a-z`, `0-9`, `-`, `_`). Ids made by ``IDGenerator/live`` sort by
/// creation time; ids compare by their raw value.
public struct ResourceID<Kind: ResourceKind>: RawRepresentable, Hashable, Comparable, Sendable,
    CustomStringConvertible
{
    /// The whole id, prefix included.
    public let rawValue: String

    /// Validates `rawValue`; answers `nil` if the prefix or the suffix is wrong.
    public init?(rawValue: String) {
        guard Self.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// An id the library made itself and knows to be well-formed.
    init(trusted rawValue: String) {
        self.rawValue = rawValue
    }

    /// Whether `text` is a well-formed id of this kind.
    public static func isValid(_ text: String) -> Bool {
        let prefix = Kind.prefix
        guard text.hasPrefix(prefix) else { return false }
        let suffix = text.utf8.dropFirst(prefix.utf8.count)
        guard (1...64).contains(suffix.count) else { return false }
        return suffix.allSatisfy(Self.isURLSafe)
    }

    static func isURLSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }
}

extension ResourceID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a valid \(Kind.displayName) id: \(text)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

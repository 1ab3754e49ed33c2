/// The PostgreSQL schema (namespace) a store keeps its tables in.
///
/// A name is 1–63 characters of `a`–`z`, `0`–`9` and `_`, not starting with a digit, so that
/// it can be written into statements quoted, as identifiers must be.
public struct Schema: Hashable, Sendable {
    /// The schema's name, for example `"public"` or `"helpdesk"`.
    public let name: String

    /// `nil` unless `name` is a valid schema name.
    public init?(_ name: String) {
        let bytes = Array(name.utf8)
        guard (1...63).contains(bytes.count), let first = bytes.first, !(48...57).contains(first),
            bytes.allSatisfy(Self.isAllowed)
        else { return nil }
        self.name = name
    }

    /// The schema `public`, the database's default.
    public static let `public` = Schema(validated: "public")

    private init(validated name: String) { self.name = name }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (48...57).contains(byte) || byte == 95
    }

    /// `"name".`, to put before a table name.
    var prefix: String { "\"\(name)\"." }
}

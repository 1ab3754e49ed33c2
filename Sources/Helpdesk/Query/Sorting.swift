/// Which way a list is sorted.
public enum SortDirection: String, CaseIterable, Hashable, Sendable {
    case ascending = "asc"
    case descending = "desc"
}

/// A field a list can be sorted by.
public protocol SortField: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// Whether a bare ISO 8601 timestamp is a valid cursor for this sort (time fields only).
    var acceptsTimestampCursor: Bool { get }
    /// The kinds of the values, in order, that a row's ``SortKey`` holds in this sort (the id aside).
    /// A cursor for this sort must hold the same; see ``Cursor/validate(for:)``.
    var valueKinds: [SortValue.Kind] { get }
}

/// A sort order: a field and a direction. Ties always break by id in the same direction,
/// so the order is total.
public struct Sort<Field: SortField>: Hashable, Sendable {
    public var field: Field
    public var direction: SortDirection

    public init(_ field: Field, _ direction: SortDirection) {
        self.field = field
        self.direction = direction
    }
}

/// One component of a row's position in a sort order. Text compares by UTF-8 bytes, as SQL's binary collation does.
public enum SortValue: Hashable, Sendable, Comparable {
    case integer(Int64)
    case text(String)

    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): a < b
        case (.text(let a), .text(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
        case (.integer, .text): true
        case (.text, .integer): false
        }
    }

    /// Whether a sort value is a number or a text.
    public enum Kind: Hashable, Sendable {
        case integer, text
    }

    /// The kind of this value.
    public var kind: Kind {
        switch self {
        case .integer: .integer
        case .text: .text
        }
    }
}

/// Where a row stands in a sort: its sort values, then its id (compared by UTF-8 bytes).
public struct SortKey: Hashable, Sendable, Comparable {
    public var values: [SortValue]
    public var id: String

    public init(_ values: [SortValue], id: String) {
        self.values = values
        self.id = id
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.values != rhs.values { return lhs.values.lexicographicallyPrecedes(rhs.values) }
        return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
    }
}

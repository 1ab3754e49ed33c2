internal import PostgresNIO

/// A statement built piece by piece: fixed SQL text from this package, and every value as a
/// bound parameter (`$1`, `$2` …), never spliced into the text.
///
/// In the text, `#.` stands for the store's schema (`"s_abc".`), so that one statement
/// serves every schema.
struct SQL {
    private(set) var text = ""
    private var binds = PostgresBindings()
    private let schemaPrefix: String

    init(schema: Schema, _ text: String = "") {
        schemaPrefix = schema.prefix
        add(text)
    }

    /// Appends fixed SQL text (never a value).
    mutating func add(_ fragment: String) {
        text += fragment.replacing("#.", with: schemaPrefix)
    }

    /// Appends `$n` and binds `value` to it.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value) {
        binds.append(value)
        text += "$\(binds.count)"
    }

    /// Appends `$n` and binds `value` (or NULL) to it.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) {
        if let value {
            binds.append(value)
        } else {
            binds.appendNull()
        }
        text += "$\(binds.count)"
    }

    /// Appends `$n` and binds an array to it.
    mutating func bind<Element: PostgresArrayEncodable>(array: [Element]) throws {
        try binds.append(array)
        text += "$\(binds.count)"
    }

    /// `, column = $n`, for the `SET` list of an `UPDATE`.
    mutating func set<Value: PostgresDynamicTypeEncodable>(_ column: String, _ value: Value?) {
        add(", \(column) = ")
        bind(value)
    }

    /// The statement to send.
    var query: PostgresQuery { PostgresQuery(unsafeSQL: text, binds: binds) }
}

internal import Helpdesk
internal import PostgresNIO

#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// How values are kept in columns, and read back from a row.
enum Columns {
    /// `custom_fields` as JSON text (kept as written, so it reads back exactly).
    static func json(_ fields: [String: JSONValue]) -> String {
        JSONWriter.string(.object(fields))
    }

    /// Milliseconds since 1970.
    static func time(_ date: Date) -> Int64 { date.millisecondsSince1970 }

    /// The distinct search words of `fields`, as `array_to_tsvector` takes them: each cut to
    /// ``longestQueryWord`` bytes, as a `tsvector` keeps at most 2,047 bytes of a word.
    ///
    /// - Throws: ``StorageError/backend(_:)`` if the words take 1 MB or more, more than a
    ///   `tsvector` holds (`array_to_tsvector` does not check, and would store a broken value).
    static func words(_ fields: [String]) throws -> [String] {
        let words = Array(Set(fields.flatMap(SearchWords.words(in:)).map { cut($0).0 })).sorted()
        guard words.reduce(0, { $0 + $1.utf8.count }) < 1 << 20 else {
            throw StorageError.backend("the record's distinct search words take more than a tsvector holds (1 MB)")
        }
        return words
    }

    /// The distinct search words of `fields` longer than ``longestQueryWord`` bytes, whole: the
    /// `long_words` column, which a query word that long is checked against exactly.
    static func longWords(_ fields: [String]) -> [String] {
        Array(Set(fields.flatMap(SearchWords.words(in:)).filter { $0.utf8.count > longestQueryWord })).sorted()
    }

    /// Whether `word` is too long to be kept whole in a `tsvector` or `tsquery`.
    static func isLong(_ word: String) -> Bool { word.utf8.count > longestQueryWord }

    /// `'w1' & 'w2' & 'last':*`: every word must be a word of the record, the last one may be a
    /// prefix. Read by `tsquery`'s own input, which takes quoted words as they are.
    ///
    /// `tsquery` refuses words longer than 2,047 bytes; such a word is cut to its first
    /// ``longestQueryWord`` bytes, as stored words are, and matched as a prefix; the statement
    /// then checks it whole against `long_words` (see ``SQL/matching(_:)``).
    static func tsquery(_ search: SearchText) -> String {
        search.words.enumerated().map { index, word in
            let (text, isCut) = cut(word)
            let quoted = "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "''") + "'"
            return index == search.words.count - 1 || isCut ? quoted + ":*" : quoted
        }.joined(separator: " & ")
    }

    /// The longest word, in UTF-8 bytes, kept whole in a `tsvector` or `tsquery`.
    static let longestQueryWord = 2_046

    /// `word`, cut at a scalar boundary to at most ``longestQueryWord`` bytes, and whether it was cut.
    private static func cut(_ word: String) -> (String, Bool) {
        guard word.utf8.count > longestQueryWord else { return (word, false) }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in word.unicodeScalars {
            bytes += String(scalar).utf8.count
            guard bytes <= longestQueryWord else { break }
            kept.append(scalar)
        }
        return (String(kept), true)
    }
}

/// Reading typed values from a row by column name.
extension PostgresRandomAccessRow {
    func value<Value: PostgresDecodable>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        do {
            return try self[column].decode(Value.self)
        } catch {
            throw StorageError.backend("column \(column): \(String(reflecting: error))")
        }
    }

    func id<Kind>(_ column: String, as type: ResourceID<Kind>.Type = ResourceID<Kind>.self) throws -> ResourceID<Kind> {
        let text: String = try value(column)
        guard let id = ResourceID<Kind>(rawValue: text) else {
            throw StorageError.backend("column \(column) holds a malformed id")
        }
        return id
    }

    func optionalID<Kind>(_ column: String, as type: ResourceID<Kind>.Type = ResourceID<Kind>.self) throws
        -> ResourceID<Kind>?
    {
        guard let text = try value(column, as: String?.self) else { return nil }
        guard let id = ResourceID<Kind>(rawValue: text) else {
            throw StorageError.backend("column \(column) holds a malformed id")
        }
        return id
    }

    func date(_ column: String) throws -> Date {
        Date(millisecondsSince1970: try value(column, as: Int64.self))
    }

    func optionalDate(_ column: String) throws -> Date? {
        try value(column, as: Int64?.self).map(Date.init(millisecondsSince1970:))
    }

    func version() throws -> Int { Int(try value("version", as: Int64.self)) }

    func enumValue<Value: RawRepresentable<String>>(_ column: String, as type: Value.Type = Value.self) throws
        -> Value
    {
        let text: String = try value(column)
        guard let value = Value(rawValue: text) else {
            throw StorageError.backend("column \(column) holds an unknown value \(text)")
        }
        return value
    }

    func customFields() throws -> [String: JSONValue] {
        let text: String = try value("custom_fields")
        guard case .object(let fields)? = try? JSONParser.parse(text) else {
            throw StorageError.backend("column custom_fields holds no JSON object")
        }
        return fields
    }
}

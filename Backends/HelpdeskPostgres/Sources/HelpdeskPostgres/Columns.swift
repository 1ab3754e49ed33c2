#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif
internal import Helpdesk
internal import PostgresNIO

/// How values are kept in columns, and read back from a row.
enum Columns {
    /// `custom_fields` as JSON text (kept as written, so it reads back exactly).
    static func json(_ fields: [String: JSONValue]) -> String {
        JSONWriter.string(.object(fields))
    }

    /// Milliseconds since 1970.
    static func time(_ date: Date) -> Int64 { date.millisecondsSince1970 }

    /// The distinct search words of `fields`, as `array_to_tsvector` takes them.
    static func words(_ fields: [String]) -> [String] {
        Array(Set(fields.flatMap(SearchWords.words(in:)))).sorted()
    }

    /// `'w1' & 'w2' & 'last':*`: every word must be a word of the record, the last one may be a
    /// prefix. Read by `tsquery`'s own input, which takes quoted words as they are.
    static func tsquery(_ search: SearchText) -> String {
        let quoted = search.words.map { "'" + $0.replacing("\\", with: "\\\\").replacing("'", with: "''") + "'" }
        return quoted.enumerated().map { $0.offset == quoted.count - 1 ? $0.element + ":*" : $0.element }
            .joined(separator: " & ")
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

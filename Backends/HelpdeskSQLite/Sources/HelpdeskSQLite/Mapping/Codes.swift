internal import GRDB
internal import Helpdesk

#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// How values the library holds are written in columns, and read back.
enum Codes {
    /// A time as whole milliseconds since 1970.
    static func time(_ date: Date) -> Int64 { date.millisecondsSince1970 }

    static func date(_ milliseconds: Int64) -> Date { Date(millisecondsSince1970: milliseconds) }

    /// Custom fields as a JSON object.
    static func json(_ fields: [String: JSONValue]) -> String { JSONWriter.string(.object(fields)) }

    /// Custom fields read back; a column that holds no JSON object is a corrupt database.
    static func fields(_ text: String, column: String) throws -> [String: JSONValue] {
        guard let object = (try? JSONParser.parse(text))?.objectValue else {
            throw StorageError.backend("\(column) holds no JSON object")
        }
        return object
    }

    /// A raw value read back as an enum case; an unknown one is a corrupt database.
    static func value<Value: RawRepresentable>(_ raw: Value.RawValue, as type: Value.Type, column: String) throws
        -> Value
    {
        guard let value = Value(rawValue: raw) else { throw StorageError.backend("\(column) holds \(raw)") }
        return value
    }

    /// An id read back; a malformed one is a corrupt database.
    static func id<Kind>(_ raw: String, as type: ResourceID<Kind>.Type, column: String) throws -> ResourceID<Kind> {
        guard let id = ResourceID<Kind>(rawValue: raw) else { throw StorageError.backend("\(column) holds \(raw)") }
        return id
    }

    /// The priority's rank, stored so that `priority DESC` is most urgent first.
    static func rank(_ priority: TicketPriority) -> Int64 { Int64(priority.rank) }

    static func priority(rank: Int64) throws -> TicketPriority {
        guard let priority = TicketPriority.allCases.first(where: { Int64($0.rank) == rank }) else {
            throw StorageError.backend("tickets.priority holds \(rank)")
        }
        return priority
    }

    /// A sort value as a bound parameter.
    static func databaseValue(_ value: SortValue) -> DatabaseValue {
        switch value {
        case .integer(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}

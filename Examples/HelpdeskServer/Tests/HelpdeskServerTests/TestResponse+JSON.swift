import HTTPTypes
import Helpdesk
import HummingbirdTesting
import NIOCore

/// What a test asks of an answer's JSON body.
struct MissingValue: Error, CustomStringConvertible {
    var description: String
}

extension TestResponse {
    /// The body parsed as JSON; `nil` when empty or not JSON.
    var json: JSONValue? {
        try? JSONParser.parse(body.readableBytesView)
    }

    /// The value at a path of object keys (array indexes as decimal strings).
    func value(_ path: String...) -> JSONValue? { json?.value(at: path) }

    /// The string at `data.<path>`; throws if there is none.
    func data(_ path: String...) throws -> String {
        guard let text = json?.value(at: ["data"] + path)?.stringValue else {
            throw MissingValue(description: "no data.\(path.joined(separator: ".")) in \(String(buffer: body))")
        }
        return text
    }

    /// `error.code` of an error answer.
    var errorCode: String? { value("error", "code")?.stringValue }

    /// The items of a list answer.
    var items: [JSONValue] {
        if case .array(let items)? = value("data") { return items }
        return []
    }

    /// `meta.total` of a list answer.
    var total: Int? {
        if case .number(let number)? = value("meta", "total") { return Int(number) }
        return nil
    }

    /// A header's value by name.
    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headers[$0] }
    }
}

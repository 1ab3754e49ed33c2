#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A model that writes its own wire JSON in one pass, without `Codable`'s containers: the
/// fast path of list answers. Its members come in sorted key order, so its bytes are the
/// ones ``JSONTreeEncoder`` writes for its `Encodable` form; the tests hold the two together.
protocol WireJSON {
    /// Appends the value's JSON to `output`.
    func writeJSON(to output: inout [UInt8])
}

/// Writes the members of one JSON object, which the caller gives in sorted key order.
struct JSONObjectWriter {
    private(set) var output: [UInt8]
    private var isFirst = true

    /// Appends `{`, the members `body` writes, and `}` to `output`.
    static func write(to output: inout [UInt8], _ body: (inout JSONObjectWriter) -> Void) {
        var writer = JSONObjectWriter(output: output)
        output = []
        writer.output.append(UInt8(ascii: "{"))
        body(&writer)
        writer.output.append(UInt8(ascii: "}"))
        output = writer.output
    }

    private init(output: [UInt8]) { self.output = output }

    /// Keys are literals of plain ASCII, written without a scan for escapes.
    private mutating func key(_ name: StaticString) {
        if isFirst {
            output.append(UInt8(ascii: "\""))
            isFirst = false
        } else {
            output.append(UInt8(ascii: ","))
            output.append(UInt8(ascii: "\""))
        }
        name.withUTF8Buffer { output.append(contentsOf: $0) }
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: StaticString, _ value: String) {
        key(name)
        JSONWriter.writeString(value, to: &output)
    }

    /// The string, or `null`.
    mutating func string(_ name: StaticString, orNull value: String?) {
        key(name)
        if let value { JSONWriter.writeString(value, to: &output) } else { output.append(contentsOf: "null".utf8) }
    }

    /// A time in the wire format (ISO 8601, UTC).
    mutating func date(_ name: StaticString, _ date: Date) {
        key(name)
        output.append(UInt8(ascii: "\""))
        ISO8601.write(milliseconds: date.millisecondsSince1970, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    mutating func value(_ name: StaticString, _ value: JSONValue) {
        key(name)
        JSONWriter.write(value, to: &output)
    }

    mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        output.append(UInt8(ascii: "["))
        for (offset, value) in values.enumerated() {
            if offset > 0 { output.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(value, to: &output)
        }
        output.append(UInt8(ascii: "]"))
    }

    /// A nested object.
    mutating func object(_ name: StaticString, _ body: (inout JSONObjectWriter) -> Void) {
        key(name)
        Self.write(to: &output, body)
    }

    /// `null`.
    mutating func null(_ name: StaticString) {
        key(name)
        output.append(contentsOf: "null".utf8)
    }
}

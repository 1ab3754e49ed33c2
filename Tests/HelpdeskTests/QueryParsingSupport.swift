import Helpdesk
import Testing

/// A list query's parser, as a function value.
typealias QueryParser<Query> = (QueryItems) throws(HelpdeskError) -> Query

/// One refused query string and what the error must say about it.
struct RefusedQuery: Sendable, CustomTestStringConvertible {
    /// The raw query string.
    var raw: String
    /// The parameter the error must name in `fields`.
    var field: String
    /// Text the field's reason must contain.
    var reason: String

    init(_ raw: String, _ field: String, _ reason: String) {
        self.raw = raw
        self.field = field
        self.reason = reason
    }

    var testDescription: String { "?\(raw) → \(field)" }
}

/// Parses `raw` with `parse`, expecting `BAD_REQUEST`; answers the error.
@discardableResult
func expectBadRequest<Query>(
    _ raw: String, _ parse: QueryParser<Query>, sourceLocation: SourceLocation = #_sourceLocation
) -> HelpdeskError? {
    let error = #expect(throws: HelpdeskError.self, sourceLocation: sourceLocation) {
        _ = try parse(try QueryItems(parsing: raw))
    }
    #expect(error?.code == .badRequest, sourceLocation: sourceLocation)
    #expect(error?.status == 400, sourceLocation: sourceLocation)
    return error
}

/// Checks that `parse` refuses `refused.raw` naming exactly `refused.field`, with its reason in the message too.
func expectRefused<Query>(
    _ refused: RefusedQuery, _ parse: QueryParser<Query>, sourceLocation: SourceLocation = #_sourceLocation
) {
    let error = expectBadRequest(refused.raw, parse, sourceLocation: sourceLocation)
    #expect(error.map { Array($0.fields.keys) } == [refused.field], sourceLocation: sourceLocation)
    let reason = error?.fields[refused.field] ?? ""
    #expect(reason.contains(refused.reason), "reason: \(reason)", sourceLocation: sourceLocation)
    #expect(error?.message.contains(refused.field) == true, sourceLocation: sourceLocation)
    #expect(error?.message.contains(reason) == true, sourceLocation: sourceLocation)
}

/// Parses `raw` with `parse`, which must succeed.
func parsed<Query>(_ raw: String, _ parse: QueryParser<Query>) throws -> Query {
    try parse(try QueryItems(parsing: raw))
}

/// `text` percent-encoded for a query value: everything but unreserved ASCII becomes `%XX`.
func percentEncoded(_ text: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            bytes.append(byte)
        default:
            bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// A small seeded generator (SplitMix64), so that random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random string of `count` scalars drawn mostly from `alphabet`, sometimes from all of Unicode.
func randomText(_ count: Int, from alphabet: [Character], using generator: inout SeededGenerator) -> String {
    var text = ""
    for _ in 0..<count {
        if Int.random(in: 0..<8, using: &generator) == 0 {
            let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
            text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        } else {
            text.append(alphabet.randomElement(using: &generator) ?? "a")
        }
    }
    return text
}

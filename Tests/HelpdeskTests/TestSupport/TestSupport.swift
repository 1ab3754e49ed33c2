import Foundation
import Testing

@testable import Helpdesk

/// `unit` repeated `count` times: strings exactly at (or one over) a length limit.
func repeated(_ unit: String, _ count: Int) -> String {
    String(repeating: unit, count: count)
}

/// The date `milliseconds` after 1970, as the library stores dates.
func instant(_ milliseconds: Int64) -> Date {
    Date(millisecondsSince1970: milliseconds)
}

/// 2025-01-15T10:30:00Z, the seed's favourite instant.
let seedInstant = instant(1_736_937_000_000)

/// Parses JSON text that a test wrote and knows to be valid.
func json(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
    do throws(JSONParser.Failure) {
        return try JSONParser.parse(text)
    } catch {
        Issue.record("test JSON does not parse: \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// SplitMix64: a small seeded generator, so that property tests repeat exactly.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Encodes `value` with `JSONEncoder` and reads it back as a JSON object.
func wireObject(
    _ value: some Encodable, encoder: JSONEncoder = JSONEncoder(), sourceLocation: SourceLocation = #_sourceLocation
) throws -> [String: JSONValue] {
    let parsed = try JSONParser.parse(Array(try encoder.encode(value)))
    return try #require(parsed.objectValue, "not encoded as an object", sourceLocation: sourceLocation)
}

/// Encodes `value` with `JSONEncoder` and decodes it again with `JSONDecoder`.
func codingRoundTrip<Value: Codable>(_ value: Value) throws -> Value {
    try JSONDecoder().decode(Value.self, from: try JSONEncoder().encode(value))
}

/// Decodes the `data` member of a response envelope, as the seed shows them.
func decodeData<Value: Decodable>(_ type: Value.Type, fromEnvelope text: String) throws -> Value {
    try JSONDecoder().decode(Envelope<Value>.self, from: Data(text.utf8)).data
}

/// `{"data": …}`, the wrapper of every answer.
struct Envelope<Value: Decodable>: Decodable {
    var data: Value
}

/// Whether `byte` is one of `A-Z a-z 0-9 - _`, the characters of id suffixes and base64url.
func isURLSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "_"):
        true
    default:
        false
    }
}

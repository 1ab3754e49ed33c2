import Foundation
import Testing

@testable import Helpdesk

@Suite struct JSONWriterTests {
    static let everyControlCharacter = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))

    static let roundTripValues: [JSONValue] = [
        .null, .bool(true), .bool(false),
        .number(0), .number(-1), .number(1.5), .number(0.1), .number(-2.5e-7), .number(1e300),
        .number(.leastNonzeroMagnitude),
        .number(9_007_199_254_740_992), .number(-9_007_199_254_740_991), .number(1.7976931348623157e308),
        // -2⁶³ converts to an Int64 exactly, whose absolute value does not exist.
        .number(-9_223_372_036_854_775_808), .number(9_223_372_036_854_775_808),
        .string(""), .string("plain"), .string("quote \" backslash \\ slash /"),
        .string(everyControlCharacter), .string("\u{7F}\u{80}\u{2028}\u{2029}\u{FEFF}"),
        .string("é e\u{301} 日本語 😀 👍🏽 \u{10FFFF}"),
        .array([]), .object([:]),
        .array([.null, .array([.array([])]), .object(["": .string("")])]),
        .object(["é": .number(1), "日本": .array([.bool(false)]), "a\"b": .null, "\n": .object(["x": .string("y")])]),
    ]

    @Test(arguments: roundTripValues)
    func writingThenParsingGivesTheValue(value: JSONValue) throws {
        #expect(try JSONParser.parse(JSONWriter.bytes(value)) == value)
        #expect(try JSONParser.parse(JSONWriter.string(value)) == value)
    }

    static let exactOutput: [(JSONValue, String)] = [
        (.null, "null"),
        (.bool(true), "true"),
        (.number(42), "42"),
        (.number(-0.0), "0"),
        (.number(2.5), "2.5"),
        (.number(1e20), "1e+20"),
        (.string("a\"b\\c\nd\re\tf\u{01}g\u{1F}"), #""a\"b\\c\nd\re\tf\u0001g\u001f""#),
        (.string("é/😀"), "\"é/😀\""),
        (.array([.number(1), .null, .string("x")]), #"[1,null,"x"]"#),
        (.object(["b": .number(2), "a": .number(1), "C": .number(3)]), #"{"C":3,"a":1,"b":2}"#),
    ]

    @Test(arguments: exactOutput)
    func writesCompactSortedEscapedText(value: JSONValue, expected: String) {
        #expect(JSONWriter.string(value) == expected)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func writesNonFiniteNumbersAsNull(number: Double) {
        #expect(JSONWriter.string(.number(number)) == "null")
    }

    @Test func appendsToExistingOutput() {
        var output = Array("prefix:".utf8)
        JSONWriter.write(.array([.bool(false)]), to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "prefix:[false]")
    }

    @Test(arguments: roundTripValues)
    func foundationCodingRoundTrips(value: JSONValue) throws {
        let wrapped = JSONValue.array([value])
        #expect(try codingRoundTrip(wrapped) == wrapped)
    }

    @Test func foundationDecodingKeepsEachType() throws {
        let decoded = try JSONDecoder().decode(
            JSONValue.self, from: Data(#"[true, 1, 0, 1.5, "1", null, {"a": [false]}]"#.utf8))
        #expect(
            decoded
                == .array([
                    .bool(true), .number(1), .number(0), .number(1.5), .string("1"), .null,
                    .object(["a": .array([.bool(false)])]),
                ]))
    }

    @Test func describesTypesForErrorMessages() {
        #expect(JSONValue.null.typeDescription == "null")
        #expect(JSONValue.bool(true).typeDescription == "a boolean")
        #expect(JSONValue.number(1).typeDescription == "a number")
        #expect(JSONValue.string("").typeDescription == "a string")
        #expect(JSONValue.array([]).typeDescription == "an array")
        #expect(JSONValue.object([:]).typeDescription == "an object")
        #expect(JSONValue.string("x").stringValue == "x")
        #expect(JSONValue.number(1).stringValue == nil)
        #expect(JSONValue.object(["a": .null]).objectValue == ["a": .null])
        #expect(JSONValue.array([]).objectValue == nil)
    }
}

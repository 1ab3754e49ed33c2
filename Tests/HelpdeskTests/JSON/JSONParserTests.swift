import Testing

@testable import Helpdesk

@Suite struct JSONParserTests {
    static let validDocuments: [(String, JSONValue)] = [
        ("null", .null),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("0", .number(0)),
        ("-0", .number(0)),
        ("42", .number(42)),
        ("-17", .number(-17)),
        ("3.25", .number(3.25)),
        ("1e3", .number(1000)),
        ("1E+3", .number(1000)),
        ("25e-1", .number(2.5)),
        ("0.5e1", .number(5)),
        ("0e-400", .number(0)),
        ("-0.000e999", .number(0)),
        ("5e-324", .number(Double.leastNonzeroMagnitude)),
        ("1.7976931348623157e308", .number(1.7976931348623157e308)),
        ("\"\"", .string("")),
        ("\"plain\"", .string("plain")),
        (#""\"\\\/\b\f\n\r\t""#, .string("\"\\/\u{08}\u{0C}\n\r\t")),
        (#""\u00e9\u00C9""#, .string("éÉ")),
        (#""\u0000""#, .string("\u{0}")),
        (#""\ud83d\ude00""#, .string("😀")),
        ("\"é日本😀\"", .string("é日本😀")),
        ("[]", .array([])),
        ("{}", .object([:])),
        (
            "[1, \"a\", null, true, [], {}]",
            .array([.number(1), .string("a"), .null, .bool(true), .array([]), .object([:])])
        ),
        (
            #"{"a": {"b": [1, {"c": null}]}, "d": "e"}"#,
            .object(["a": .object(["b": .array([.number(1), .object(["c": .null])])]), "d": .string("e")])
        ),
        (" \t\r\n[ 1 , 2 ]\n\t ", .array([.number(1), .number(2)])),
        (#"{"":1}"#, .object(["": .number(1)])),
        (#"{"a":1,"A":2}"#, .object(["a": .number(1), "A": .number(2)])),
    ]

    @Test(arguments: validDocuments)
    func parsesValidDocument(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
        #expect(try JSONParser.parse(Array(text.utf8)) == expected)
    }

    static let invalidDocuments: [String] = [
        "", " ", "\n",
        "[1,]", "[1,,2]", "[,1]", #"{"a":1,}"#, "[1 2]", #"{"a":1 "b":2}"#,
        "01", "-01", "00", "1.", ".5", "+1", "1e", "1e+", "-", "--1", "0x10", "1.2.3", "1e400", "-1e400", "1e-400",
        "-0.5e-400", "[0.0000001e-999]",
        "tru", "nul", "True", "NULL", "undefined", "hello", "NaN", "Infinity", "-Infinity",
        "'a'", "{'a':1}", "{a:1}", #"{"a"}"#, #"{"a":}"#, #"{"a" 1}"#, "{1:2}", "[", "{", "]", "}", #"{"a":1"#,
        "\"unterminated", "\"\\\"", "\"a\u{01}b\"", "\"tab\there\"", "\"line\nbreak\"", "\"\u{1F}\"",
        #""\x41""#, #""\a""#, #""\U0041""#, #""\u12""#, #""\u12G4""#, #""\u""#, "\"\\",
        #""\ud800""#, #""\udc00""#, #""\ud800\u0041""#, #""\ud800x""#, #""\ud800\ud800""#, #""\udc00\ud800""#,
        #"{"a":1,"a":2}"#, #"{"a":{"b":1,"b":1}}"#,
        "1 2", "{} x", "[] []", "null,", "\"a\"\"b\"", "1\u{0}",
        "//c\n1", "/*c*/1", "\u{A0}1", "\u{FEFF}1",
    ]

    @Test(arguments: invalidDocuments)
    func refusesInvalidDocument(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
    }

    static let invalidUTF8: [[UInt8]] = [
        [0x22, 0xFF, 0x22],  // never valid in UTF-8
        [0x22, 0x80, 0x22],  // lone continuation byte
        [0x22, 0xC0, 0xAF, 0x22],  // overlong '/'
        [0x22, 0xE0, 0x80, 0xAF, 0x22],  // overlong, three bytes
        [0x22, 0xED, 0xA0, 0x80, 0x22],  // an encoded surrogate
        [0x22, 0xE2, 0x82, 0x22],  // truncated sequence
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
        [0x22, 0x61, 0xC3, 0x22],  // truncated at the closing quote
        [0x7B, 0x22, 0xFE, 0x22, 0x3A, 0x31, 0x7D],  // in a key
        [0xEF, 0xBB, 0xBF, 0x31],  // a byte order mark
        [0xFF],
    ]

    @Test(arguments: invalidUTF8)
    func refusesInvalidUTF8(bytes: [UInt8]) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(bytes) }
    }

    @Test func acceptsEveryWellFormedMultibyteLength() throws {
        let bytes: [UInt8] = [0x22, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x22]
        #expect(try JSONParser.parse(bytes) == .string("é€😀"))
    }

    @Test(arguments: ["[", "{\"k\":"])
    func acceptsNestingOf64AndRefuses65(opener: String) throws {
        let closer = opener == "[" ? "]" : "}"
        func nested(_ depth: Int) -> String { repeated(opener, depth) + "1" + repeated(closer, depth) }
        #expect(JSONParser.maximumDepth == 64)
        var value = try JSONParser.parse(nested(64))
        var depth = 0
        while let inner = value.onlyChild {
            depth += 1
            value = inner
        }
        #expect(depth == 64)
        #expect(value == .number(1))
        let failure = #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(nested(65)) }
        #expect(failure?.reason.contains("deeper") == true)
    }

    @Test func countsMixedNestingTogether() {
        let mixed = repeated("[{\"k\":", 32) + "[1]" + repeated("}]", 32)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(mixed) }
        let fits = repeated("[{\"k\":", 32) + "1" + repeated("}]", 32)
        #expect((try? JSONParser.parse(fits)) != nil)
    }

    @Test func refusesVeryDeepInputWithoutRecursingIntoIt() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(repeated("[", 1_000_000)) }
    }

    @Test func reportsTheOffsetOfTheProblem() {
        let trailing = #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("[1] x") }
        #expect(trailing?.offset == 4)
        #expect(trailing?.description.contains("at byte 4") == true)
        let empty = #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("") }
        #expect(empty?.offset == 0)
        let comma = #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("[1,]") }
        #expect(comma?.offset == 3)
    }

    @Test func namesTheDuplicateKey() {
        let failure = #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(#"{"same":1,"same":1}"#) }
        #expect(failure?.reason.contains("same") == true)
    }
}

extension JSONValue {
    /// The single element or member of a one-element array or one-member object.
    var onlyChild: JSONValue? {
        switch self {
        case .array(let elements) where elements.count == 1: elements[0]
        case .object(let members) where members.count == 1: members.first?.value
        default: nil
        }
    }
}

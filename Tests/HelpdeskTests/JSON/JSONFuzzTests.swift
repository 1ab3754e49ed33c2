import Testing

@testable import Helpdesk

/// Property tests: any bytes either parse or throw (never trap), and whatever parses writes back to itself.
@Suite struct JSONFuzzTests {
    /// Bytes that JSON gives meaning to, plus a few that break UTF-8, so that random strings get far.
    static let alphabet = Array(#"{}[]":,.-+eE0123456789 \tntrufalse\u"#.utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xA9, 0xFF]

    static let seedDocuments = [
        #"{"subject":"Help needed","tags":["a","b"],"n":-1.5e3,"ok":true,"x":null}"#,
        #"[1,[2,[3,{"k":"\u00e9\ud83d\ude00\n"}]],false]"#,
        #"{"custom_fields":{"plan":"pro","seats":12,"trial":false},"assignee_id":null}"#,
    ]

    /// Parses `bytes`; if they parse, the value must survive writing and parsing again,
    /// and if they do not, the failure must point inside the input.
    static func checkNeverTraps(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        do throws(JSONParser.Failure) {
            let value = try JSONParser.parse(bytes)
            #expect(try JSONParser.parse(JSONWriter.bytes(value)) == value, sourceLocation: sourceLocation)
        } catch {
            #expect((0...bytes.count).contains(error.offset), "\(error) for \(bytes)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: 1...4 as ClosedRange<UInt64>)
    func randomBytesParseOrThrow(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...24, using: &random)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &random)
                    ? Self.alphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            Self.checkNeverTraps(bytes)
        }
    }

    @Test(arguments: seedDocuments)
    func mutatedDocumentsParseOrThrow(document: String) throws {
        let original = Array(document.utf8)
        #expect((try? JSONParser.parse(original)) != nil)
        var random = SeededRandom(seed: UInt64(original.count))
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0...Int.random(in: 0...2, using: &random) {
                Self.mutate(&bytes, using: &random)
            }
            Self.checkNeverTraps(bytes)
        }
    }

    /// Replaces, inserts, deletes or duplicates a byte at a random place.
    static func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let index = Int.random(in: 0...bytes.count, using: &random)
        let byte =
            Bool.random(using: &random)
            ? alphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
        switch (Int.random(in: 0..<4, using: &random), index < bytes.count) {
        case (0, true): bytes[index] = byte
        case (1, true): bytes.remove(at: index)
        case (2, true): bytes.insert(bytes[index], at: index)
        default: bytes.insert(byte, at: index)
        }
    }

    @Test func randomValuesSurviveWritingAndParsing() throws {
        var random = SeededRandom(seed: 2025)
        for _ in 0..<500 {
            let value = Self.randomValue(depth: 0, using: &random)
            #expect(try JSONParser.parse(JSONWriter.bytes(value)) == value)
        }
    }

    static func randomValue(depth: Int, using random: inout SeededRandom) -> JSONValue {
        switch Int.random(in: 0..<(depth < 4 ? 7 : 5), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .number(randomNumber(using: &random))
        case 3, 4: return .string(randomString(using: &random))
        case 5:
            return .array(
                (0..<Int.random(in: 0...4, using: &random)).map { _ in randomValue(depth: depth + 1, using: &random) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                members[randomString(using: &random)] = randomValue(depth: depth + 1, using: &random)
            }
            return .object(members)
        }
    }

    /// Small integers, fractions, and any finite bit pattern (subnormals and huge values too).
    static func randomNumber(using random: inout SeededRandom) -> Double {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return Double(Int.random(in: -1_000_000...1_000_000, using: &random))
        case 1: return Double.random(in: -1...1, using: &random)
        default:
            let value = Double(bitPattern: random.next())
            return value.isFinite ? value : 0.5
        }
    }

    static func randomString(using random: inout SeededRandom) -> String {
        let scalars: [Unicode.Scalar] = [
            "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é",
            "\u{301}", "\u{2028}", "日", "😀", "\u{FFFF}", "\u{10FFFF}",
        ]
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...8, using: &random) { text.append(scalars.randomElement(using: &random)!) }
        return String(text)
    }
}

import Foundation
import Testing

@testable import Helpdesk

@Suite struct SearchWordsTests {
    static let examples: [(String, [String])] = [
        ("", []),
        ("  ,.;  ", []),
        ("Help needed", ["help", "needed"]),
        ("user@example.com", ["user", "example", "com"]),
        ("HELLO wOrLd", ["hello", "world"]),
        ("snake_case-and-kebab", ["snake", "case", "and", "kebab"]),
        ("don't stop", ["don", "t", "stop"]),
        ("order #12345, 4.5 stars", ["order", "12345", "4", "5", "stars"]),
        ("abc123def", ["abc123def"]),
        ("Crème Brûlée", ["creme", "brulee"]),
        ("Cre\u{300}me Bru\u{302}le\u{301}e", ["creme", "brulee"]),
        ("e\u{301}", ["e"]),
        ("ÀÉÎÕÜ Ç Ñ Ý ÿ", ["aeiou", "c", "n", "y", "y"]),
        ("Straße Æsir Øre", ["straße", "æsir", "øre"]),
        ("Łódź Đakovo", ["łodz", "đakovo"]),
        ("İstanbul ıi", ["istanbul", "ıi"]),
        ("Привет, МИР", ["привет", "мир"]),
        ("αθήνα ΑΘΉΝΑ Αθηνα", ["αθηνα", "αθηνα", "αθηνα"]),
        ("ΟΔΟΣ οδος σίσυφος ΣΊΣΥΦΟΣ", ["οδοσ", "οδοσ", "σισυφοσ", "σισυφοσ"]),  // final sigma as sigma
        ("ёлка Ёлка Йошкар-Ола", ["елка", "елка", "иошкар", "ола"]),
        ("日本語のテキスト", ["日本語のテキスト"]),
        ("a😀b", ["a", "b"]),
        ("x²y", ["x", "y"]),
        ("٣٤ apples", ["٣٤", "apples"]),
        ("tab\tnew\nline", ["tab", "new", "line"]),
        ("repeat repeat", ["repeat", "repeat"]),
    ]

    @Test(arguments: examples)
    func splitsAndFolds(text: String, words: [String]) {
        #expect(SearchWords.words(in: text) == words)
    }

    /// Every letter of U+00C0…U+024F folds like its canonical decomposition without marks, lower-cased.
    @Test func foldsLatinLettersToTheirBaseLetters() throws {
        for value in UInt32(0xC0)..<0x250 {
            let scalar = try #require(Unicode.Scalar(value))
            guard scalar.properties.isAlphabetic else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }
            let expected = String(String.UnicodeScalarView(base)).lowercased()
            #expect(
                SearchWords.words(in: String(scalar)) == [expected], "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func foldsAWordOfAnyLength() {
        let long = String(repeating: "日", count: 50_000) + String(repeating: "Ά", count: 50_000)
        #expect(
            SearchWords.words(in: long) == [
                String(repeating: "日", count: 50_000) + String(repeating: "α", count: 50_000)
            ])
    }

    @Test func foldsUpperAndLowerCaseAlike() {
        let upper = "ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦȺ"
        #expect(SearchWords.words(in: upper) == SearchWords.words(in: upper.lowercased()))
        #expect(SearchWords.words(in: upper) == [repeated("a", upper.count - 1) + "ⱥ"])
    }

    /// Every ASCII byte, in random runs: the byte-wise path gives what the Unicode path gives.
    @Test func asciiPathAgreesWithTheUnicodePath() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<2_000 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).map { _ in UInt8(random.next() % 128) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(SearchWords.asciiWords(in: text) == SearchWords.unicodeWords(in: text), "\(bytes)")
        }
        #expect(SearchWords.asciiWords(in: "Crème") == nil)
    }
}

import Testing

@testable import Helpdesk

@Suite struct SearchTextTests {
    @Test(arguments: ["", "   ", "!!! ...", "😀"])
    func needsALetterOrDigit(query: String) {
        #expect(SearchText(query) == nil)
    }

    @Test func keepsTheQuerysFoldedWords() {
        #expect(SearchText("  Billing ISSUE ")?.words == ["billing", "issue"])
        #expect(SearchText("user@example.com")?.words == ["user", "example", "com"])
    }

    static let fields = ["Refund for order 12345", "Customer says the crème brûlée was cold", "user@example.com"]

    static let matching: [(String, Bool)] = [
        ("refund", true),
        ("REFUND order", true),
        ("order refund", true),
        ("12345", true),
        ("123", true),
        ("creme brulee", true),
        ("CRÈME", true),
        ("user@example.com", true),
        ("example user", true),
        ("ref", true),
        ("refund ord", true),
        ("cust", true),
        ("ref order", false),
        ("refunds", false),
        ("refund missing", false),
        ("missing", false),
        ("creme pie", false),
        ("rder", false),
        ("xample.com", false),
    ]

    @Test(arguments: matching)
    func matchesAllWordsAndTheLastAsAPrefix(query: String, matches: Bool) throws {
        let search = try #require(SearchText(query))
        #expect(search.matches(fields: Self.fields) == matches)
    }

    @Test func aSortedWordListFindsWordsAndPrefixesByTheirBytes() {
        let list = SearchWordList(fields: ["zeta alpha", "beta alpha", "Ωmega éclair"])
        for word in ["alpha", "beta", "zeta", "ωmega", "eclair"] { #expect(list.contains(word), "\(word)") }
        for word in ["alph", "alphas", "gamma", "", "a"] { #expect(!list.contains(word), "\(word)") }
        for prefix in ["", "a", "alp", "alpha", "b", "z", "ω", "ecl"] {
            #expect(list.containsWord(startingWith: prefix), "\(prefix)")
        }
        for prefix in ["alphab", "c", "zz", "ωn", "é"] {
            #expect(!list.containsWord(startingWith: prefix), "\(prefix)")
        }
        #expect(!SearchWordList(fields: []).containsWord(startingWith: ""))
    }

    @Test func matchesAWordListKeptBesideARecord() throws {
        let words = SearchWordList(fields: ["beta", "Alpha"])
        #expect(try #require(SearchText("be")).matches(words))
        #expect(try #require(SearchText("alpha be")).matches(words))
        #expect(!(try #require(SearchText("al be")).matches(words)))
        #expect(!(try #require(SearchText("gamma")).matches(SearchWordList(fields: []))))
    }
}

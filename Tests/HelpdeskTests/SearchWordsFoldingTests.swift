import Helpdesk
import Testing

/// Search words fold precomposed letters to the same base letter as their decomposed spelling.
@Suite struct SearchWordsFoldingTests {
    /// Letters whose canonical decomposition goes through another precomposed letter (Ǣ → Æ + macron).
    @Test(arguments: [
        ("Ǣ", "Æ\u{304}", "æ"), ("ǣ", "æ\u{304}", "æ"), ("Ǯ", "Ʒ\u{30C}", "ʒ"), ("ǯ", "ʒ\u{30C}", "ʒ"),
        ("Ǽ", "Æ\u{301}", "æ"), ("ǽ", "æ\u{301}", "æ"), ("Ǿ", "Ø\u{301}", "ø"), ("ǿ", "ø\u{301}", "ø"),
    ])
    func foldsToBaseLetter(precomposed: String, decomposed: String, folded: String) {
        #expect(SearchWords.words(in: precomposed) == [folded])
        #expect(SearchWords.words(in: decomposed) == [folded])
    }
}

@Suite struct VietnameseFoldingTests {
    @Test func precomposedAndDecomposedVietnameseFoldAlike() {
        #expect(SearchWords.words(in: "Tiếng Việt") == ["tieng", "viet"])
        #expect(SearchWords.words(in: "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t") == ["tieng", "viet"])
        #expect(SearchWords.words(in: "Ḁḃ") == ["ab"])
    }
}

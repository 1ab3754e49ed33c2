/// A search query: its folded words. Every word must match a word of the
/// record; the last one may match as a prefix (SPEC §4).
public struct SearchText: Hashable, Sendable {
    /// The folded words, in the order given.
    public let words: [String]

    /// `nil` if `text` has no letter or digit.
    public init?(_ text: String) {
        let words = SearchWords.words(in: text)
        guard !words.isEmpty else { return nil }
        self.words = words
    }

    /// Whether a record with these words matches.
    public func matches(_ recordWords: SearchWordList) -> Bool {
        guard let last = words.last else { return true }
        for word in words.dropLast() where !recordWords.contains(word) { return false }
        return recordWords.containsWord(startingWith: last)
    }

    /// Whether a record whose text fields are `fields` matches.
    public func matches(fields: [String]) -> Bool {
        matches(SearchWordList(fields: fields))
    }
}

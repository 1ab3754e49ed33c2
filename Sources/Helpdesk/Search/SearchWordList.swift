/// The distinct folded words of a record's text, sorted by their UTF-8 bytes: what a store
/// keeps beside a long record (an article) so that a search looks its words up rather than
/// folding the record's text again.
public struct SearchWordList: Hashable, Sendable {
    private let words: [String]

    /// The words of `fields`, as ``SearchWords/words(in:)`` gives them.
    public init(fields: [String]) {
        words = Set(fields.flatMap(SearchWords.words(in:))).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether `word` is one of the words.
    public func contains(_ word: String) -> Bool {
        let index = words.firstIndex(notBeforeBytesOf: word)
        return index < words.endIndex && words[index] == word
    }

    /// Whether some word starts with `prefix`.
    public func containsWord(startingWith prefix: String) -> Bool {
        let index = words.firstIndex(notBeforeBytesOf: prefix)
        return index < words.endIndex && words[index].utf8.starts(with: prefix.utf8)
    }
}

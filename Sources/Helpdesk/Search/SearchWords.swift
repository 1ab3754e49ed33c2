import Foundation  // `decomposedStringWithCanonicalMapping`, which FoundationEssentials does not have

/// Splits text into search words and folds them: maximal runs of letters and
/// digits, lower-cased, without diacritics (SPEC §6).
///
/// ASCII text is read byte by byte; any other text is decomposed and its combining marks
/// dropped, so that accented letters of every script (Latin, Greek, Cyrillic) fold to their
/// base letters.
public enum SearchWords {
    /// The folded words of `text`, in order, repeats kept.
    public static func words(in text: String) -> [String] {
        asciiWords(in: text) ?? unicodeWords(in: text)
    }

    /// The words of text that is all ASCII, read byte by byte; `nil` for any other text.
    /// Gives what ``unicodeWords(in:)`` gives, without looking up Unicode properties.
    static func asciiWords(in text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var spans: [ASCIIWordSpan] = []
            guard asciiWordSpans(in: bytes, into: &spans) else { return nil }
            return spans.map { span in
                String(unsafeUninitializedCapacity: span.end - span.start) { word in
                    for offset in 0..<word.count { word[offset] = folded(bytes[span.start + offset]) }
                    return word.count
                }
            }
        }
    }

    /// Where a word of ASCII text lies in its bytes, and whether it holds an upper-case letter.
    struct ASCIIWordSpan {
        var start: Int
        var end: Int
        var folds: Bool
    }

    /// Replaces `spans` with the words of ASCII text (maximal runs of letters and digits);
    /// false, with `spans` unfinished, for text with any other byte.
    static func asciiWordSpans(in bytes: UnsafeBufferPointer<UInt8>, into spans: inout [ASCIIWordSpan]) -> Bool {
        spans.removeAll(keepingCapacity: true)
        var start = -1
        var folds = false
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if start < 0 { start = index }
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if start < 0 { start = index }
                folds = true
            case 0x80...:
                return false
            default:
                if start >= 0 { spans.append(ASCIIWordSpan(start: start, end: index, folds: folds)) }
                start = -1
                folds = false
            }
        }
        if start >= 0 { spans.append(ASCIIWordSpan(start: start, end: bytes.count, folds: folds)) }
        return true
    }

    /// An ASCII letter or digit, folded: upper case to lower.
    static func folded(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// The words of any text, by the scalars' Unicode properties. Each letter is decomposed
    /// on its own (canonically: `é` is `e` and a combining accent, `ή` is `η` and one), its
    /// marks dropped and the rest lower-cased, with the final sigma `ς` as `σ`; a combining mark
    /// that follows a letter is dropped too. Letters are decomposed one at a time, and each
    /// distinct letter once, because decomposing a whole text takes time in the square of its
    /// length.
    static func unicodeWords(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var foldings: [Unicode.Scalar: String.UnicodeScalarView] = [:]
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if scalar.value < 0x80, properties.isAlphabetic || properties.generalCategory == .decimalNumber {
                current.append(
                    scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar)
            } else if isMark(scalar) {
                continue
            } else if properties.isAlphabetic || properties.generalCategory == .decimalNumber {
                let folded = foldings[scalar] ?? folding(of: scalar)
                foldings[scalar] = folded
                for part in folded { current.append(part) }
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return category == .nonspacingMark || category == .enclosingMark
    }

    /// A letter or digit beyond ASCII, decomposed, without marks, lower-cased.
    private static func folding(of scalar: Unicode.Scalar) -> String.UnicodeScalarView {
        var folded = String.UnicodeScalarView()
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars where !isMark(part) {
            guard part.properties.changesWhenLowercased else {
                folded.append(part == "ς" ? "σ" : part)
                continue
            }
            // `İ` lower-cases to `i` and a combining dot, which goes like any other mark.
            for lower in part.properties.lowercaseMapping.unicodeScalars where !isMark(lower) {
                folded.append(lower == "ς" ? "σ" : lower)
            }
        }
        return folded
    }
}

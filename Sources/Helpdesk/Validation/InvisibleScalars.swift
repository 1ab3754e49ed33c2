/// The scalars a tag name may not hold: the control characters (C0, DEL and C1), and the
/// format characters and separators that show nothing, so that `"\u{200B}vip"` and `"vip"`
/// would be two tags that look the same, or a direction mark would reorder what a list shows.
///
/// Zero width joiner and non-joiner (U+200C, U+200D) stay: emoji sequences and several
/// scripts need them. So do the tag characters of flag emoji, which lie outside the Basic
/// Multilingual Plane like the few other format characters left out here.
enum InvisibleScalars {
    /// The control characters.
    static let controls: [ClosedRange<UInt32>] = [0x00...0x1F, 0x7F...0x9F]

    /// The invisible format characters, fillers and separators: soft hyphen, Arabic letter
    /// mark, Mongolian vowel separator, zero width space, left-to-right and right-to-left marks,
    /// line and paragraph separators, the bidirectional embeddings, overrides and isolates, word
    /// joiner and invisible operators, the Hangul fillers that stand alone, the byte order mark,
    /// interlinear annotation marks. Not the joiners and the variation selectors, which emoji
    /// need, nor the invisible marks that combine with the letter before them (combining
    /// grapheme joiner, Khmer inherent vowels, the conjoining Hangul fillers): Swift's regular
    /// expressions, which the OpenAPI pattern must agree with, read a class by characters.
    static let formats: [ClosedRange<UInt32>] = [
        0xAD...0xAD, 0x061C...0x061C, 0x180E...0x180E, 0x200B...0x200B, 0x200E...0x200F, 0x2028...0x202E,
        0x2060...0x2064, 0x2066...0x206F, 0x3164...0x3164, 0xFEFF...0xFEFF, 0xFFA0...0xFFA0, 0xFFF9...0xFFFB,
    ]

    /// Why `text` may not be a tag name for what it holds, or `nil`.
    static func problem(in text: String) -> String? {
        // Below U+0080, a UTF-8 byte is its own scalar; most names are ASCII.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
        for scalar in text.unicodeScalars {
            if controls.contains(where: { $0.contains(scalar.value) }) { return "must not contain control characters" }
            if formats.contains(where: { $0.contains(scalar.value) }) {
                return "must not contain invisible characters (such as U+200B or a direction mark)"
            }
        }
        return nil
    }

    /// Every refused scalar as the inside of a regular-expression class (`\x00-\x1F…`), in a
    /// syntax ECMAScript, Python and Swift read alike.
    static let patternClass = classText(controls + formats)

    /// Unicode's `White_Space`, which trimming removes.
    static let whiteSpace: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0, 0x1680...0x1680,
        // U+2000 and U+2001 alone, not as a range's bound: Swift regexes compare by canonical
        // equivalence, under which they are U+2002 and U+2003, and refuse them as bounds.
        0x2000...0x2000, 0x2001...0x2001, 0x2002...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000,
    ]

    /// ``whiteSpace`` as the inside of a class, for patterns that allow white space at either
    /// end of a value (`\s` differs between ECMAScript, Python and Swift).
    static let whiteSpaceClass = classText(whiteSpace)

    private static func classText(_ ranges: [ClosedRange<UInt32>]) -> String {
        ranges.map { range in
            range.lowerBound == range.upperBound
                ? escaped(range.lowerBound) : escaped(range.lowerBound) + "-" + escaped(range.upperBound)
        }.joined()
    }

    /// `\xHH` below U+0100, `\uHHHH` above: escapes ECMAScript, Python and Swift read alike.
    private static func escaped(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let digits = value < 0x100 ? 2 : 4
        return (value < 0x100 ? "\\x" : "\\u") + String(repeating: "0", count: digits - hex.count) + hex
    }
}

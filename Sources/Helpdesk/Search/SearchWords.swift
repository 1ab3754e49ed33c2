/// Splits text into search words and folds them: maximal runs of letters and
/// digits, lower-cased, without diacritics (SPEC §6).
///
/// Folding needs no ICU: combining marks are dropped, and the precomposed Latin
/// letters U+00C0…U+024F and U+1E00…U+1EFF map to their base letter through a table made from
/// Unicode's canonical decompositions.
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

    /// The words of any text, by the scalars' Unicode properties.
    static func unicodeWords(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
                continue
            }
            if properties.isAlphabetic || properties.generalCategory == .decimalNumber {
                appendFolded(scalar, to: &current)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to word: inout String.UnicodeScalarView) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            word.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 32) ?? scalar : scalar)
        case 0xC0..<0x250:
            word.append(latinFolding[Int(value - 0xC0)])
        case 0x1E00..<0x1F00:
            word.append(latinExtendedAdditionalFolding[Int(value - 0x1E00)])
        default:
            word.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
    }

    /// U+00C0…U+024F, each folded to its lower-case base letter.
    private static let latinFolding: [Unicode.Scalar] = Array(
        "aaaaaaæceeeeiiiiðnooooo×øuuuuyþßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyaaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀŀłłnnnnnnŉŋŋooooooœœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaaaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøøaaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ"
            .unicodeScalars)

    /// U+1E00…U+1EFF (Vietnamese and other precomposed letters), each folded to its lower-case base letter.
    private static let latinExtendedAdditionalFolding: [Unicode.Scalar] = Array(
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyẚſẜẝßẟaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyỻỻỽỽỿỿ"
            .unicodeScalars)
}

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
            var words: [String] = []
            var word: [UInt8] = []
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
                case 0x80...: return nil
                default:
                    if !word.isEmpty {
                        words.append(String(decoding: word, as: UTF8.self))
                        word.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
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

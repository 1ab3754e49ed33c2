/// Splits text into search words and folds them: maximal runs of letters and
/// digits, lower-cased, without diacritics (SPEC §6).
///
/// Folding needs no ICU: combining marks are dropped, and the precomposed Latin
/// letters U+00C0…U+024F and U+1E00…U+1EFF map to their base letter through a table made from
/// Unicode's canonical decompositions.
public enum SearchWords {
    /// The folded words of `text`, in order, repeats kept.
    public static func words(in text: String) -> [String] {
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

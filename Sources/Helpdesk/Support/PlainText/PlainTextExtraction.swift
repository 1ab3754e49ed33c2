/// One forward pass over conversation content that writes what a reader sees of it, for
/// ``PlainText``. Every search ahead either consumes what it reads or, failing, is not made
/// again, so the pass takes time linear in the content's length.
struct PlainTextExtraction {
    typealias Scalars = Substring.UnicodeScalarView

    /// The text so far, before blank lines and spaces are collapsed.
    private(set) var output = ""
    private var rest: Scalars
    private var links: MarkdownLinks
    /// The `](url)` of the link whose `[` was dropped, skipped when the pass reaches it.
    private var linkTarget: Range<Scalars.Index>?
    /// False once no `>` is left: no later `<` can close a tag.
    private var tagsCloseAhead = true
    /// False once a comment was found never to close: no later one will.
    private var commentsCloseAhead = true
    /// Whether the output's last line has more than spaces: a `>` before that marks a quote.
    private var lineHasText = false
    /// The run of `*` or `_` being read: where it ends, and whether it is emphasis (dropped).
    private var delimiterRun: (end: Scalars.Index, isEmphasis: Bool)?

    init(_ content: String) {
        rest = content.unicodeScalars[...]
        links = MarkdownLinks(in: rest)
    }

    mutating func run() {
        while let scalar = rest.first {
            switch scalar {
            case "<": readAngleBracket()
            case "&": readAmpersand()
            case "[", "!": readLinkStart(scalar)
            case "]": readLinkTarget()
            case "*", "_": readDelimiter(scalar)
            default: readText(scalar)
            }
        }
    }

    /// A tag, a comment, an autolink, or a `<` that is text.
    private mutating func readAngleBracket() {
        let afterOpen = rest.dropFirst()
        guard tagsCloseAhead, HTMLMarkup.opensTag(afterOpen) else { return readText("<") }
        if commentsCloseAhead, rest.starts(with: "<!--".unicodeScalars) {
            if let end = HTMLMarkup.commentEnd(rest) {
                rest = rest[end...]
                return
            }
            commentsCloseAhead = false
        }
        guard let close = afterOpen.firstIndex(of: ">") else {
            tagsCloseAhead = false
            return readText("<")
        }
        let tag = String(afterOpen[..<close])
        let lowercased = tag.lowercased()
        rest = rest[rest.index(after: close)...]
        if HTMLMarkup.isAutolink(tag) {
            for scalar in tag.unicodeScalars { append(scalar) }
        } else if HTMLMarkup.isBlockBreak(lowercased) {
            append("\n")
        } else if let element = HTMLMarkup.rawTextElement(openedBy: lowercased) {
            rest = HTMLMarkup.endTag(of: element, in: rest).map { rest[$0...] } ?? rest[rest.endIndex...]
        }
    }

    private mutating func readAmpersand() {
        guard let (decoded, after) = HTMLMarkup.entity(rest) else { return readText("&") }
        append(decoded)
        rest = after
    }

    /// The `[` of a link, or the `!` of an image, are dropped; any other is text.
    private mutating func readLinkStart(_ scalar: Unicode.Scalar) {
        let bracket = scalar == "[" ? rest : rest.dropFirst()
        guard bracket.first == "[", let target = links.target(ofLinkOpenedAt: bracket.startIndex) else {
            return readText(scalar)
        }
        linkTarget = target
        rest = bracket.dropFirst()
    }

    /// The `](url)` of a link whose `[` was dropped is skipped; any other `]` is text.
    private mutating func readLinkTarget() {
        guard let target = linkTarget, target.lowerBound == rest.startIndex else { return readText("]") }
        rest = rest[target.upperBound...]
        linkTarget = nil
    }

    /// A `*` or `_` of a run whose two sides are of different kinds (a space or either end, a
    /// punctuation mark, a letter or digit: `*bold*`, `(_it_)`, `**b**.`) is emphasis, and a
    /// `*` that opens a line before a space is a bullet; both are dropped. A run between two words (`5*3`, `snake_case`), two spaces (`2 * 3`) or two
    /// punctuation marks (`(*)`) is text. The run is measured once, at its first scalar.
    private mutating func readDelimiter(_ scalar: Unicode.Scalar) {
        if delimiterRun.map({ rest.startIndex >= $0.end }) ?? true {
            let end = rest.firstIndex { $0 != scalar } ?? rest.endIndex
            let next = end < rest.endIndex ? rest[end] : nil
            let isBullet = scalar == "*" && !lineHasText && Flank(next) == .space
            delimiterRun = (end, isBullet || Flank(output.unicodeScalars.last) != Flank(next))
        }
        if delimiterRun?.isEmphasis == false { append(scalar) }
        rest = rest.dropFirst()
    }

    /// What lies on one side of a run of `*` or `_`.
    private enum Flank {
        case space, punctuation, word

        init(_ scalar: Unicode.Scalar?) {
            guard let scalar, !scalar.properties.isWhitespace else {
                self = .space
                return
            }
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            self = isWord ? .word : .punctuation
        }
    }

    private mutating func readText(_ scalar: Unicode.Scalar) {
        if !isMarkdownMark(scalar, after: output.unicodeScalars.last) { append(scalar) }
        rest = rest.dropFirst()
    }

    /// `` ` `` anywhere, `#` opening a line (a heading) and `>` before any text on a line (a
    /// quote); `*` and `_` are read by ``readDelimiter(_:)``.
    private func isMarkdownMark(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "`": return true
        case "#": return previous == nil || previous == "\n" || previous == "#"
        case ">": return !lineHasText
        default: return false
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        output.unicodeScalars.append(scalar)
        if Character(scalar).isNewline {
            lineHasText = false
        } else if !scalar.properties.isWhitespace {
            lineHasText = true
        }
    }
}

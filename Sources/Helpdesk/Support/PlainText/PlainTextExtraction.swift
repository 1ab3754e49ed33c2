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

    private mutating func readText(_ scalar: Unicode.Scalar) {
        let next = rest.dropFirst()
        if !isMarkdownMark(scalar, after: output.unicodeScalars.last, before: next.first) { append(scalar) }
        rest = next
    }

    /// `*` and `` ` `` anywhere, `#` opening a line (a heading), `>` before any text on a line
    /// (a quote), and `_` at either end of a word (emphasis, not `snake_case`).
    private func isMarkdownMark(
        _ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?
    ) -> Bool {
        func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        switch scalar {
        case "*", "`": return true
        case "#": return previous == nil || previous == "\n" || previous == "#"
        case ">": return !lineHasText
        case "_": return !(isWordCharacter(previous) && isWordCharacter(next))
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

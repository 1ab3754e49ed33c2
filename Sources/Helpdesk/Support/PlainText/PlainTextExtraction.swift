/// One forward pass over conversation content that writes what a reader sees of it, for
/// ``PlainText``. Every search ahead either consumes what it reads or, failing, is not made
/// again, so the pass takes time linear in the content's length.
struct PlainTextExtraction {
    typealias Scalars = Substring.UnicodeScalarView

    /// The text so far, before blank lines and spaces are collapsed; the ranges in `removed`
    /// are not part of it (emphasis marks found to be paired after they were written).
    private var output: [Unicode.Scalar] = []
    private var removed: [Range<Int>] = []
    /// The whole content, to read the scalar before a run of `*` or `_`.
    private let content: Scalars
    private var rest: Scalars
    private var links: MarkdownLinks
    /// The `](url)` of the link whose `[` was dropped, skipped when the pass reaches it.
    private var linkTarget: Range<Scalars.Index>?
    /// False once no `>` is left: no later `<` can close a tag.
    private var tagsCloseAhead = true
    /// False once a comment was found never to close: no later one will.
    private var commentsCloseAhead = true
    /// False once a tag's quoted attribute value ran to the end: from then on a tag ends at
    /// its first `>`, so that no search runs to the end twice.
    private var quotedValuesCloseAhead = true
    /// Whether the output's last line has more than spaces: a `>` before that marks a quote.
    private var lineHasText = false
    /// The runs of `*` and of `_` written so far that may open emphasis, by their place in
    /// `output`, nearest last: a run that closes emphasis removes the nearest of its kind.
    private var openers: [Unicode.Scalar: [Opener]] = [:]
    /// Lengths of backtick runs found to have no closing run after them: none later will.
    private var unclosedBacktickRuns: Set<Int> = []

    /// A run that may open emphasis: where it was written, and what CommonMark's "rule of 3"
    /// reads of it.
    private struct Opener {
        let written: Range<Int>
        let length: Int
        let mayAlsoClose: Bool
    }

    init(_ content: String) {
        self.content = content.unicodeScalars[...]
        rest = self.content
        links = MarkdownLinks(in: rest)
    }

    /// The text, before blank lines and spaces are collapsed.
    var text: String {
        var isRemoved = [Bool](repeating: false, count: output.count)
        for range in removed { isRemoved.replaceSubrange(range, with: repeatElement(true, count: range.count)) }
        var text = String.UnicodeScalarView()
        for (offset, scalar) in output.enumerated() where !isRemoved[offset] { text.append(scalar) }
        return String(text)
    }

    mutating func run() {
        while let scalar = rest.first {
            switch scalar {
            case "<": readAngleBracket()
            case "&": readAmpersand()
            case "[", "!": readLinkStart(scalar)
            case "]": readLinkTarget()
            case "*", "_": readDelimiter(scalar)
            case "`": readBackticks()
            case "#": readHashes()
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
        var close = quotedValuesCloseAhead ? HTMLMarkup.tagEnd(afterOpen) : nil
        if close == nil {
            quotedValuesCloseAhead = false
            close = afterOpen.firstIndex(of: ">")
        }
        guard let close else {
            tagsCloseAhead = false
            return readText("<")
        }
        let tag = String(afterOpen[..<close])
        rest = rest[rest.index(after: close)...]
        switch HTMLMarkup.role(of: tag) {
        case .autolink: for scalar in tag.unicodeScalars { append(scalar) }
        case .lineBreak: append("\n")
        case .cellBreak: append(" ")
        case .rawText(let element):
            rest = HTMLMarkup.endTag(of: element, in: rest).map { rest[$0...] } ?? rest[rest.endIndex...]
        case .other: break
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

    /// A run of `*` or `_`, read whole, as CommonMark reads emphasis: a run that may close it
    /// (after a word, or after punctuation before a space or punctuation) removes the nearest
    /// earlier run of its kind that may open it (the mirror image) and is dropped itself; a run
    /// that may open it is written, to be removed if a closer comes; any other is text. So
    /// `*bold*`, `**b**.` and `(_it_)` lose their marks, while `5*3`, `2 * 3`, `10*-1` and
    /// `snake_case` keep theirs. `_` inside a word neither opens nor closes. A `*` that opens a
    /// line before a space is a bullet, and is dropped.
    private mutating func readDelimiter(_ scalar: Unicode.Scalar) {
        let end = rest.firstIndex { $0 != scalar } ?? rest.endIndex
        let run = rest[..<end]
        rest = rest[end...]
        let before = Flank(run.startIndex > content.startIndex ? content[content.index(before: run.startIndex)] : nil)
        let after = Flank(rest.first)
        if scalar == "*", run.count == 1, !lineHasText, after == .space { return }  // a bullet
        let left = after != .space && (after != .punctuation || before != .word)
        let right = before != .space && (before != .punctuation || after != .word)
        let canOpen = scalar == "*" ? left : left && (!right || before == .punctuation)
        let canClose = scalar == "*" ? right : right && (!left || after == .punctuation)
        if canClose, let opener = openers[scalar]?.last, Self.pairs(opener, closer: run.count, canOpen: canOpen) {
            openers[scalar]?.removeLast()
            removed.append(opener.written)
            return
        }
        let start = output.count
        for mark in run { append(mark) }
        if canOpen {
            openers[scalar, default: []]
                .append(Opener(written: start..<output.count, length: run.count, mayAlsoClose: canClose))
        }
    }

    /// CommonMark's rule of 3: when either run may both open and close, their lengths may not
    /// add up to a multiple of 3 unless both are one (`*a**` keeps its marks, as `5*3 … 2**10`
    /// does). Only the nearest opener is tried, so each run costs the same however many are open.
    private static func pairs(_ opener: Opener, closer length: Int, canOpen: Bool) -> Bool {
        guard opener.mayAlsoClose || canOpen else { return true }
        return (opener.length + length) % 3 != 0 || (opener.length % 3 == 0 && length % 3 == 0)
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
        if !isMarkdownMark(scalar) { append(scalar) }
        rest = rest.dropFirst()
    }

    /// Code, whose text is kept as written (`` `<br>` `` is `<br>`, `` `*p` `` is `*p`): a code
    /// span, from a run of backticks to the next run of as many, or a fenced block, from a line
    /// that opens with three or more (its info string dropped) to a line that opens with as
    /// many or more, or to the end. A run with no closing run is text.
    private mutating func readBackticks() {
        let end = rest.firstIndex { $0 != "`" } ?? rest.endIndex
        let length = rest.distance(from: rest.startIndex, to: end)
        let after = rest[end...]
        // Only a run that opens a line reads the rest of it: one read per line.
        if length >= 3, !lineHasText, let lineEnd = CodeFence.infoStringEnd(after) {
            let (code, next) = CodeFence.block(after[lineEnd...], fence: length)
            for scalar in code { append(scalar) }
            rest = next
            return
        }
        if !unclosedBacktickRuns.contains(length), let close = CodeFence.closingRun(of: length, in: after) {
            for scalar in after[..<close] { append(scalar) }
            rest = after[after.index(close, offsetBy: length)...]
            return
        }
        unclosedBacktickRuns.insert(length)
        for scalar in rest[..<end] { append(scalar) }
        rest = after
    }

    /// The one to six `#` that open a line before a space or the line's end (a heading's, as
    /// CommonMark reads them) are dropped; any other run is text (`#123`, `a #tag`).
    private mutating func readHashes() {
        let end = rest.firstIndex { $0 != "#" } ?? rest.endIndex
        let run = rest[..<end]
        rest = rest[end...]
        let endsMark = rest.first.map { $0 == " " || $0 == "\t" || Character($0).isNewline } ?? true
        guard lineHasText || run.count > 6 || !endsMark else { return }
        for scalar in run { append(scalar) }
    }

    /// `>` before any text on a line (a quote); `*` and `_` are read by ``readDelimiter(_:)``,
    /// backticks by ``readBackticks()``, `#` by ``readHashes()``.
    private func isMarkdownMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ">": return !lineHasText
        default: return false
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        output.append(scalar)
        if Character(scalar).isNewline {
            lineHasText = false
        } else if !scalar.properties.isWhitespace {
            lineHasText = true
        }
    }
}

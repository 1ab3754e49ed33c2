/// Turns conversation content (HTML or Markdown) into plain text for `content_text`.
public enum PlainText {
    /// `content` without HTML tags (a `<` that opens none, as in `1 < 2`, is text), with the
    /// common entities decoded, block tags as line breaks, Markdown emphasis (`*`, `` ` ``, `_`
    /// around words) and heading marks removed, and runs of blank lines and spaces collapsed.
    public static func from(_ content: String) -> String {
        var output = ""
        var scalars = content.unicodeScalars[...]
        // Once no `>` is left, no later `<` can close a tag: searching again for each would take
        // time in the square of the length (`<!<!<!…`).
        var closesAhead = true
        while let scalar = scalars.first {
            if scalar == "<", closesAhead, opensTag(scalars.dropFirst()),
                let close = nextClose(in: scalars, &closesAhead)
            {
                let tag = String(scalars[scalars.index(after: scalars.startIndex)..<close]).lowercased()
                if isBlockBreak(tag) { output.append("\n") }
                scalars = scalars[scalars.index(after: close)...]
            } else if scalar == "&", let (decoded, rest) = entity(scalars) {
                output.unicodeScalars.append(decoded)
                scalars = rest
            } else {
                let next = scalars.dropFirst()
                if !isMarkdownMark(scalar, after: output.unicodeScalars.last, before: next.first) {
                    output.unicodeScalars.append(scalar)
                }
                scalars = next
            }
        }
        return collapse(output)
    }

    /// The first `>` of `scalars`; when there is none, `closesAhead` becomes false.
    private static func nextClose(
        in scalars: Substring.UnicodeScalarView, _ closesAhead: inout Bool
    ) -> Substring.UnicodeScalarView.Index? {
        let close = scalars.firstIndex(of: ">")
        closesAhead = close != nil
        return close
    }

    /// Whether what follows a `<` makes it the start of a tag, as HTML reads it: a letter (`<b`),
    /// `/` and a letter (`</b`), `!` (a comment) or `?`. Any other `<` is text: `1 < 2`, `<=`, `<3`.
    private static func opensTag(_ rest: Substring.UnicodeScalarView) -> Bool {
        func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        switch rest.first {
        case "/": return isLetter(rest.dropFirst().first)
        case "!", "?": return true
        default: return isLetter(rest.first)
        }
    }

    /// `*` and `` ` `` anywhere, `#` opening a line (a heading), and `_` at either end of a
    /// word (emphasis, not `snake_case`).
    private static func isMarkdownMark(
        _ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?
    )
        -> Bool
    {
        func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        switch scalar {
        case "*", "`": return true
        case "#": return previous == nil || previous == "\n" || previous == "#"
        case "_": return !(isWordCharacter(previous) && isWordCharacter(next))
        default: return false
        }
    }

    private static func isBlockBreak(_ tag: String) -> Bool {
        let name = tag.trimmingPrefix("/").prefix { $0.isLetter || $0.isNumber }
        return ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"].contains(String(name))
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'",
    ]

    private static func entity(
        _ scalars: Substring.UnicodeScalarView
    ) -> (Unicode.Scalar, Substring.UnicodeScalarView)? {
        guard let end = scalars.prefix(12).firstIndex(of: ";") else { return nil }
        let name = String(scalars[scalars.index(after: scalars.startIndex)..<end])
        let rest = scalars[scalars.index(after: end)...]
        if let scalar = named[name] { return (scalar, rest) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, rest)
    }

    private static func collapse(_ text: String) -> String {
        var lines: [String] = []
        // By Character, "\r\n" is one newline (not "\n"), so split on every kind of line break.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            let joined = words.joined(separator: " ")
            if joined.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(joined)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

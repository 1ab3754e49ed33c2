/// What plain-text extraction needs to know about HTML: which `<` opens a tag, which tags break
/// lines or hold raw text, where comments end, and the entities it decodes.
enum HTMLMarkup {
    typealias Scalars = Substring.UnicodeScalarView

    /// Whether what follows a `<` makes it the start of a tag, as HTML reads it: a letter (`<b`),
    /// `/` and a letter (`</b`), `!` (a comment) or `?`. Any other `<` is text: `1 < 2`, `<=`, `<3`.
    static func opensTag(_ rest: Scalars) -> Bool {
        switch rest.first {
        case "/": return isASCIILetter(rest.dropFirst().first)
        case "!", "?": return true
        default: return isASCIILetter(rest.first)
        }
    }

    /// The `>` that ends a tag whose text starts `scalars`, as HTML reads it: not one inside a
    /// quoted attribute value (`<a title="a>b">`); nil when a quoted value runs to the end.
    static func tagEnd(_ scalars: Scalars) -> Scalars.Index? {
        var quote: Unicode.Scalar?
        var lastMark: Unicode.Scalar?
        for index in scalars.indices {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            if scalar == ">" { return index }
            if scalar == "\"" || scalar == "'", lastMark == "=" {
                quote = scalar
            } else if !scalar.properties.isWhitespace {
                lastMark = scalar
            }
        }
        return nil
    }

    /// What a tag does to the text around it.
    enum TagRole: Equatable {
        /// A Markdown autolink, whose text is kept.
        case autolink
        /// Ends a line of text (`<br>`, `<p>`, `</div>`, …).
        case lineBreak
        /// Ends a table cell, which a space keeps apart from the next (`<td>1</td><td>5</td>`
        /// is `1 5`, not `15`).
        case cellBreak
        /// Opens an element whose contents are code, not text (`style` or `script`).
        case rawText(element: String)
        /// Any other tag, dropped.
        case other
    }

    /// The role of a tag, given its text between `<` and `>`.
    static func role(of tag: String) -> TagRole {
        if isAutolink(tag) { return .autolink }
        let name = tag.trimmingPrefix("/").prefix { $0.isLetter || $0.isNumber }.lowercased()
        switch name {
        case "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote": return .lineBreak
        case "td", "th": return .cellBreak
        case "style", "script": return tag.hasPrefix("/") ? .other : .rawText(element: name)
        default: return .other
        }
    }

    /// Whether a tag's text is in fact a Markdown autolink: an address with a scheme of two or
    /// more letters (`https://example.com`, `mailto:me@example.com`) or an email address, with
    /// no space. `o:p` (a one-letter namespace, as Word writes) is a tag.
    private static func isAutolink(_ tag: String) -> Bool {
        guard !tag.hasPrefix("/"), !tag.contains(where: \.isWhitespace) else { return false }
        if let colon = tag.firstIndex(of: ":") {
            let scheme = tag[..<colon]
            return (2...32).contains(scheme.count) && scheme.unicodeScalars.allSatisfy { isASCIILetter($0) }
                && tag.index(after: colon) < tag.endIndex
        }
        guard let at = tag.firstIndex(of: "@") else { return false }
        return at > tag.startIndex && tag[tag.index(after: at)...].contains(".")
    }

    /// The `<` of the first end tag of `element` (any case) in `scalars`.
    static func endTag(of element: String, in scalars: Scalars) -> Scalars.Index? {
        let closer = "/" + element
        var rest = scalars
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if String(after.prefix(closer.unicodeScalars.count)).lowercased() == closer { return open }
            rest = after
        }
        return nil
    }

    /// Where a comment that starts `scalars` (`<!--`) ends, after its `-->`; nil when `scalars`
    /// opens no comment or the comment is never closed.
    static func commentEnd(_ scalars: Scalars) -> Scalars.Index? {
        let opener = "<!--".unicodeScalars
        guard scalars.starts(with: opener) else { return nil }
        var rest = scalars.dropFirst(opener.count)
        while let dash = rest.firstIndex(of: "-") {
            let after = rest[dash...]
            if after.starts(with: "-->".unicodeScalars) { return after.index(after.startIndex, offsetBy: 3) }
            rest = after.dropFirst()
        }
        return nil
    }

    /// The character reference (`&amp;`, `&#233;`, `&#xE9;`; the names of ``HTMLEntities``)
    /// that starts `scalars`, decoded, and what follows it; nil when `scalars` starts with no
    /// reference this knows.
    static func entity(_ scalars: Scalars) -> (Unicode.Scalar, Scalars)? {
        guard let end = scalars.prefix(12).firstIndex(of: ";") else { return nil }
        let name = String(scalars[scalars.index(after: scalars.startIndex)..<end])
        let rest = scalars[scalars.index(after: end)...]
        if let scalar = HTMLEntities.scalar(named: name) { return (scalar, rest) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, rest)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}

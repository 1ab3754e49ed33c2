/// Turns conversation content (HTML or Markdown) into plain text for `content_text`.
public enum PlainText {
    /// `content` as a reader sees it, in time linear in its length.
    ///
    /// - HTML: tags are removed (a `<` that opens none, as in `1 < 2`, is text), with block tags
    ///   as line breaks; comments and the contents of `<style>` and `<script>` are dropped;
    ///   numeric and common named character references are decoded; an autolink (`<https://…>`,
    ///   `<me@example.com>`) keeps its address.
    /// - Markdown: code (a span or a fenced block) is kept as written, without its backticks;
    ///   the `*` and `_` of emphasis (paired as CommonMark pairs them, so
    ///   `5*3` keeps its star), bullets, heading marks and blockquote marks are removed, and a
    ///   link or image (`[text](url)`, `![alt](url)`) keeps its text.
    /// - Runs of blank lines and of spaces are collapsed, and the ends trimmed.
    public static func from(_ content: String) -> String {
        var extraction = PlainTextExtraction(content)
        extraction.run()
        return collapse(extraction.text)
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

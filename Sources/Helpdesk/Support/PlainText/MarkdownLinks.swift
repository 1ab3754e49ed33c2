/// Finds Markdown links and images (`[text](url)`, `![alt](url)`) for a reader that goes
/// forward through content, in time linear in the content's length over the whole pass.
///
/// A link is a `[`, the first `](` after it with no other `[` between, and the first `)` after
/// that `(`: in `[a [b](c)`, only `[b](c)` is a link.
struct MarkdownLinks {
    typealias Scalars = Substring.UnicodeScalarView

    private let scalars: Scalars
    /// The `]` of the next `](` at or after the positions asked about so far.
    private var middle: Scalars.Index?
    /// The last `[` before `middle`, from where the search for `middle` began.
    private var opener: Scalars.Index?
    /// The first `)` after `middle`'s `(`. It stays the first `)` after any later `](` that
    /// comes before it, so it is not searched for again.
    private var close: Scalars.Index?
    /// Set once no `](`, or no `)` after one, is left: no later `[` opens a link.
    private var exhausted = false

    init(in scalars: Scalars) {
        self.scalars = scalars
    }

    /// The target (from `]` to `)`, both included) of the link whose `[` is at `position`;
    /// nil if that `[` opens no link. Each position asked about is at or after the last.
    mutating func target(ofLinkOpenedAt position: Scalars.Index) -> Range<Scalars.Index>? {
        if !exhausted, middle.map({ $0 < position }) ?? true { findMiddle(from: position) }
        guard !exhausted, opener == position, let middle, let close else { return nil }
        return middle..<scalars.index(after: close)
    }

    private mutating func findMiddle(from start: Scalars.Index) {
        var lastOpener: Scalars.Index?
        var index = start
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            switch scalars[index] {
            case "[":
                lastOpener = index
            case "]" where next < scalars.endIndex && scalars[next] == "(":
                middle = index
                opener = lastOpener
                findClose(from: scalars.index(after: next))
                return
            default:
                break
            }
            index = next
        }
        exhausted = true
    }

    private mutating func findClose(from start: Scalars.Index) {
        if let close, close >= start { return }
        close = scalars[start...].firstIndex(of: ")")
        if close == nil { exhausted = true }
    }
}

/// Where Markdown code ends: the closing run of a code span, and the closing line of a fenced
/// code block.
enum CodeFence {
    typealias Scalars = Substring.UnicodeScalarView

    /// The first run of exactly `length` backticks in `scalars` (a longer or shorter run does
    /// not close a span), by the index of its first backtick.
    static func closingRun(of length: Int, in scalars: Scalars) -> Scalars.Index? {
        var rest = scalars
        while let start = rest.firstIndex(of: "`") {
            let end = rest[start...].firstIndex { $0 != "`" } ?? rest.endIndex
            if rest.distance(from: start, to: end) == length { return start }
            rest = rest[end...]
        }
        return nil
    }

    /// Where the info string (`python`) of a fence's opening line ends, at the line's break or
    /// the end; nil when it holds a backtick, which makes the line no fence.
    static func infoStringEnd(_ scalars: Scalars) -> Scalars.Index? {
        let end = scalars.firstIndex { Character($0).isNewline } ?? scalars.endIndex
        return scalars[..<end].contains("`") ? nil : end
    }

    /// The code of a fenced block whose opening line ended where `scalars` starts (at its line
    /// break), and what follows its closing line: a line of at most three spaces and then at
    /// least `fence` backticks, and nothing else but spaces. With no such line, the block runs
    /// to the end.
    static func block(_ scalars: Scalars, fence: Int) -> (code: Scalars, rest: Scalars) {
        var lineStart = scalars.startIndex
        while let lineBreak = scalars[lineStart...].firstIndex(where: { Character($0).isNewline }) {
            lineStart = scalars.index(after: lineBreak)
            let line = scalars[lineStart...].prefix { !Character($0).isNewline }
            let indented = line.drop { $0 == " " }
            let backticks = indented.prefix { $0 == "`" }
            if line.distance(from: line.startIndex, to: indented.startIndex) <= 3, backticks.count >= fence,
                indented[backticks.endIndex...].allSatisfy({ $0 == " " || $0 == "\t" })
            {
                return (scalars[..<lineBreak], scalars[line.endIndex...])
            }
        }
        return (scalars, scalars[scalars.endIndex...])
    }
}

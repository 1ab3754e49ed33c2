extension HelpdeskError {
    /// The most refused fields or query parameters one error names.
    public static let namedProblemLimit = 20
    /// The most Unicode scalars of a refused field's name that an error repeats.
    public static let namedProblemLength = 100
}

/// The refused fields of one error that it names: the first
/// ``HelpdeskError/namedProblemLimit`` in reading order, each name cut to
/// ``HelpdeskError/namedProblemLength`` scalars, and how many more there were.
///
/// An answer to bad input stays about the size of what the client needs to
/// read, however many problems the input has and however long their names.
struct NamedProblems {
    /// The named fields and their reasons, in reading order.
    let shown: [(key: String, value: String)]
    /// How many refused fields are left unnamed.
    let unnamed: Int

    init(_ fields: [String: String]) {
        var shown: [(key: String, value: String)] = []
        var names: Set<String> = []
        var named = 0
        for (key, value) in fields.sorted(by: { Self.readingOrder($0.key, $1.key) }) {
            let name = String(String.UnicodeScalarView(key.unicodeScalars.prefix(HelpdeskError.namedProblemLength)))
            // Names that are one once cut count as named by the first of them.
            if names.contains(name) {
                named += 1
            } else if shown.count < HelpdeskError.namedProblemLimit {
                names.insert(name)
                shown.append((name, value))
                named += 1
            }
        }
        self.shown = shown
        self.unnamed = fields.count - named
    }

    /// The named fields as an error's `fields`.
    var fields: [String: String] {
        Dictionary(uniqueKeysWithValues: shown.map { ($0.key, $0.value) })
    }

    /// `", and 12 more"` when some are unnamed; empty otherwise.
    var moreSuffix: String { unnamed == 0 ? "" : ", and \(unnamed) more" }

    /// Names by their scalars, but a run of digits by its number, so that `tags[2]` comes
    /// before `tags[10]`.
    static func readingOrder(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs.unicodeScalars.makeIterator()
        var right = rhs.unicodeScalars.makeIterator()
        var pendingLeft = left.next()
        var pendingRight = right.next()
        while let l = pendingLeft, let r = pendingRight {
            if isDigit(l), isDigit(r) {
                let (leftDigits, nextLeft) = digits(from: l, &left)
                let (rightDigits, nextRight) = digits(from: r, &right)
                if leftDigits != rightDigits {
                    // Without leading zeros, a longer run is a larger number.
                    let a = leftDigits.drop { $0 == "0" }
                    let b = rightDigits.drop { $0 == "0" }
                    if a.count != b.count { return a.count < b.count }
                    if a != b { return a.lexicographicallyPrecedes(b) }
                    return leftDigits.count < rightDigits.count
                }
                pendingLeft = nextLeft
                pendingRight = nextRight
            } else {
                if l != r { return l.value < r.value }
                pendingLeft = left.next()
                pendingRight = right.next()
            }
        }
        return pendingLeft == nil && pendingRight != nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// The ASCII digits from `first` on, and the scalar after them.
    private static func digits(
        from first: Unicode.Scalar, _ rest: inout String.UnicodeScalarView.Iterator
    ) -> ([Unicode.Scalar], Unicode.Scalar?) {
        var run = [first]
        while let next = rest.next() {
            guard isDigit(next) else { return (run, next) }
            run.append(next)
        }
        return (run, nil)
    }
}

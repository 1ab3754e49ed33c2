extension HelpdeskError {
    /// The most refused fields or query parameters one error names.
    public static let namedProblemLimit = 20
}

/// The refused fields of one error that it names: the first
/// ``HelpdeskError/namedProblemLimit`` by name, each name cut to 100 characters,
/// and how many more there were.
///
/// An answer to bad input stays about the size of what the client needs to
/// read, however many problems the input has.
struct NamedProblems {
    /// The named fields and their reasons, sorted by name.
    let shown: [(key: String, value: String)]
    /// How many refused fields are left unnamed.
    let unnamed: Int

    init(_ fields: [String: String]) {
        let sorted = fields.sorted { $0.key < $1.key }
        shown = sorted.prefix(HelpdeskError.namedProblemLimit).map { (String($0.key.prefix(100)), $0.value) }
        unnamed = sorted.count - shown.count
    }

    /// The named fields as an error's `fields`.
    var fields: [String: String] {
        Dictionary(shown.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// `", and 12 more"` when some are unnamed; empty otherwise.
    var moreSuffix: String { unnamed == 0 ? "" : ", and \(unnamed) more" }
}

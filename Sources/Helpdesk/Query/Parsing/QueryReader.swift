/// Reads the parameters of one list's query string and collects every problem,
/// so that one error names them all.
///
/// The parameters a list reads are the ones it accepts: ``finish()`` refuses
/// every other one as unknown. Each read records the parameter, given or not,
/// so a list must read all of its parameters every time, before `finish()`.
struct QueryReader {
    private let items: QueryItems
    /// The parameters read so far, in order: the ones this list accepts.
    private var accepted: [String] = []
    /// Why each refused parameter was refused, by name.
    private(set) var problems: [String: String] = [:]

    init(_ items: QueryItems) { self.items = items }

    /// The value of `name`; `nil` if it was not given, or if it is empty (a problem).
    mutating func value(_ name: String) -> String? {
        accepted.append(name)
        guard let value = items[name] else { return nil }
        guard !value.isEmpty else {
            refuse(name, "must not be empty")
            return nil
        }
        return value
    }

    /// Whether `name` was given at all, empty or not. Does not count as reading it.
    func isGiven(_ name: String) -> Bool { items[name] != nil }

    /// Records why `name` is refused; the first reason for a parameter wins.
    mutating func refuse(_ name: String, _ reason: String) {
        if problems[name] == nil { problems[name] = reason }
    }

    /// Throws every problem found, with each parameter that was not read named as unknown.
    ///
    /// - Throws: `BAD_REQUEST` whose `fields` name every refused parameter.
    func finish() throws(HelpdeskError) {
        var problems = self.problems
        let list = accepted.joined(separator: ", ")
        for name in items.names where !accepted.contains(name) {
            problems[name] = "unknown query parameter; this list accepts \(list)"
        }
        guard problems.isEmpty else { throw .invalidQuery(problems) }
    }
}

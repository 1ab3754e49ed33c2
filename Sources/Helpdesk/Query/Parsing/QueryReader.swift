/// Reads the parameters of one list's query string and collects every problem,
/// so that one error names them all.
///
/// A reader is made with the names its list accepts (the list type's
/// `parameterNames`, which the OpenAPI document lists too): ``finish()`` refuses
/// every other one as unknown. Reading a name that is not declared is a
/// programmer error, caught by an assertion; so is declaring a name that is
/// never read before `finish()`, since the list would then ignore it silently.
struct QueryReader {
    private let items: QueryItems
    /// The parameters this list accepts, in the order its error messages name them.
    private let accepted: [String]
    #if DEBUG
    /// The parameters read so far, for the assertion that every accepted one is read.
    private var read: Set<String> = []
    #endif
    /// Why each refused parameter was refused, by name.
    private(set) var problems: [String: String] = [:]

    init(_ items: QueryItems, accepting names: [String]) {
        self.items = items
        self.accepted = names
    }

    /// The value of `name`; `nil` if it was not given, or if it is empty (a problem).
    mutating func value(_ name: String) -> String? {
        assert(accepted.contains(name), "query parameter \(name) is read but not declared")
        #if DEBUG
        read.insert(name)
        #endif
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

    /// Throws every problem found, with each parameter that is not accepted named as unknown.
    ///
    /// - Throws: `BAD_REQUEST` whose `fields` name every refused parameter.
    func finish() throws(HelpdeskError) {
        #if DEBUG
        assert(read.isSuperset(of: accepted), "query parameters \(Set(accepted).subtracting(read)) are never read")
        #endif
        var problems = self.problems
        for name in items.names where !accepted.contains(name) {
            problems[name] =
                accepted.isEmpty
                ? "unknown query parameter; this operation takes none"
                : "unknown query parameter; this list accepts \(accepted.joined(separator: ", "))"
        }
        guard problems.isEmpty else { throw .invalidQuery(problems) }
    }
}

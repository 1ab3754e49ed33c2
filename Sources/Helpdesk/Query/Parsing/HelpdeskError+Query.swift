extension HelpdeskError {
    /// `BAD_REQUEST` for the query string: `fields` names each refused parameter and why,
    /// and the message repeats them, so that it reads well on its own.
    ///
    /// ```
    /// Invalid query parameter limit: must be an integer from 1 to 100.
    /// Invalid query parameters: foo (unknown query parameter; …), limit (must be …).
    /// ```
    ///
    /// Past ``namedProblemLimit`` parameters, the error names the first by name and
    /// counts the rest, so that a query of thousands of unknown names gets a short answer.
    static func invalidQuery(_ fields: [String: String]) -> HelpdeskError {
        let named = NamedProblems(fields)
        let message: String
        if named.shown.count == 1, named.unnamed == 0, let only = named.shown.first {
            message = "Invalid query parameter \(only.key): \(only.value)."
        } else {
            message =
                "Invalid query parameters: " + named.shown.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
                + named.moreSuffix + "."
        }
        return HelpdeskError(.badRequest, message, fields: named.fields)
    }
}

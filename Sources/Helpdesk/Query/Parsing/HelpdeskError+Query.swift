extension HelpdeskError {
    /// `BAD_REQUEST` for the query string: `fields` names each refused parameter and why,
    /// and the message repeats them, so that it reads well on its own.
    ///
    /// ```
    /// Invalid query parameter limit: must be an integer from 1 to 100.
    /// Invalid query parameters: foo (unknown query parameter; …), limit (must be …).
    /// ```
    static func invalidQuery(_ fields: [String: String]) -> HelpdeskError {
        let sorted = fields.sorted { $0.key < $1.key }
        let message: String
        if sorted.count == 1, let only = sorted.first {
            message = "Invalid query parameter \(only.key): \(only.value)."
        } else {
            message =
                "Invalid query parameters: " + sorted.map { "\($0.key) (\($0.value))" }.joined(separator: ", ") + "."
        }
        return HelpdeskError(.badRequest, message, fields: fields)
    }
}

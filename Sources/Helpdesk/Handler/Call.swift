/// One authenticated request on its way through the handler.
struct Call: Sendable {
    let request: HelpdeskRequest
    let operation: Endpoint
    /// The values of the path's `{…}` parts in order (`{id}` first), decoded but not yet validated.
    let pathParameters: [String]
    let principal: Principal
    /// The JSON body, when it was already parsed on the way (for an `Idempotency-Key`'s check),
    /// so that ``jsonBody(limit:optional:)`` does not parse it again.
    var parsedBody: JSONValue?

    var author: Author { principal.author }

    /// The path's `{id}` as an id of `Kind`; `NOT_FOUND` if it has the wrong shape, as no
    /// record has that id (the same answer as for a well-formed id that no record has).
    func pathID<Kind: ResourceKind>(_ kind: Kind.Type = Kind.self) throws(HelpdeskError) -> ResourceID<Kind> {
        try pathID(at: 0)
    }

    /// The path's `position`-th `{…}` part as an id of `Kind`; `NOT_FOUND` if it has the wrong shape.
    func pathID<Kind: ResourceKind>(
        at position: Int, _ kind: Kind.Type = Kind.self
    ) throws(HelpdeskError) -> ResourceID<Kind> {
        guard pathParameters.indices.contains(position), let id = ResourceID<Kind>(rawValue: pathParameters[position])
        else { throw HelpdeskError.notFound(Kind.self) }
        return id
    }

    /// The query string's items.
    func queryItems() throws(HelpdeskError) -> QueryItems {
        try QueryItems(parsing: request.query)
    }

    /// Refuses any query parameter: single-record operations take none.
    func requireNoQuery() throws(HelpdeskError) {
        try QueryReader(queryItems(), accepting: []).finish()
    }

    /// The JSON body; `BAD_REQUEST` for a wrong or repeated `Content-Type`, a body over `limit`, or malformed JSON.
    func jsonBody(limit: Int, optional: Bool = false) throws(HelpdeskError) -> JSONValue {
        if optional, request.body.isEmpty { return .object([:]) }
        guard request.body.count <= limit else {
            throw HelpdeskError(.badRequest, "The body is larger than \(limit) bytes", fields: ["body": "is too large"])
        }
        let contentTypes = request.headerValues("Content-Type")
        guard contentTypes.count <= 1 else {
            throw HelpdeskError(
                .badRequest, "Send Content-Type once: the body's type must be one, application/json",
                fields: ["Content-Type": "must be given once"])
        }
        guard let contentType = contentTypes.first, Self.isJSON(contentType) else {
            throw HelpdeskError(
                .badRequest, "The body must be JSON with Content-Type: application/json",
                fields: ["Content-Type": "must be application/json"])
        }
        if let parsedBody { return parsedBody }
        do {
            return try JSONParser.parse(request.body)
        } catch {
            throw HelpdeskError(.badRequest, "Malformed JSON: \(error)", fields: ["body": "is not valid JSON"])
        }
    }

    /// `application/json`, optionally with `charset=utf-8` (its value may be quoted, as HTTP allows).
    static func isJSON(_ contentType: String) -> Bool {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: " \t").lowercased() }
        guard parts.first == "application/json" else { return false }
        return parts.dropFirst().allSatisfy {
            ["charset=utf-8", #"charset="utf-8""#].contains($0.replacing(" ", with: ""))
        }
    }
}

extension Substring {
    /// The substring without the given characters at either end.
    func trimmingCharacters(in characters: String) -> Substring {
        var text = self
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return text
    }
}

/// The shared parts of the answers: one error response per ``HelpdeskError/Code`` and
/// the response headers, for `components.responses` and `components.headers`.
extension OpenAPIResponses {
    private typealias S = JSONSchema

    /// The name of the shared response of an error code: `BAD_REQUEST` → `BadRequest`.
    static func name(of code: HelpdeskError.Code) -> String {
        code.rawValue.split(separator: "_").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined()
    }

    /// `components.responses`: one error response per code.
    static var components: [String: JSONValue] {
        Dictionary(
            uniqueKeysWithValues: HelpdeskError.Code.all.map { code in
                let extra = extraHeaders[code.rawValue] ?? []
                let schema = JSONValue.object([
                    "allOf": .array([
                        S.ref(OpenAPIResourceSchemas.error),
                        .object([
                            "properties": .object([
                                "error": .object([
                                    "properties": .object(["code": .object(["const": .string(code.rawValue)])])
                                ])
                            ])
                        ]),
                    ])
                ])
                let description = "\(code.status) \(code.rawValue): " + (descriptions[code.rawValue] ?? "An error.")
                return (name(of: code), response(description, headers: limits + extra, schema: schema))
            })
    }

    private static let extraHeaders: [String: [String]] = [
        "UNAUTHORIZED": ["WWW-Authenticate"], "METHOD_NOT_ALLOWED": ["Allow"], "TOO_MANY_REQUESTS": ["Retry-After"],
    ]

    private static let descriptions: [String: String] = [
        "BAD_REQUEST":
            "invalid request data. A refused body field (`details.fields` names each and why), an unknown, "
            + "repeated, empty or malformed query parameter, malformed JSON or JSON "
            + "nested too deeply, a body that is not `Content-Type: application/json` or is over the size limit, "
            + "a referenced record that does not exist, or a change a rule refuses (a closed ticket).",
        "UNAUTHORIZED": "a missing, malformed or unknown API key (`Authorization: Bearer <key>`).",
        "FORBIDDEN": "the key may not use this operation, or may not set these fields.",
        "NOT_FOUND": "no such record (a path id of the wrong shape included), or one this key may not see.",
        "METHOD_NOT_ALLOWED": "the path does not take this method; `Allow` lists those it takes.",
        "CONFLICT":
            "a unique value is taken, the `Idempotency-Key` was used with another request (or is still in use), "
            + "records that depend on this one block the delete, or a concurrent change got there first.",
        "PRECONDITION_FAILED": "`If-Match` no longer matches the record, or `If-None-Match` does.",
        "TOO_MANY_REQUESTS": "the key's rate limit is used up; retry after `Retry-After` seconds.",
        "INTERNAL_SERVER_ERROR": "an unexpected failure; nothing was changed.",
    ]

    /// `components.headers`: the response headers, by name.
    static let headers: [String: JSONValue] = [
        "X-RateLimit-Limit": header(S.integer(minimum: 1), "Requests the key may make per window (a token bucket)."),
        "X-RateLimit-Remaining": header(S.integer(minimum: 0), "Requests left now."),
        "X-RateLimit-Reset": header(S.integer(minimum: 0), "Seconds until the bucket is full again."),
        "Retry-After": header(S.integer(minimum: 1), "Whole seconds until a request is allowed again."),
        "ETag": header(S.string(pattern: #"^"[0-9a-f]{32}"$"#), "The record's version, for `If-Match`."),
        "Location": header(S.typed("string"), "The path of the new record, under the base path."),
        "Idempotent-Replayed": header(
            S.typed("string", ["enum": .array([.string("true")])]),
            "Present when this is the replay of an earlier answer to the same `Idempotency-Key`.", required: false),
        "WWW-Authenticate": header(S.typed("string"), "`Bearer`."),
        "Allow": header(S.typed("string"), "The methods the path takes, comma-separated."),
    ]

    private static func header(_ schema: JSONValue, _ description: String, required: Bool = true) -> JSONValue {
        .object(["schema": schema, "description": .string(description), "required": .bool(required)])
    }
}

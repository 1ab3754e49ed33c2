/// An error in the contract's format: a code, a message for people, and
/// details that name each offending field.
///
/// Every failure the library reports to a caller is one of these; the
/// handler writes it as `{"error": {"code", "message", "details"}}` with
/// ``status`` as the HTTP status.
public struct HelpdeskError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The machine-readable kind of error, as on the wire (`"NOT_FOUND"`).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, Sendable, CaseIterable {
            case badRequest = "BAD_REQUEST"
            case unauthorized = "UNAUTHORIZED"
            case forbidden = "FORBIDDEN"
            case notFound = "NOT_FOUND"
            case methodNotAllowed = "METHOD_NOT_ALLOWED"
            case conflict = "CONFLICT"
            case preconditionFailed = "PRECONDITION_FAILED"
            case tooManyRequests = "TOO_MANY_REQUESTS"
            case internalServerError = "INTERNAL_SERVER_ERROR"
        }

        private let value: Value

        private init(_ value: Value) { self.value = value }

        /// Invalid request data (400).
        public static let badRequest = Code(.badRequest)
        /// A missing, malformed or unknown API key (401).
        public static let unauthorized = Code(.unauthorized)
        /// The key may not do this (403).
        public static let forbidden = Code(.forbidden)
        /// No such resource, or one the caller may not see (404).
        public static let notFound = Code(.notFound)
        /// A known path with a method it does not support (405).
        public static let methodNotAllowed = Code(.methodNotAllowed)
        /// A unique value taken, an idempotency key reused, a delete blocked (409).
        public static let conflict = Code(.conflict)
        /// `If-Match` no longer matches, or the record changed underneath (412).
        public static let preconditionFailed = Code(.preconditionFailed)
        /// The key's rate limit is used up (429).
        public static let tooManyRequests = Code(.tooManyRequests)
        /// An unexpected failure inside the library or its store (500).
        public static let internalServerError = Code(.internalServerError)

        /// Every code, in order of status: what the OpenAPI document lists.
        static var all: [Code] { Value.allCases.map(Code.init) }

        /// The code as written on the wire.
        public var rawValue: String { value.rawValue }
        public var description: String { value.rawValue }

        /// The HTTP status that goes with the code.
        public var status: Int {
            switch value {
            case .badRequest: 400
            case .unauthorized: 401
            case .forbidden: 403
            case .notFound: 404
            case .methodNotAllowed: 405
            case .conflict: 409
            case .preconditionFailed: 412
            case .tooManyRequests: 429
            case .internalServerError: 500
            }
        }
    }

    /// What kind of error this is.
    public var code: Code
    /// A sentence for people, safe to show to the caller.
    public var message: String
    /// Why each offending field was refused, keyed by its wire name (`"email"`, `"tags[2]"`).
    public var fields: [String: String]

    /// An error with a code, a message and optional field reasons.
    public init(_ code: Code, _ message: String, fields: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.fields = fields
    }

    /// The HTTP status of ``code``.
    public var status: Int { code.status }

    public var description: String {
        fields.isEmpty ? "\(code): \(message)" : "\(code): \(message) \(fields.sorted { $0.key < $1.key })"
    }
}

extension HelpdeskError {
    /// `BAD_REQUEST` for request data, naming each refused field.
    ///
    /// Past ``namedProblemLimit`` fields, the error names the first by name and counts the rest.
    public static func invalid(_ fields: [String: String], message: String? = nil) -> HelpdeskError {
        let named = NamedProblems(fields)
        let names = named.shown.map(\.key).joined(separator: ", ")
        return HelpdeskError(
            .badRequest, message ?? "Invalid request data: \(names)\(named.moreSuffix).", fields: named.fields)
    }

    /// `BAD_REQUEST` naming one field.
    public static func invalid(field: String, _ reason: String) -> HelpdeskError {
        HelpdeskError(.badRequest, "Invalid \(field): \(reason).", fields: [field: reason])
    }

    /// `NOT_FOUND` for a resource kind: "Ticket not found".
    public static func notFound<Kind: ResourceKind>(_ kind: Kind.Type) -> HelpdeskError {
        HelpdeskError(.notFound, "\(Kind.displayName) not found")
    }

    /// `CONFLICT` for a unique field already taken.
    public static func taken(field: String, _ message: String) -> HelpdeskError {
        HelpdeskError(.conflict, message, fields: [field: "is already taken"])
    }

    /// `FORBIDDEN` with a reason.
    public static func forbidden(_ message: String = "Insufficient permissions") -> HelpdeskError {
        HelpdeskError(.forbidden, message)
    }

    /// `PRECONDITION_FAILED`: the record's current version fails the request's `If-Match` or `If-None-Match`.
    public static let preconditionFailed = HelpdeskError(
        .preconditionFailed, "The record's current version fails the request's precondition (If-Match or If-None-Match)"
    )

    /// `INTERNAL_SERVER_ERROR` that says nothing of the internals.
    public static let internalError = HelpdeskError(.internalServerError, "Internal error")
}

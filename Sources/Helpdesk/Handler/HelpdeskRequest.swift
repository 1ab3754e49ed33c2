/// An HTTP request as a server hands it over: method, path, raw query, headers and body bytes.
public struct HelpdeskRequest: Sendable, Hashable {
    /// `GET`, `POST` … (compared case-sensitively, as HTTP does).
    public var method: String
    /// The path, still percent-encoded, without the query: `/api/v1/tickets`.
    public var path: String
    /// The raw query string without `?`, still percent-encoded; empty when there is none.
    public var query: String
    /// Header fields in the order received; names compare case-insensitively.
    public var headers: [(name: String, value: String)]
    /// The body bytes, empty when there is none.
    public var body: [UInt8]

    public init(
        method: String, path: String, query: String = "", headers: [(name: String, value: String)] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// A request for a target such as `/api/v1/tickets?status=open`, split at the first `?`.
    public init(method: String, target: String, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        self.init(
            method: method, path: String(parts.first ?? ""), query: parts.count > 1 ? String(parts[1]) : "",
            headers: headers, body: body)
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Every value of a header, by case-insensitive name, in the order sent.
    public func headerValues(_ name: String) -> [String] {
        headers.lazy.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.query == rhs.query && lhs.body == rhs.body
            && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(path)
        hasher.combine(query)
        hasher.combine(body)
    }
}

extension String {
    /// ASCII case-insensitive equality, as header names compare.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }
}

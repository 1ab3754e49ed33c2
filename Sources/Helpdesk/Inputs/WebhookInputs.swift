/// A new webhook subscription, as `POST /webhooks` takes it.
public struct WebhookCreate: ValidatedInput, Hashable {
    /// An absolute `http` or `https` URL.
    public var url: String
    /// Event names or patterns (``EventCatalogue``); `["*"]` when not given.
    public var events: [String]
    public var description: String?
    public var isActive: Bool

    public init(url: String, events: [String] = ["*"], description: String? = nil, isActive: Bool = true) {
        self.url = url
        self.events = events
        self.description = description
        self.isActive = isActive
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            WebhookCreate(
                url: reader.string("url", maxLength: WebhookRules.urlLength.upperBound) ?? "",
                events: reader.strings("events", maxLength: WebhookRules.patternLength) ?? ["*"],
                description: reader.nullableString("description", maxLength: Limits.name.upperBound)?.newValue,
                isActive: reader.bool("active") ?? true)
        }
    }

    /// The URL and the event names are kept exactly as sent; the description is trimmed, and
    /// one that trims to nothing (or `null`) is none, as for every clearable field.
    public mutating func normalize() {
        description = description?.trimmed.nilIfEmpty
    }

    public func check(into errors: inout FieldErrors) {
        errors.check("url", WebhookRules.url(url))
        errors.check("events", WebhookRules.events(events))
        if let description { errors.check("description", FieldRules.text(description, Limits.name)) }
    }
}

/// A change to a webhook subscription, as `PATCH /webhooks/{id}` takes it. Setting `active`
/// to true resumes a paused subscription and clears its `paused_reason`.
public struct WebhookUpdate: ValidatedInput, Hashable {
    public var url: String?
    public var events: [String]?
    public var description: Patch<String>?
    public var isActive: Bool?

    public init(url: String? = nil, events: [String]? = nil, description: Patch<String>? = nil, isActive: Bool? = nil) {
        self.url = url
        self.events = events
        self.description = description
        self.isActive = isActive
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            WebhookUpdate(
                url: reader.string("url", maxLength: WebhookRules.urlLength.upperBound),
                events: reader.strings("events", maxLength: WebhookRules.patternLength),
                description: reader.nullableString("description", maxLength: Limits.name.upperBound),
                isActive: reader.bool("active"))
        }
    }

    /// The URL and the event names are kept exactly as sent; the description is trimmed, and
    /// one that trims to nothing clears it, as `null` does.
    public mutating func normalize() {
        description = description?.trimmedOrCleared
    }

    public func check(into errors: inout FieldErrors) {
        if let url { errors.check("url", WebhookRules.url(url)) }
        if let events { errors.check("events", WebhookRules.events(events)) }
        if case .set(let text)? = description { errors.check("description", FieldRules.text(text, Limits.name)) }
    }
}

/// The rules of webhook fields, which the OpenAPI document states as they are.
enum WebhookRules {
    static let urlLength = 1...2_048
    static let patternLength = 64
    static let maximumPatterns = 50

    /// An absolute `http` or `https` URL: a host name or a bracketed IPv6 address, an optional
    /// port, then visible ASCII, where a `%` begins an escape of two hex digits. No user name
    /// or password, no spaces.
    static let urlPattern =
        #"^[Hh][Tt][Tt][Pp][Ss]?://("# + hostNamePattern + #"|\["# + ipv6Pattern + #"\])(:"# + portPattern
        + ")?" + pathPattern + "$"

    /// What follows the host and port: a path, query or fragment of visible ASCII, where a `%`
    /// begins an escape of two hex digits; or nothing.
    static let pathPattern = #"([/?#]([!-$&-~]|%[0-9A-Fa-f]{2})*)?"#

    /// A host name (RFC 1123 §2.1) or a dotted IPv4 address: labels of letters, digits and
    /// hyphens, 1 to 63 characters that neither begin nor end with a hyphen, joined by dots,
    /// with an optional dot at the end. `x..example` and `-x.example` are no host.
    static let hostNamePattern: String = {
        let label = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        return "(\(label)\\.)*\(label)\\.?"
    }()

    /// A TCP port, 0 to 65535, in one to five digits: a larger number is no port, and an HTTP
    /// client handed one may trap rather than fail (swift-nio's `SocketAddress(ipAddress:port:)`
    /// does for a literal IP address).
    static let portPattern =
        "([0-9]{1,4}|[0-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])"

    /// An IPv6 address in hexadecimal groups (RFC 4291 §2.2, forms 1 and 2): eight groups, or
    /// fewer with one `::`. Anything looser in brackets is no address, and URL parsers refuse it.
    static let ipv6Pattern: String = {
        let group = "[0-9A-Fa-f]{1,4}"
        let forms = [
            "(\(group):){7}\(group)", "(\(group):){1,7}:", "(\(group):){1,6}:\(group)",
            "(\(group):){1,5}(:\(group)){1,2}", "(\(group):){1,4}(:\(group)){1,3}",
            "(\(group):){1,3}(:\(group)){1,4}", "(\(group):){1,2}(:\(group)){1,5}",
            "\(group):(:\(group)){1,6}", ":((:\(group)){1,7}|:)",
        ]
        return "(" + forms.joined(separator: "|") + ")"
    }()

    /// The subscription's patterns as stored: without repeats, sorted.
    static func normalized(_ patterns: [String]) -> [String] {
        Set(patterns).sorted()
    }

    static func events(_ patterns: [String]) -> String? {
        if patterns.isEmpty { return "must name at least one event (or *)" }
        if patterns.count > maximumPatterns { return "must name at most \(maximumPatterns) events" }
        return patterns.lazy.compactMap { pattern in EventCatalogue.problem(with: pattern).map { "\(pattern) \($0)" } }
            .first
    }

    /// Why `text` is not an absolute http(s) URL as ``urlPattern`` says (``urlProblem(_:)``
    /// names the part), or `nil`.
    static func url(_ text: String) -> String? {
        guard urlLength.contains(text.unicodeScalars.count), matches(urlPattern, text[...]) else {
            return urlProblem(text)
        }
        return nil
    }

    /// Whether the whole of `text` matches `pattern`.
    static func matches(_ pattern: String, _ text: Substring) -> Bool {
        guard let expression = try? Regex(pattern) else { return false }
        return (try? expression.wholeMatch(in: text)) != nil
    }
}

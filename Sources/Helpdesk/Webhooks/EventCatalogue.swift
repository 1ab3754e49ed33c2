/// Every event name the library writes, and the patterns a subscription may ask for.
public enum EventCatalogue {
    /// `ticket.created` … `api_key.created`: each kind of change the outbox records.
    public static let names: [String] = [
        "ticket.created", "ticket.updated", "ticket.deleted", "conversation.created",
        "customer.created", "customer.updated", "customer.deleted", "user.created", "user.updated",
        "tag.created", "tag.updated", "tag.deleted", "collection.created", "collection.updated",
        "collection.deleted", "article.created", "article.updated", "article.deleted", "api_key.created",
    ]

    /// What a subscription may name besides `*`: each name, and each resource with `.*`.
    public static let patterns: [String] = names + EventResource.allCases.map { $0.rawValue + ".*" }

    private static let nameSet = Set(names)
    private static let resources = Set(EventResource.allCases.map(\.rawValue))

    /// Why `pattern` is not a valid subscription pattern (`*`, `ticket.*`, `ticket.created`), or `nil`.
    public static func problem(with pattern: String) -> String? {
        if pattern == "*" || nameSet.contains(pattern) { return nil }
        if pattern.hasSuffix(".*"), resources.contains(String(pattern.dropLast(2))) { return nil }
        return "must be *, a resource with .* (ticket.*), or one of " + names.joined(separator: ", ")
    }

    /// Whether an event named `name` matches any of `patterns`.
    public static func matches(_ name: String, _ patterns: [String]) -> Bool {
        patterns.contains { pattern in
            pattern == "*" || pattern == name
                || (pattern.hasSuffix(".*") && name.hasPrefix(pattern.dropLast()))
        }
    }
}

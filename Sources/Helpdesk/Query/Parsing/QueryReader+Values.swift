/// Typed parameter values: one value, or a comma-separated list of them.
extension QueryReader {
    /// The value of `name` parsed by `parse`; `nil` if it was not given or was refused with `reason`
    /// (a message made only for a refusal).
    mutating func single<Value>(
        _ name: String, _ reason: @autoclosure () -> String, _ parse: (String) -> Value?
    ) -> Value? {
        guard let text = value(name) else { return nil }
        guard let parsed = parse(text) else {
            refuse(name, reason())
            return nil
        }
        return parsed
    }

    /// The comma-separated values of `name`, each trimmed of white space and parsed by `parse`;
    /// `nil` if it was not given, or if an item is empty or refused with `reason`.
    mutating func list<Value: Hashable>(
        _ name: String, _ reason: @autoclosure () -> String, _ parse: (String) -> Value?
    ) -> Set<Value>? {
        guard let text = value(name) else { return nil }
        var values = Set<Value>()
        // Split by byte, not by Character: a comma followed by a combining mark is still a comma.
        for item in text.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            let trimmed = String(Substring(item)).trimmed
            guard !trimmed.isEmpty else {
                refuse(name, "has an empty item; separate values with single commas")
                return nil
            }
            guard let parsed = parse(trimmed) else {
                refuse(name, reason())
                return nil
            }
            values.insert(parsed)
        }
        return values
    }

    /// Names of a closed set (`status=open,pending`), any of which matches.
    mutating func names<Value: RawRepresentable<String> & CaseIterable & Hashable>(
        _ name: String, _ type: Value.Type
    ) -> Set<Value>? {
        list(
            name,
            "must be one or more of \(Value.allCases.map(\.rawValue).joined(separator: ", ")), separated by commas",
            Value.init(rawValue:))
    }

    /// Ids of one kind (`customer_id=cust_1,cust_2`), any of which matches.
    mutating func ids<Kind: ResourceKind>(_ name: String, _ kind: Kind.Type) -> Set<ResourceID<Kind>>? {
        list(name, "must be one or more ids starting with \(Kind.prefix), separated by commas") {
            ResourceID<Kind>(rawValue: $0)
        }
    }

    /// Free texts (emails, phone numbers), trimmed, any of which matches.
    mutating func texts(_ name: String) -> Set<String>? { list(name, "") { $0 } }

    /// Tag names, trimmed and lower-cased as tags are stored, every one of which must match;
    /// longer than a tag name can be (50 Unicode scalars) is refused.
    mutating func tagNames(_ name: String) -> Set<String>? {
        list(name, "must be tag names of 1 to 50 characters, separated by commas") { text in
            let tag = text.lowercased()
            return tag.unicodeScalars.count <= 50 ? tag : nil
        }
    }

    /// `true` or `false`, exactly.
    mutating func bool(_ name: String) -> Bool? {
        single(name, "must be true or false") { text in
            switch text {
            case "true": true
            case "false": false
            default: nil
            }
        }
    }

    /// `limit`: decimal digits only, 1…100; `fallback` when not given or refused.
    mutating func limit(default fallback: ListLimit) -> ListLimit {
        single("limit", "must be an integer from 1 to \(ListLimit.maximum)") { text in
            guard text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let number = Int(text)
            else { return nil }
            return ListLimit(number)
        } ?? fallback
    }

    /// `search`: words to find; a text with no letter or digit is refused.
    mutating func search() -> SearchText? {
        single("search", "must contain a letter or a digit", SearchText.init)
    }
}

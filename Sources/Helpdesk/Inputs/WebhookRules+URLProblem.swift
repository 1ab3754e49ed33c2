extension WebhookRules {
    /// Which part of a refused URL is wrong, for its error message: the scheme, a user name,
    /// the host, the port, or the characters after them. ``urlPattern`` alone decides whether
    /// a URL is refused; this only says why, and falls back to the whole rule.
    static func urlProblem(_ text: String) -> String {
        let whole = "must be an absolute http or https URL with a host (no spaces, no user name or password)"
        guard urlLength.contains(text.unicodeScalars.count) else {
            return "must be \(urlLength.lowerBound) to \(urlLength.upperBound) characters"
        }
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else {
            return "must start with http:// or https://"
        }
        let afterScheme = text.dropFirst(scheme.count)
        let authority = afterScheme.prefix { !"/?#".contains($0) }
        let rest = afterScheme.dropFirst(authority.count)
        if authority.contains("@") { return "must not hold a user name or password" }
        let host: Substring
        let port: Substring?
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            port = after.isEmpty ? nil : after.dropFirst()
            if !matches(ipv6Pattern, host) { return "must have a valid IPv6 address in brackets" }
        } else {
            let colon = authority.lastIndex(of: ":")
            host = colon.map { authority[..<$0] } ?? authority
            port = colon.map { authority[authority.index(after: $0)...] }
            if !matches(hostNamePattern, host) {
                return "must have a host name of dot-separated labels (letters, digits and hyphens, "
                    + "1 to 63 each, not beginning or ending with a hyphen)"
            }
        }
        if let port, !matches(portPattern, port) { return "must have a port from 0 to 65535" }
        if rest.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value >= 0x7F }) {
            return "must be visible ASCII after the host: percent-encode spaces and other characters"
        }
        if !matches(pathPattern, rest) {
            return "must follow every % with two hex digits (%25 for a % sign)"
        }
        return whole
    }
}

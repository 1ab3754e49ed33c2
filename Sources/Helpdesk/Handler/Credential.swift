/// The key a request presented and whom it speaks for.
struct Credential: Sendable {
    let principal: Principal
    /// The SHA-256 of the key: the rate limit's and idempotency's scope.
    let digest: String

    /// Reads `Authorization: Bearer <key>` and looks the key up.
    ///
    /// - Throws: `UNAUTHORIZED` for a missing, malformed or unknown key, or for more than one
    ///   `Authorization` header (a field that takes one value: which would count is unclear).
    static func authenticate(_ request: HelpdeskRequest, with service: HelpdeskService) async throws(HelpdeskError)
        -> Credential
    {
        let fields = request.headerValues("Authorization")
        guard let header = fields.first else {
            throw HelpdeskError(.unauthorized, "Missing API key: send Authorization: Bearer <key>")
        }
        guard fields.count == 1 else {
            throw HelpdeskError(.unauthorized, "Malformed Authorization header: send it once, as Bearer <key>")
        }
        let parts = header.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer", (1...512).contains(parts[1].utf8.count) else {
            throw HelpdeskError(.unauthorized, "Malformed Authorization header: expected Bearer <key>")
        }
        let key = String(parts[1])
        guard let principal = try await service.authenticate(key: key) else {
            throw HelpdeskError(.unauthorized, "Invalid API key")
        }
        return Credential(principal: principal, digest: SHA256.hexDigest(key))
    }
}

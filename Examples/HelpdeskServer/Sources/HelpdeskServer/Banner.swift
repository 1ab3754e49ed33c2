/// What `helpdesk-server` prints once it listens.
public enum Banner {
    /// The server's URL, the admin key, and a request to try.
    ///
    /// - Parameter basePath: the API's path prefix (`/api/v1`).
    public static func text(host: String, port: Int, key: String, generated: Bool, basePath: String) -> String {
        let origin = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        return """
            Helpdesk API listening on \(origin)\(basePath) (OpenAPI: \(origin)/openapi.json)
            Admin API key\(generated ? " (generated; shown only now)" : ""): \(key)
            Try it:
              curl -H "Authorization: Bearer \(key)" \(origin)\(basePath)/tickets
            """
    }
}

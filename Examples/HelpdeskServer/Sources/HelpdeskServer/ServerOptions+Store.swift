import HelpdeskPostgres

extension ServerOptions {
    /// Where `helpdesk-server` keeps its records: the value of `--store`.
    ///
    /// | `--store` | store |
    /// |---|---|
    /// | `memory` (the default) | `InMemoryStore`: everything is lost when the server stops |
    /// | `sqlite:PATH` | `SQLiteStore(path:)`: one file, created if missing, for one machine |
    /// | `postgres://user:password@host:port/database` (or `postgresql://`) | `PostgresStore`, for several server processes on one database |
    public enum StoreChoice: Sendable, Hashable, CustomStringConvertible {
        /// A new in-memory store for each start.
        case memory
        /// The SQLite file at `path` (relative paths are from the working directory).
        case sqlite(path: String)
        /// The PostgreSQL database at `url`, in its `public` schema, without TLS.
        case postgres(url: String)

        /// Parses a `--store` value.
        ///
        /// - Throws: ``ServerOptionsError`` for anything but `memory`, `sqlite:` with a path, and a
        ///   `postgres://` or `postgresql://` URL that names a host.
        public init(parsing text: String) throws(ServerOptionsError) {
            if text == "memory" {
                self = .memory
            } else if text.hasPrefix("sqlite:") {
                let path = String(text.dropFirst("sqlite:".count))
                guard !path.isEmpty else { throw ServerOptionsError("--store sqlite: needs a file path (sqlite:PATH)") }
                self = .sqlite(path: path)
            } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
                do {
                    _ = try PostgresStore.configuration(url: text)
                } catch {
                    throw ServerOptionsError("--store: not a usable PostgreSQL URL (\(error))")
                }
                self = .postgres(url: text)
            } else {
                throw ServerOptionsError(
                    "--store takes memory, sqlite:PATH or postgres://user@host:port/database, not '\(text)'")
            }
        }

        /// The choice as `--store` would take it, with a PostgreSQL password replaced by `***`.
        public var description: String {
            switch self {
            case .memory: "memory"
            case .sqlite(let path): "sqlite:\(path)"
            case .postgres(let url): Self.redacted(url)
            }
        }

        /// `scheme://user:***@rest` for a URL with a password; the URL itself otherwise.
        static func redacted(_ url: String) -> String {
            guard let schemeEnd = url.firstRange(of: "://") else { return url }
            let rest = url[schemeEnd.upperBound...]
            let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else {
                return url
            }
            return String(url[..<colon]) + ":***" + String(url[at...])
        }
    }
}

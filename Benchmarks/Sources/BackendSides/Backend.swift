#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A store the library's side can run on: the in-memory store, or one of the backends in `Backends/`.
public enum Backend: String, CaseIterable, Sendable, Comparable {
    /// `InMemoryStore`, the library's own.
    case memory
    /// `SQLiteStore` on a temporary file (GRDB, WAL).
    case sqlite
    /// `PostgresStore` on the server at `HELPDESK_POSTGRES_URL`, in a schema of its own.
    case postgres

    /// The environment variable that names the PostgreSQL server.
    public static let postgresURLVariable = "HELPDESK_POSTGRES_URL"

    /// The column name in the report.
    public var columnName: String {
        switch self {
        case .memory: "swift-helpdesk"
        case .sqlite: "swift-helpdesk on SQLiteStore"
        case .postgres: "swift-helpdesk on PostgresStore"
        }
    }

    /// The PostgreSQL URL from the environment, if set and not empty.
    public static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment[postgresURLVariable], !url.isEmpty else { return nil }
        return url
    }

    public static func < (lhs: Backend, rhs: Backend) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// Why a backend could not be opened.
public struct BackendError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

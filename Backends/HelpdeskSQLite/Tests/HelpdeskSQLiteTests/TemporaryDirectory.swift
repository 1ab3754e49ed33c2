import HelpdeskSQLite

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A fresh directory for a test's database files, removed by ``remove()``.
struct TemporaryDirectory: Sendable {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "helpdesk-sqlite-\(UUID().uuidString)"
            ).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of a database file in the directory.
    func file(_ name: String = UUID().uuidString) -> String {
        path + "/" + name + ".sqlite"
    }

    /// A store on a new file in the directory.
    func makeStore() throws -> SQLiteStore {
        try SQLiteStore(path: file())
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

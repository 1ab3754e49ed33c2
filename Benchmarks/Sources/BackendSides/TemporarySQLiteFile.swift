import HelpdeskSQLite

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A directory of its own in the temporary directory, for one `SQLiteStore` file; removed on close or deinit.
final class TemporarySQLiteFile: BackendResources {
    let directory: URL
    var path: String { directory.appending(path: "helpdesk.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appending(path: "helpdesk-bench-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func open() throws -> SQLiteStore { try SQLiteStore(path: path) }

    func settle() async throws {}

    func close() async { remove() }

    deinit { remove() }

    private func remove() { try? FileManager.default.removeItem(at: directory) }
}

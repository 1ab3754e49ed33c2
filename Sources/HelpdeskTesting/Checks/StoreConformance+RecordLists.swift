#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension StoreConformance {
    /// The plain lists of users, tags and collections: newest first by default,
    /// both directions walked page by page, ties by id; bare-timestamp cursors.
    public static let recordLists = Check(
        "record lists",
        [
            .onDataset("users") { context, data in
                try await expectList(data.users, createdAt: \.createdAt, id: \.id.rawValue, context) {
                    try await context.store.users($0)
                }
            },
            .onDataset("tags") { context, data in
                try await expectList(data.tags, createdAt: \.createdAt, id: \.id.rawValue, context) {
                    try await context.store.tags($0)
                }
            },
            .onDataset("collections") { context, data in
                try await expectList(data.collections, createdAt: \.createdAt, id: \.id.rawValue, context) {
                    try await context.store.collections($0)
                }
            },
        ])

    private static func expectList<Row>(
        _ records: [Row], createdAt: @escaping (Row) -> Date, id: (Row) -> String, _ context: CheckContext,
        list: (RecordQuery) async throws -> Page<Row>
    ) async throws {
        for direction in [SortDirection.descending, .ascending] {
            let query = modified(RecordQuery()) { $0.sort = Sort(.createdAt, direction) }
            let rows = ReferenceOrder.byCreation(records, direction, createdAt: createdAt, id: id)
            let what = direction == .descending ? "in the default order" : "oldest first"
            try await context.expectWalk(what, expected: rows.map(id), limit: 3, id: id) {
                try await list(query.limit(3).after($0))
            }
            try await context.expectTimestampWalks(what, rows: rows, direction, time: createdAt, id: id) {
                try await list(query.limit(9).after($0))
            }
        }
    }
}

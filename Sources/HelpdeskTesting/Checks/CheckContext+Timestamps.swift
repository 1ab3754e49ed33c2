#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension CheckContext {
    /// Walks a list from bare-timestamp cursors (`Cursor(timestamp:)`) at every time the rows
    /// have, one millisecond past one of them, and before and after them all, and expects the
    /// rows strictly past each in the sort's direction, with `total` counting every row.
    ///
    /// - Parameter rows: The whole list, in the order of the sort `fetch` asks for.
    func expectTimestampWalks<Row>(
        _ what: String, rows: [Row], _ direction: SortDirection, time: (Row) -> Date, id: (Row) -> String,
        fetch: (Cursor?) async throws -> Page<Row>
    ) async throws {
        let times = Set(rows.map { ReferenceOrder.time(time($0)) }).sorted()
        guard let first = times.first, let last = times.last else { return fail("\(what): no rows to walk") }
        expect(times.count < rows.count, "\(what): the data set has rows that share a time")
        for timestamp in times + [first - 1, times[times.count / 2] + 1, last + 1] {
            try await expectWalk(
                "\(what) past \(ISO8601.format(milliseconds: timestamp))",
                expected: rows.filter { ReferenceOrder.isPast(time($0), timestamp: timestamp, direction) }.map(id),
                limit: 9, total: rows.count, from: Cursor(timestamp: timestamp), id: id, fetch: fetch)
        }
    }
}

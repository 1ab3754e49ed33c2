#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The sort orders of the contract, written out here on their own (not with
/// the library's `sortKey(for:)`): the sort's values in turn, then the id by
/// its UTF-8 bytes, everything in the sort's direction.
enum ReferenceOrder {
    /// Compares two rows on one value: negative, zero or positive.
    typealias Comparison<Row> = (Row, Row) -> Int

    /// Tickets: `created_at`, `updated_at`, or priority rank then `created_at`; then id.
    static func tickets(_ rows: [TicketRecord], _ sort: Sort<TicketQuery.Field>) -> [TicketRecord] {
        let created: Comparison<TicketRecord> = { compare(time($0.createdAt), time($1.createdAt)) }
        let comparisons: [Comparison<TicketRecord>] =
            switch sort.field {
            case .createdAt: [created]
            case .updatedAt: [{ compare(time($0.updatedAt), time($1.updatedAt)) }]
            case .priority: [{ compare($0.priority.rank, $1.priority.rank) }, created]
            }
        return sorted(rows, comparisons, id: \.id.rawValue, sort.direction)
    }

    /// Customers: times, the name's bytes (a missing name as ""), or the lower-cased email's bytes; then id.
    static func customers(_ rows: [Customer], _ sort: Sort<CustomerQuery.Field>) -> [Customer] {
        let comparison: Comparison<Customer> =
            switch sort.field {
            case .createdAt: { compare(time($0.createdAt), time($1.createdAt)) }
            case .updatedAt: { compare(time($0.updatedAt), time($1.updatedAt)) }
            case .name: { bytes($0.name ?? "", $1.name ?? "") }
            case .email: { bytes($0.email.lowercased(), $1.email.lowercased()) }
            }
        return sorted(rows, [comparison], id: \.id.rawValue, sort.direction)
    }

    /// Rows that sort by creation time, then id.
    static func byCreation<Row>(
        _ rows: [Row], _ direction: SortDirection, createdAt: @escaping (Row) -> Date, id: (Row) -> String
    ) -> [Row] {
        sorted(rows, [{ compare(time(createdAt($0)), time(createdAt($1))) }], id: id, direction)
    }

    /// Whether `date` lies strictly past a bare-timestamp cursor at `milliseconds`, in `direction`.
    static func isPast(_ date: Date, timestamp milliseconds: Int64, _ direction: SortDirection) -> Bool {
        direction == .ascending ? time(date) > milliseconds : time(date) < milliseconds
    }

    /// Whole milliseconds since 1970: the precision the contract keeps.
    static func time(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    private static func sorted<Row>(
        _ rows: [Row], _ comparisons: [Comparison<Row>], id: (Row) -> String, _ direction: SortDirection
    ) -> [Row] {
        rows.sorted { first, second in
            let order = comparisons.lazy.map { $0(first, second) }.first { $0 != 0 } ?? bytes(id(first), id(second))
            return direction == .ascending ? order < 0 : order > 0
        }
    }

    private static func compare<Value: Comparable>(_ first: Value, _ second: Value) -> Int {
        first < second ? -1 : (first == second ? 0 : 1)
    }

    private static func bytes(_ first: String, _ second: String) -> Int {
        if first.utf8.elementsEqual(second.utf8) { return 0 }
        return first.utf8.lexicographicallyPrecedes(second.utf8) ? -1 : 1
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension StoreConformance {
    /// Walking ticket pages with `nextCursor`, in every sort and both directions, over
    /// rows that share timestamps and priorities, never returns a row twice and never
    /// misses one; `nextCursor` is nil on the last page, full or not.
    public static let ticketCursorWalks = Check(
        "ticket cursor walks",
        [.onDataset("pages concatenate to the full order", cursorWalks)])

    /// A bare-timestamp cursor gives the tickets strictly past it, for both time sorts
    /// in both directions; `total` still counts every match.
    public static let timestampCursors = Check(
        "timestamp cursors",
        [.onDataset("rows strictly past a bare timestamp", timestampWalks)])

    private static func cursorWalks(_ context: CheckContext, _ data: Dataset) async throws {
        for sort in ticketSortOrders {
            let query = TicketQuery().sorted(by: sort.field, sort.direction)
            let expected = ReferenceOrder.tickets(data.tickets, sort).map(\.id.rawValue)
            for limit in [7, 10, 25] {
                try await context.expectWalk(
                    "sorted by \(sort.field.rawValue) \(sort.direction.rawValue), \(limit) a page", expected: expected,
                    limit: limit, id: \.id.rawValue
                ) { try await context.store.tickets(query.limit(ListLimit(limit)!).after($0)) }
            }
        }
        let oneByOne = TicketQuery().sorted(by: .priority, .descending).limit(1)
        try await context.expectWalk(
            "sorted by priority desc, one a page",
            expected: ReferenceOrder.tickets(data.tickets, oneByOne.sort).map(\.id.rawValue), limit: 1,
            id: \.id.rawValue
        ) { try await context.store.tickets(oneByOne.after($0)) }

        let filtered = TicketQuery().filter(status: [.open, .pending]).filter(tags: ["billing"])
        let matches = ReferenceOrder.tickets(data.tickets.filter(filtered.matches), filtered.sort).map(\.id.rawValue)
        for limit in [3, matches.count] {
            try await context.expectWalk(
                "open or pending with tag billing, \(limit) a page", expected: matches, limit: limit, id: \.id.rawValue
            ) { try await context.store.tickets(filtered.limit(ListLimit(limit)!).after($0)) }
        }
    }

    private static func timestampWalks(_ context: CheckContext, _ data: Dataset) async throws {
        for sort in ticketSortOrders where sort.field.acceptsTimestampCursor {
            let query = TicketQuery().sorted(by: sort.field, sort.direction)
            let time: (TicketRecord) -> Date = sort.field == .createdAt ? { $0.createdAt } : { $0.updatedAt }
            try await context.expectTimestampWalks(
                "tickets sorted by \(sort.field.rawValue) \(sort.direction.rawValue)",
                rows: ReferenceOrder.tickets(data.tickets, sort), sort.direction, time: time, id: \.id.rawValue
            ) { try await context.store.tickets(query.limit(9).after($0)) }
        }
    }
}

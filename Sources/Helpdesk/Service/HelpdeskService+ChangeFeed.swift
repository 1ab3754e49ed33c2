#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension HelpdeskService {
    /// Events after `cursor` (from the oldest kept when `nil`), in commit order: every change,
    /// deletions included, each exactly once along a walk of `nextCursor`s.
    ///
    /// Events older than ``OutboxSettings/eventRetention`` are gone; a cursor from before them
    /// is `BAD_REQUEST` naming `after`, because the events past it can no longer be listed.
    public func eventFeed(after cursor: FeedCursor?, limit: ListLimit) async throws(HelpdeskError) -> EventFeedPage {
        let start = cursor?.sequence ?? 0
        var batch = try await reading { try await store.events(after: start, limit: limit.value + 1) }
        if let first = batch.events.first, first.occurredAt < retentionCutoff() {
            try await pruneExpiredHistory()
            batch = try await reading { try await store.events(after: start, limit: limit.value + 1) }
        }
        if cursor != nil, start < batch.prunedThrough {
            let days = Int(outbox.eventRetention / 86_400)
            throw HelpdeskError.invalid(
                field: "after",
                "is older than the events kept (\(days > 0 ? "\(days) days" : "the retention window")); "
                    + "start again without after and sync from the records themselves")
        }
        let events = Array(batch.events.prefix(limit.value))
        return EventFeedPage(
            events: events, nextCursor: FeedCursor(sequence: events.last?.sequence ?? start),
            hasMore: batch.events.count > limit.value)
    }

    /// Deletes events older than the retention window, and deliveries that are done and as old.
    public func pruneExpiredHistory() async throws(HelpdeskError) {
        let cutoff = retentionCutoff()
        try await committing(recordingEvents: false) {
            let oldest = try await store.events(after: 0, limit: 1).events.first
            guard let oldest, oldest.occurredAt < cutoff else { return (ChangeSet(), [], ()) }
            return (ChangeSet([.pruneHistory(before: cutoff)]), [], ())
        }
    }

    private func retentionCutoff() -> Date {
        clock.now().adding(seconds: -outbox.eventRetention)
    }
}

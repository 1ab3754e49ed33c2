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
    /// is `BAD_REQUEST` naming `after`, because the events past it can no longer be listed. So is
    /// a cursor past the newest event, which this feed never gave: read on from it, a client
    /// would miss the events numbered up to it.
    public func eventFeed(after cursor: FeedCursor?, limit: ListLimit) async throws(HelpdeskError) -> EventFeedPage {
        let start = cursor?.sequence ?? 0
        // From the cursor's own event, to tell a cursor this feed gave from one past its end.
        let from = max(start - 1, 0)
        var batch = try await reading { try await store.events(after: from, limit: limit.value + 2) }
        if let first = batch.events.first, first.occurredAt < retentionCutoff() {
            try await pruneExpiredHistory()
            batch = try await reading { try await store.events(after: from, limit: limit.value + 2) }
        }
        if cursor != nil, start < batch.prunedThrough {
            let days = Int(outbox.eventRetention / 86_400)
            throw HelpdeskError.invalidQuery([
                "after": "is older than the events kept (\(days > 0 ? "\(days) days" : "the retention window")); "
                    + "start again without after and sync from the records themselves"
            ])
        }
        if start > batch.prunedThrough, batch.events.first?.sequence != start {
            throw HelpdeskError.invalidQuery(["after": "is past the newest event; must be a next_cursor of this feed"])
        }
        let following = batch.events.drop { $0.sequence <= start }.prefix(limit.value + 1)
        let events = Array(following.prefix(limit.value))
        return EventFeedPage(
            events: events, nextCursor: FeedCursor(sequence: events.last?.sequence ?? start),
            hasMore: following.count > limit.value)
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

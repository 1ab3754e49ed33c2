/// A position in the change feed: just past the event numbered ``sequence``. Its token is opaque.
public struct FeedCursor: Hashable, Sendable {
    /// The sequence number of the last event seen; 0 before the first.
    public var sequence: Int64

    public init(sequence: Int64) { self.sequence = max(sequence, 0) }

    /// The opaque string that `next_cursor` shows and `after` takes.
    public var token: String { Base64URL.encode(Array("feed:\(sequence)".utf8)) }

    /// Reads a token; `nil` for anything that is not one. Never traps, whatever the string.
    public init?(token: String) {
        guard token.utf8.count <= 64, let bytes = Base64URL.decode(token) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        // Only the form `token` writes: `feed:057`, `feed:+57` and `feed:-0` are not cursors.
        let digits = text.dropFirst(5)
        guard text.hasPrefix("feed:"), let sequence = Int64(digits), sequence >= 0, String(sequence) == digits
        else { return nil }
        self.sequence = sequence
    }
}

/// One page of the change feed.
public struct EventFeedPage: Hashable, Sendable {
    /// Events in commit order.
    public var events: [EventRecord]
    /// Where to read on from: past the last event of this page, or where the request started if it
    /// is empty. Never `nil`: a client keeps it to poll for what comes next.
    public var nextCursor: FeedCursor
    /// Whether more events follow right away.
    public var hasMore: Bool

    public init(events: [EventRecord], nextCursor: FeedCursor, hasMore: Bool) {
        self.events = events
        self.nextCursor = nextCursor
        self.hasMore = hasMore
    }
}

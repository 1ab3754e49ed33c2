/// How a ``HelpdeskHandler`` behaves at its edges.
public struct HandlerConfiguration: Sendable {
    /// The prefix of every API path.
    public var basePath = "/api/v1"
    /// The largest request body accepted, in bytes (2 MiB), but for an article's: a ticket with
    /// every field at its limit (some 120,000 characters, custom fields and tags included)
    /// takes 1.5 MB when each character is the JSON escape of a surrogate pair (12 bytes).
    public var maximumBodySize = 2 << 20
    /// The largest body of an article's `POST` or `PATCH`, in bytes (8 MiB): SPEC lets an
    /// article's body hold 500,000 characters, which, each written as the JSON escape of a
    /// surrogate pair (12 bytes), take 6,000,000 bytes.
    public var maximumArticleBodySize = 8 << 20
    /// Requests a key may make: a token bucket that refills in `window`.
    public var rateLimit = RateLimitPolicy(limit: 700, window: .seconds(60))
    /// How long an `Idempotency-Key` answer is replayed.
    public var idempotencyWindow: Duration = .seconds(24 * 60 * 60)
    /// How many idempotency answers are kept at most; the oldest go first.
    public var idempotencyCapacity = 10_000
    /// How many bytes of answer bodies the idempotency answers kept hold at most (64 MiB); the
    /// oldest go first, and an answer larger than this is not kept.
    public var idempotencyByteCapacity = 64 << 20
    /// The clock of rate limits and idempotency windows.
    public var clock: DateGenerator = .live

    public init() {}
}

/// A token bucket: `limit` requests, refilled evenly over `window`.
public struct RateLimitPolicy: Sendable, Hashable {
    public var limit: Int
    public var window: Duration

    public init(limit: Int, window: Duration) {
        self.limit = max(1, limit)
        self.window = window
    }
}

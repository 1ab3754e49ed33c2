import Synchronization

/// What the rate limiter decided for one request, with the numbers its headers show.
public struct RateLimitDecision: Sendable, Hashable {
    public var isAllowed: Bool
    public var limit: Int
    public var remaining: Int
    /// Whole seconds until the bucket is full again.
    public var resetSeconds: Int
    /// Whole seconds until one request is allowed again (0 when allowed).
    public var retryAfterSeconds: Int

    /// The `X-RateLimit-*` headers (and `Retry-After` when refused).
    public var headers: [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = [
            ("X-RateLimit-Limit", String(limit)), ("X-RateLimit-Remaining", String(remaining)),
            ("X-RateLimit-Reset", String(resetSeconds)),
        ]
        if !isAllowed { fields.append(("Retry-After", String(retryAfterSeconds))) }
        return fields
    }
}

/// Token buckets per key. Memory is bounded: past `maximumBuckets`, buckets that are
/// full again (and so hold nothing worth remembering) are dropped.
public final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updatedAt: Int64
    }

    private let policy: RateLimitPolicy
    private let clock: DateGenerator
    private let maximumBuckets: Int
    private let buckets = Mutex<[String: Bucket]>([:])

    public init(policy: RateLimitPolicy, clock: DateGenerator, maximumBuckets: Int = 100_000) {
        self.policy = policy
        self.clock = clock
        self.maximumBuckets = maximumBuckets
    }

    private var refillPerMillisecond: Double {
        let components = policy.window.components
        let milliseconds = Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
        return Double(policy.limit) / max(milliseconds, 1)
    }

    /// Takes one token from `key`'s bucket if it has one.
    public func consume(key: String) -> RateLimitDecision {
        let now = clock.now().millisecondsSince1970
        let capacity = Double(policy.limit)
        let rate = refillPerMillisecond
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: capacity, updatedAt: now)
            let elapsed = Double(max(0, now - bucket.updatedAt))
            bucket.tokens = min(capacity, bucket.tokens + elapsed * rate)
            bucket.updatedAt = now
            let allowed = bucket.tokens >= 1
            if allowed { bucket.tokens -= 1 }
            if buckets.count >= maximumBuckets, buckets[key] == nil {
                Self.evictFull(&buckets, capacity, rate, now, maximum: maximumBuckets)
            }
            buckets[key] = bucket
            let toFull = (capacity - bucket.tokens) / rate / 1000
            let toOne = allowed ? 0 : (1 - bucket.tokens) / rate / 1000
            return RateLimitDecision(
                isAllowed: allowed, limit: policy.limit, remaining: Int(bucket.tokens.rounded(.down)),
                resetSeconds: Int(toFull.rounded(.up)), retryAfterSeconds: max(allowed ? 0 : 1, Int(toOne.rounded(.up)))
            )
        }
    }

    private static func evictFull(
        _ buckets: inout [String: Bucket], _ capacity: Double, _ rate: Double, _ now: Int64, maximum: Int
    ) {
        buckets = buckets.filter { _, bucket in
            bucket.tokens + Double(max(0, now - bucket.updatedAt)) * rate < capacity
        }
        if buckets.count >= maximum {
            // Everyone is mid-burst: forget the fullest half rather than grow without bound.
            let kept = buckets.sorted { $0.value.tokens < $1.value.tokens }.prefix(maximum / 2)
            buckets = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
    }
}

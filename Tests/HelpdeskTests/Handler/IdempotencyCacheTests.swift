import Foundation
import HelpdeskTesting
import Testing

@testable import Helpdesk

/// The cache's bounds: answers past `capacity`, or past `byteCapacity` bytes of bodies, are
/// forgotten oldest first; an answer larger than `byteCapacity` is never kept.
@Suite struct IdempotencyCacheTests {
    static func answer(bytes: Int) -> HelpdeskResponse {
        HelpdeskResponse(status: 201, headers: [], body: Array(repeating: UInt8(ascii: "x"), count: bytes))
    }

    /// Runs a request under `key` that answers `answer`; what ``IdempotencyCache/begin`` said.
    @discardableResult
    static func run(_ cache: IdempotencyCache, _ key: String, answer: HelpdeskResponse) -> IdempotencyCache.Start {
        let start = cache.begin(scope: "k", key: key, fingerprint: [1])
        if case .proceed(let claim) = start { cache.finish(claim, with: answer) }
        return start
    }

    static func isReplay(_ start: IdempotencyCache.Start) -> Bool {
        if case .replay = start { true } else { false }
    }

    @Test func bodiesPastTheByteCapacityForgetTheOldest() {
        let cache = IdempotencyCache(window: .seconds(60), capacity: 100, byteCapacity: 100, clock: .constant(Date()))
        Self.run(cache, "a", answer: Self.answer(bytes: 60))
        #expect(Self.isReplay(cache.begin(scope: "k", key: "a", fingerprint: [1])))
        Self.run(cache, "b", answer: Self.answer(bytes: 60))
        #expect(Self.isReplay(cache.begin(scope: "k", key: "b", fingerprint: [1])))
        #expect(!Self.isReplay(Self.run(cache, "a", answer: Self.answer(bytes: 10))), "a made room for b")
        #expect(Self.isReplay(cache.begin(scope: "k", key: "b", fingerprint: [1])))
    }

    /// Bytes push out stored answers only: a request still running keeps its key, so a
    /// second request with it is still refused as in progress.
    @Test func aRequestInFlightKeepsItsKeyWhenBytesRunOver() {
        let cache = IdempotencyCache(window: .seconds(60), capacity: 100, byteCapacity: 100, clock: .constant(Date()))
        let start = cache.begin(scope: "k", key: "running", fingerprint: [1])
        Self.run(cache, "a", answer: Self.answer(bytes: 60))
        Self.run(cache, "b", answer: Self.answer(bytes: 60))
        guard case .inProgress = cache.begin(scope: "k", key: "running", fingerprint: [1]) else {
            Issue.record("the running request lost its key")
            return
        }
        #expect(!Self.isReplay(cache.begin(scope: "k", key: "a", fingerprint: [1])), "a went for b's bytes")
        if case .proceed(let claim) = start { cache.finish(claim, with: Self.answer(bytes: 1)) }
        #expect(Self.isReplay(cache.begin(scope: "k", key: "running", fingerprint: [1])))
    }

    @Test func anAnswerLargerThanTheByteCapacityIsNotKept() {
        let cache = IdempotencyCache(window: .seconds(60), capacity: 100, byteCapacity: 100, clock: .constant(Date()))
        Self.run(cache, "big", answer: Self.answer(bytes: 101))
        #expect(!Self.isReplay(Self.run(cache, "big", answer: Self.answer(bytes: 1))))
        #expect(Self.isReplay(cache.begin(scope: "k", key: "big", fingerprint: [1])))
    }

    @Test func answersPastTheCountForgetTheOldest() {
        let cache = IdempotencyCache(window: .seconds(60), capacity: 2, clock: .constant(Date()))
        for key in ["a", "b", "c"] { Self.run(cache, key, answer: Self.answer(bytes: 1)) }
        #expect(!Self.isReplay(cache.begin(scope: "k", key: "a", fingerprint: [1])))
        #expect(Self.isReplay(cache.begin(scope: "k", key: "c", fingerprint: [1])))
    }

    /// A key used again after its window is a new use: the first use's place in the order of
    /// eviction is stale, and evicts nothing when reached.
    @Test func aKeyUsedAgainIsNotEvictedByItsFirstUse() {
        let clock = ManualClock()
        let cache = IdempotencyCache(window: .seconds(60), capacity: 2, clock: clock.dateGenerator)
        Self.run(cache, "a", answer: Self.answer(bytes: 1))
        clock.advance(by: 61)
        Self.run(cache, "b", answer: Self.answer(bytes: 1))
        Self.run(cache, "a", answer: Self.answer(bytes: 1))
        Self.run(cache, "c", answer: Self.answer(bytes: 1))
        #expect(Self.isReplay(cache.begin(scope: "k", key: "a", fingerprint: [1])), "a's second use is kept")
        #expect(!Self.isReplay(cache.begin(scope: "k", key: "b", fingerprint: [1])), "b was the oldest use")
    }

    /// A request that outlives its window, whose key another request has since taken, does not
    /// store its answer under the other's.
    @Test func aRequestPastItsWindowDoesNotAnswerForTheNextUse() {
        let clock = ManualClock()
        let cache = IdempotencyCache(window: .seconds(60), capacity: 10, clock: clock.dateGenerator)
        guard case .proceed(let slow) = cache.begin(scope: "k", key: "a", fingerprint: [1]) else {
            Issue.record("the first use did not proceed")
            return
        }
        clock.advance(by: 61)
        guard case .proceed(let next) = cache.begin(scope: "k", key: "a", fingerprint: [2]) else {
            Issue.record("the key's window did not end")
            return
        }
        cache.finish(slow, with: Self.answer(bytes: 7))
        cache.finish(next, with: Self.answer(bytes: 3))
        guard case .replay(let replayed) = cache.begin(scope: "k", key: "a", fingerprint: [2]) else {
            Issue.record("the second use's answer was not kept")
            return
        }
        #expect(replayed.body.count == 3)
    }
}

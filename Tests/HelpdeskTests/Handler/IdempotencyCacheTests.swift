import Foundation
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
}

import Testing

@testable import Helpdesk

@Suite struct ThreadWorkTests {
    final class Token: Sendable {}

    @Test func waitingGivesTheResultAndWhatTheWorkHeldIsLetGo() {
        var token = Token()
        let shared = token
        let work = ThreadWork { ObjectIdentifier(shared) }
        _ = consume shared
        #expect(work.wait() == ObjectIdentifier(token))
        // The work's thread let go of what its body captured before it handed over the result,
        // so the token has one owner again while the work lives on: dictionaries that a bulk
        // insert shares with a reference check are not copied by the next write.
        withExtendedLifetime(work) { #expect(isKnownUniquelyReferenced(&token)) }
    }

    @Test func manyWorksRunAtOnce() {
        let works = (0..<8).map { part in ThreadWork { (0..<10_000).reduce(part) { $0 &+ $1 } } }
        #expect(works.map { $0.wait() } == (0..<8).map { $0 + 49_995_000 })
    }
}

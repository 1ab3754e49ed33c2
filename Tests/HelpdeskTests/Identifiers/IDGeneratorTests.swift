import Foundation
import Synchronization
import Testing

@testable import Helpdesk

@Suite struct IDGeneratorTests {
    @Test func incrementingCountsAcrossKindsAndRepeats() {
        for _ in 0..<2 {
            let ids = IDGenerator.incrementing()
            let ticket: TicketID = ids.make()
            let customer = ids.make(CustomerKind.self)
            let tag: TagID = ids.make()
            #expect(ticket.rawValue == "tkt_00000000000001")
            #expect(customer.rawValue == "cust_00000000000002")
            #expect(tag.rawValue == "tag_00000000000003")
        }
    }

    @Test func incrementingIDsSortInTheOrderMade() {
        let ids = IDGenerator.incrementing()
        let made: [TicketID] = (0..<150).map { _ in ids.make() }
        #expect(made.sorted() == made)
        #expect(Set(made).count == made.count)
    }

    @Test func liveIDsSortByCreationTimeWithinOneMillisecond() {
        let ids = IDGenerator.live(clock: .constant(seedInstant))
        let made: [TicketID] = (0..<2_000).map { _ in ids.make() }
        #expect(Set(made).count == made.count)
        #expect(zip(made, made.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Set(made.map { $0.rawValue.dropFirst(4).prefix(10) }).count == 1)
    }

    @Test func liveIDsAreULIDsThatEncodeTheirMillisecond() throws {
        let ids = IDGenerator.live(clock: .constant(seedInstant))
        let id: ConversationID = ids.make()
        let suffix = id.rawValue.dropFirst("conv_".count)
        #expect(suffix.count == 26)
        #expect(suffix.allSatisfy { ulidAlphabet.contains($0) })
        #expect(encodedMilliseconds(id) == seedInstant.millisecondsSince1970)
    }

    @Test func liveIDsEncodeTheInstantTheyAreGivenEvenAnEarlierOne() {
        let ids = IDGenerator.live(clock: .constant(seedInstant))
        let later: TicketID = ids.make(at: instant(seedInstant.millisecondsSince1970 + 5_000))
        let earlier: TicketID = ids.make(at: seedInstant)
        #expect(encodedMilliseconds(later) == seedInstant.millisecondsSince1970 + 5_000)
        #expect(encodedMilliseconds(earlier) == seedInstant.millisecondsSince1970)
        #expect(earlier < later)
    }

    @Test func liveIDsOfOneInstantSortInTheOrderMadeAcrossALaterOne() {
        let ids = IDGenerator.live(clock: .constant(seedInstant))
        let next = instant(seedInstant.millisecondsSince1970 + 1)
        // A change stamped at seedInstant makes an id, another stamped a millisecond later makes
        // one, and then the first makes its second: the first change's ids keep their order.
        let first: ConversationID = ids.make(at: seedInstant)
        let other: ConversationID = ids.make(at: next)
        let second: ConversationID = ids.make(at: seedInstant)
        #expect(first < second)
        #expect(second < other)
    }

    @Test func liveIDsFromLaterMillisecondsSortLater() {
        let ids = IDGenerator.live(clock: .advancing(from: seedInstant, by: .milliseconds(1)))
        let made: [UserID] = (0..<500).map { _ in ids.make() }
        #expect(zip(made, made.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func liveIDsKeepTheirOrderWhenTheClockGoesBack() {
        let calls = Mutex(0)
        let backwards = DateGenerator {
            let call = calls.withLock { value in
                value += 1
                return value
            }
            return instant(seedInstant.millisecondsSince1970 - Int64(call))
        }
        let ids = IDGenerator.live(clock: backwards)
        let made: [TagID] = (0..<100).map { _ in ids.make() }
        #expect(zip(made, made.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func customSuffixesArePrefixed() {
        let ids = IDGenerator { "fixed" }
        #expect(ids.make(ArticleKind.self).rawValue == "art_fixed")
        #expect(ids.make(APIKeyKind.self).rawValue == "key_fixed")
    }
}

let ulidAlphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

/// The milliseconds since 1970 that a live id's first ten characters after its prefix encode.
func encodedMilliseconds<Kind>(_ id: ResourceID<Kind>) -> Int64? {
    guard let underscore = id.rawValue.firstIndex(of: "_") else { return nil }
    var milliseconds: Int64 = 0
    for character in id.rawValue[underscore...].dropFirst().prefix(10) {
        guard let digit = ulidAlphabet.firstIndex(of: character) else { return nil }
        milliseconds = milliseconds * 32 + Int64(digit)
    }
    return milliseconds
}

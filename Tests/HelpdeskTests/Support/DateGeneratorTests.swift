import Foundation
import Testing

@testable import Helpdesk

@Suite struct DateGeneratorTests {
    @Test func dropsTimeBelowTheMillisecond() {
        let clock = DateGenerator { Date(timeIntervalSince1970: 1_736_937_000.250_3) }
        #expect(clock.now() == instant(1_736_937_000_250))
        #expect(clock.now().millisecondsSince1970 == 1_736_937_000_250)
    }

    @Test func liveTimeIsWholeMillisecondsAndCurrent() {
        let before = Date().addingTimeInterval(-1)
        let now = DateGenerator.live.now()
        #expect(instant(now.millisecondsSince1970) == now)
        #expect(now > before && now < before.addingTimeInterval(60))
    }

    @Test func constantAlwaysAnswersTheSame() {
        let clock = DateGenerator.constant(seedInstant)
        #expect((0..<3).map { _ in clock.now() } == [seedInstant, seedInstant, seedInstant])
    }

    @Test func advancingStepsOnEveryCall() {
        let seconds = DateGenerator.advancing(from: seedInstant)
        #expect(
            (0..<3).map { _ in ISO8601.format(seconds.now()) }
                == ["2025-01-15T10:30:00Z", "2025-01-15T10:30:01Z", "2025-01-15T10:30:02Z"])
        let quarters = DateGenerator.advancing(from: seedInstant, by: .milliseconds(250))
        #expect(
            (0..<5).map { _ in quarters.now().millisecondsSince1970 - seedInstant.millisecondsSince1970 }
                == [0, 250, 500, 750, 1000])
        let millis = DateGenerator.advancing(from: seedInstant, by: .milliseconds(1))
        #expect(
            (0..<1000).map { _ in millis.now().millisecondsSince1970 - seedInstant.millisecondsSince1970 }
                == Array(0..<1000))
    }

    @Test func millisecondsRoundTripAndClamp() {
        for milliseconds: Int64 in [0, 1, -1, 999, -1001, 1_736_937_000_250, -62_135_596_800_000, 253_402_300_799_999] {
            #expect(instant(milliseconds).millisecondsSince1970 == milliseconds)
        }
        #expect(Date(timeIntervalSince1970: 1e300).millisecondsSince1970 == 9_000_000_000_000_000)
        #expect(Date(timeIntervalSince1970: -1e300).millisecondsSince1970 == -9_000_000_000_000_000)
        #expect(Date(timeIntervalSince1970: .nan).millisecondsSince1970 == 0)
    }
}

import Testing

@testable import Helpdesk

@Suite(.timeLimit(.minutes(1))) struct InFlightSendsTests {
    static let hour = Duration.seconds(3_600)

    @Test func countsTheSendsUnderWay() {
        let sends = InFlightSends()
        sends.started()
        sends.started()
        sends.ended()
        #expect(sends.count == 1)
    }

    @Test func aSendThatEndedBeforeTheWaitEndsItAtOnce() async {
        let sends = InFlightSends()
        sends.started()
        sends.ended()
        await sends.nextEnd(orAfter: Self.hour)  // an hour-long wait would trip the time limit
        #expect(sends.count == 0)
    }

    @Test func everyEndEndsOneWait() async {
        let sends = InFlightSends()
        for _ in 0..<3 { sends.started() }
        let waiting = Task { await sends.nextEnd(orAfter: Self.hour) }
        sends.ended()
        await waiting.value
        sends.ended()  // after the first wait ended, before the next began: not lost
        await sends.nextEnd(orAfter: Self.hour)
        #expect(sends.count == 1)
    }

    @Test func aWaitEndsAfterItsDurationWhenNothingEnds() async {
        let sends = InFlightSends()
        sends.started()
        await sends.nextEnd(orAfter: .zero)
        await sends.nextEnd(orAfter: .zero)  // the first wait's timer is its own, not a leftover
        #expect(sends.count == 1)
    }
}

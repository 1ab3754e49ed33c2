import Helpdesk
import Testing

/// A receiver's check of a signature header, whatever the header holds.
@Suite struct SignatureVerificationTests {
    static let body = Array(#"{"id":"evt_1"}"#.utf8)
    static let secret = "whsec_test-secret"

    static let farApart: [(timestamp: Int64, now: Int64)] = [
        (.min, 1_736_937_000), (.min, .max), (.max, .min), (.max, 1_736_937_000), (-1, .max), (.min + 1, 0),
    ]

    @Test(arguments: farApart)
    func aTimestampFarFromNowIsRefusedWithoutOverflow(timestamp: Int64, now: Int64) {
        let header = WebhookSignature.header(for: Self.body, timestamp: timestamp, secret: Self.secret)
        #expect(!WebhookSignature.verify(header: header, body: Self.body, secret: Self.secret, now: now))
        #expect(WebhookSignature.verify(header: header, body: Self.body, secret: Self.secret, now: timestamp))
    }

    @Test func aTimestampWithinTheToleranceEitherSideIsAccepted() {
        let header = WebhookSignature.header(for: Self.body, timestamp: 1_000, secret: Self.secret)
        for now in [Int64(700), 1_300] {
            #expect(WebhookSignature.verify(header: header, body: Self.body, secret: Self.secret, now: now))
        }
        for now in [Int64(699), 1_301] {
            #expect(!WebhookSignature.verify(header: header, body: Self.body, secret: Self.secret, now: now))
        }
    }
}

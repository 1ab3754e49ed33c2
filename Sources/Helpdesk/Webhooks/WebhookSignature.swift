/// How deliveries are signed, Stripe-style: `Helpdesk-Signature: t=<unix seconds>,v1=<hex>`,
/// where `v1` is HMAC-SHA256 under the subscription's secret of `"<t>.<body>"`.
///
/// A receiver recomputes `v1` from the header's `t` and the raw body, compares in constant
/// time, and refuses a `t` too far from its own clock (say five minutes) against replays.
public enum WebhookSignature {
    /// The header's name.
    public static let headerName = "Helpdesk-Signature"

    /// The header's value for `body` sent at `timestamp` (Unix seconds).
    public static func header(for body: [UInt8], timestamp: Int64, secret: String) -> String {
        "t=\(timestamp),v1=" + code(for: body, timestamp: timestamp, secret: secret)
    }

    /// `v1`: the hex HMAC-SHA256 of `"<timestamp>.<body>"`.
    public static func code(for body: [UInt8], timestamp: Int64, secret: String) -> String {
        let message = Array("\(timestamp).".utf8) + body
        return SHA256.hex(HMACSHA256.authenticationCode(for: message, key: Array(secret.utf8)))
    }

    /// Whether `header` signs `body` under `secret` with a timestamp within `tolerance` seconds of `now`.
    public static func verify(
        header: String, body: [UInt8], secret: String, now: Int64, tolerance: Int64 = 300
    ) -> Bool {
        var timestamp: Int64?
        var codes: [String] = []
        for part in header.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[0] == "t" { timestamp = Int64(pair[1]) } else if pair[0] == "v1" { codes.append(pair[1]) }
        }
        // A header's timestamp can be any Int64: their difference can overflow.
        guard let timestamp, case (let gap, false) = now.subtractingReportingOverflow(timestamp),
            gap.magnitude <= tolerance.magnitude
        else { return false }
        let expected = code(for: body, timestamp: timestamp, secret: secret)
        return codes.contains { constantTimeEquals($0.utf8, expected.utf8) }
    }
}

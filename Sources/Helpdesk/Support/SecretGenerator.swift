import Synchronization

/// Makes the secret part of new API keys. Injected, so that tests are deterministic.
public struct SecretGenerator: Sendable {
    private let make: @Sendable () -> String

    /// Wraps a function that returns a new, unguessable secret on every call.
    public init(_ make: @escaping @Sendable () -> String) { self.make = make }

    /// A new API key: `hdk_` and the secret.
    public func newKey() -> String { "hdk_" + make() }

    /// A new webhook signing secret: `whsec_` and the secret.
    public func newWebhookSecret() -> String { "whsec_" + make() }

    /// 256 bits from the system's cryptographic random source, as 43 base64url characters.
    public static let live = SecretGenerator {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Base64URL.encode(bytes)
    }

    /// `secret000001`, `secret000002` …: predictable, for tests only.
    public static func incrementing() -> SecretGenerator {
        let counter = Mutex(0)
        return SecretGenerator {
            let next = counter.withLock { value in
                value += 1
                return value
            }
            return "secret" + zeroPadded(next, width: 6)
        }
    }
}

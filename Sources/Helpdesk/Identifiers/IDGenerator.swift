import Synchronization

/// Makes the suffixes of new ids. Injected, so that tests are deterministic.
///
/// ```swift
/// let ids = IDGenerator.incrementing()
/// let first: TicketID = ids.make()   // tkt_00000000000001
/// ```
public struct IDGenerator: Sendable {
    private let nextSuffix: @Sendable () -> String

    /// Wraps a function that returns a new URL-safe suffix on every call.
    ///
    /// The suffixes must be unique, 1 to 64 characters of `A-Z a-z 0-9 - _`,
    /// and should sort in the order they were made.
    public init(_ nextSuffix: @escaping @Sendable () -> String) {
        self.nextSuffix = nextSuffix
    }

    /// A new id of the wanted kind. A suffix with characters an id cannot hold has them
    /// replaced by `_` (and is cut to 64), so a faulty generator cannot make an invalid id.
    public func make<Kind: ResourceKind>(_ kind: Kind.Type = Kind.self) -> ResourceID<Kind> {
        let suffix = nextSuffix()
        if let id = ResourceID<Kind>(rawValue: Kind.prefix + suffix) { return id }
        let repaired = suffix.utf8.prefix(64).map { ResourceID<Kind>.isURLSafe($0) ? $0 : UInt8(ascii: "_") }
        return ResourceID(trusted: Kind.prefix + (repaired.isEmpty ? "0" : String(decoding: repaired, as: UTF8.self)))
    }

    /// Suffixes `00000000000001`, `00000000000002` … (14 digits), shared by every kind.
    public static func incrementing() -> IDGenerator {
        let counter = Mutex(0)
        return IDGenerator {
            let next = counter.withLock { value in
                value += 1
                return value
            }
            return zeroPadded(next, width: 14)
        }
    }

    /// Time-ordered suffixes: 10 characters of milliseconds since 1970 and 16 random
    /// ones, Crockford base 32 in lower case (a ULID). Ids made in the same
    /// millisecond by one generator still sort in the order they were made.
    public static func live(clock: DateGenerator = .live) -> IDGenerator {
        let state = Mutex(ULIDState())
        return IDGenerator {
            let millis = clock.now().millisecondsSince1970
            return state.withLock { $0.next(millis: millis) }
        }
    }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

private struct ULIDState {
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
    var lastMillis: Int64 = -1
    var random: (UInt64, UInt64) = (0, 0)

    mutating func next(millis: Int64) -> String {
        if millis > lastMillis {
            lastMillis = millis
            var generator = SystemRandomNumberGenerator()
            random = (generator.next() & 0xFF_FFFF_FFFF, generator.next() & 0xFF_FFFF_FFFF)
        } else {
            // Same (or an earlier) millisecond: count up so that the order holds.
            random.1 += 1
            if random.1 > 0xFF_FFFF_FFFF {
                random.1 = 0
                random.0 += 1
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(26)
        Self.append(UInt64(max(0, lastMillis)), digits: 10, to: &bytes)
        Self.append(random.0, digits: 8, to: &bytes)
        Self.append(random.1, digits: 8, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func append(_ value: UInt64, digits: Int, to bytes: inout [UInt8]) {
        for index in stride(from: digits - 1, through: 0, by: -1) {
            bytes.append(alphabet[Int((value >> (UInt64(index) * 5)) & 31)])
        }
    }
}

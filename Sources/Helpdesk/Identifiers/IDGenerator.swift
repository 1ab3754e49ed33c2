import Synchronization

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Makes the suffixes of new ids. Injected, so that tests are deterministic.
///
/// ```swift
/// let ids = IDGenerator.incrementing()
/// let first: TicketID = ids.make()   // tkt_00000000000001
/// ```
public struct IDGenerator: Sendable {
    private let nextSuffix: @Sendable (_ instant: Date?) -> String

    /// Wraps a function that returns a new URL-safe suffix on every call.
    ///
    /// The suffixes must be unique, 1 to 64 characters of `A-Z a-z 0-9 - _`,
    /// and should sort in the order they were made.
    public init(_ nextSuffix: @escaping @Sendable () -> String) {
        self.nextSuffix = { _ in nextSuffix() }
    }

    private init(stamping nextSuffix: @escaping @Sendable (_ instant: Date?) -> String) {
        self.nextSuffix = nextSuffix
    }

    /// A new id of the wanted kind. A suffix with characters an id cannot hold has them
    /// replaced by `_` (and is cut to 64), so a faulty generator cannot make an invalid id.
    public func make<Kind: ResourceKind>(_ kind: Kind.Type = Kind.self) -> ResourceID<Kind> {
        id(suffix: nextSuffix(nil))
    }

    /// A new id for a record created at `instant`. A time-ordered generator (``live(clock:)``)
    /// encodes `instant` rather than reading its clock again, so that records' ids sort as their
    /// creation times do, even when concurrent changes read the clock in one order and make
    /// their ids in another. Other generators ignore `instant`.
    public func make<Kind: ResourceKind>(_ kind: Kind.Type = Kind.self, at instant: Date) -> ResourceID<Kind> {
        id(suffix: nextSuffix(instant))
    }

    private func id<Kind: ResourceKind>(suffix: String) -> ResourceID<Kind> {
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

    /// Time-ordered suffixes (ULIDs): 10 characters of milliseconds since 1970, then 16 that
    /// count up from a random start by random steps, Crockford base 32 in lower case. Ids of
    /// one millisecond sort in the order they were made. ``make(_:)`` reads `clock` and never
    /// goes back to a millisecond before the latest it encoded; ``make(_:at:)`` encodes the
    /// instant it is given.
    public static func live(clock: DateGenerator = .live) -> IDGenerator {
        let state = Mutex(ULIDState())
        return IDGenerator(stamping: { instant in
            let millis = (instant ?? clock.now()).millisecondsSince1970
            return state.withLock { $0.next(millis: millis, asGiven: instant != nil) }
        })
    }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

private struct ULIDState {
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
    /// The latest millisecond encoded.
    var latestMillis: Int64 = -1
    /// The 80 bits after the time, shared by every millisecond: each id adds 1 to 65,536, so
    /// the ids of one millisecond sort in the order they were made and no two are the same.
    /// It starts below 2⁷⁸, so it cannot reach 2⁸⁰ within 2⁶¹ ids.
    var tail = UInt128.random(in: 0..<(1 << 78))

    mutating func next(millis: Int64, asGiven: Bool) -> String {
        let encoded = asGiven ? millis : max(millis, latestMillis)
        latestMillis = max(latestMillis, encoded)
        tail += UInt128.random(in: 1...65_536)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(26)
        Self.append(UInt64(max(0, encoded)), digits: 10, to: &bytes)
        Self.append(UInt64(truncatingIfNeeded: tail >> 40), digits: 8, to: &bytes)
        Self.append(UInt64(truncatingIfNeeded: tail), digits: 8, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func append(_ value: UInt64, digits: Int, to bytes: inout [UInt8]) {
        for index in stride(from: digits - 1, through: 0, by: -1) {
            bytes.append(alphabet[Int((value >> (UInt64(index) * 5)) & 31)])
        }
    }
}

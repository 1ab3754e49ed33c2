#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The wire format of dates: ISO 8601 in UTC, `2025-01-15T10:30:00Z`, with
/// milliseconds (`2025-01-15T10:30:00.250Z`) only when they are not zero.
///
/// Parsing accepts `Z` or a numeric offset (`+02:00`), and any number of
/// fraction digits (kept to the millisecond).
public enum ISO8601 {
    /// `date` in the wire format.
    public static func format(_ date: Date) -> String {
        format(milliseconds: date.millisecondsSince1970)
    }

    /// The wire format of a time given in milliseconds since 1970, clamped to years 0000…9999.
    public static func format(milliseconds: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        write(milliseconds: milliseconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the wire format of a time to `bytes`, digit by digit: this runs twice for every
    /// ticket of a list answer.
    static func write(milliseconds: Int64, to bytes: inout [UInt8]) {
        let milliseconds = min(max(milliseconds, Self.earliestMilliseconds), Self.latestMilliseconds)
        let days = milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000
        let millisOfDay = milliseconds - days * 86_400_000
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let seconds = millisOfDay / 1000
        let millis = millisOfDay % 1000
        func digits(_ value: Int64, _ width: Int, then separator: UInt8?) {
            var divisor: Int64 = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
            if let separator { bytes.append(separator) }
        }
        digits(year, 4, then: UInt8(ascii: "-"))
        digits(month, 2, then: UInt8(ascii: "-"))
        digits(day, 2, then: UInt8(ascii: "T"))
        digits(seconds / 3600, 2, then: UInt8(ascii: ":"))
        digits(seconds / 60 % 60, 2, then: UInt8(ascii: ":"))
        digits(seconds % 60, 2, then: millis != 0 ? UInt8(ascii: ".") : nil)
        if millis != 0 { digits(millis, 3, then: nil) }
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Parses an ISO 8601 date-time with a `Z` or `±hh:mm` offset; `nil` if it is not one.
    public static func parse(_ text: String) -> Date? {
        parseMilliseconds(text).map(Date.init(millisecondsSince1970:))
    }

    /// Parses an ISO 8601 date-time into milliseconds since 1970; `nil` if it is not one, or if
    /// its offset puts it outside years 0000…9999 in UTC. A fraction finer than a millisecond
    /// is cut off, or, with `roundingUp`, rounds up to the next millisecond.
    public static func parseMilliseconds(_ text: String, roundingUp: Bool = false) -> Int64? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.take("-"),
            let month = scanner.number(digits: 2), scanner.take("-"),
            let day = scanner.number(digits: 2), scanner.take("T") || scanner.take("t"),
            let hour = scanner.number(digits: 2), scanner.take(":"),
            let minute = scanner.number(digits: 2), scanner.take(":"),
            let second = scanner.number(digits: 2)
        else { return nil }
        var millis: Int64 = 0
        var finerThanMillis = false
        if scanner.take(".") {
            var digits = 0
            while let digit = scanner.digit() {
                if digits < 3 { millis = millis * 10 + Int64(digit) } else if digit != 0 { finerThanMillis = true }
                digits += 1
            }
            guard digits > 0 else { return nil }
            if digits < 3 { for _ in digits..<3 { millis *= 10 } }
        }
        var offsetMinutes: Int64 = 0
        if scanner.take("Z") || scanner.take("z") {
            offsetMinutes = 0
        } else if let sign = scanner.sign() {
            guard let hours = scanner.number(digits: 2), scanner.take(":"),
                let minutes = scanner.number(digits: 2), hours < 24, minutes < 60
            else { return nil }
            offsetMinutes = sign * Int64(hours * 60 + minutes)
        } else {
            return nil
        }
        guard scanner.isAtEnd, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = daysSinceEpoch(year: Int64(year), month: Int64(month), day: Int64(day))
        let secondsOfDay = Int64(hour * 3600 + minute * 60 + second) - offsetMinutes * 60
        let milliseconds = (days * 86_400 + secondsOfDay) * 1000 + millis + (roundingUp && finerThanMillis ? 1 : 0)
        // An offset can push a time out of years 0000…9999 in UTC, which `format` cannot write back.
        guard Self.millisecondRange.contains(milliseconds) else { return nil }
        return milliseconds
    }

    /// 0000-01-01T00:00:00Z, the earliest time the wire format writes.
    static let earliestMilliseconds: Int64 = -62_167_219_200_000
    /// 9999-12-31T23:59:59.999Z, the latest time the wire format writes.
    static let latestMilliseconds: Int64 = 253_402_300_799_999
    /// The times the wire format writes, in milliseconds since 1970.
    static let millisecondRange = earliestMilliseconds...latestMilliseconds

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's `days_from_civil`.
    private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Howard Hinnant's `civil_from_days`.
    private static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

private struct DigitScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    mutating func digit() -> Int? {
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - UInt8(ascii: "0"))
    }

    mutating func number(digits count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int64? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }
}

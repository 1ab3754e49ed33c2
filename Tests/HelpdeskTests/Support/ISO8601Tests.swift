import Foundation
import Testing

@testable import Helpdesk

@Suite struct ISO8601Tests {
    static let formatted: [(Int64, String)] = [
        (0, "1970-01-01T00:00:00Z"),
        (1_736_937_000_000, "2025-01-15T10:30:00Z"),
        (1_736_937_000_250, "2025-01-15T10:30:00.250Z"),
        (1_736_937_000_005, "2025-01-15T10:30:00.005Z"),
        (1_736_937_000_999, "2025-01-15T10:30:00.999Z"),
        (-1, "1969-12-31T23:59:59.999Z"),
        (-14_182_940_000, "1969-07-20T20:17:40Z"),
        (951_825_600_000, "2000-02-29T12:00:00Z"),
        (1_709_251_199_000, "2024-02-29T23:59:59Z"),
        (-2_203_891_200_000, "1900-03-01T00:00:00Z"),
        (-11_670_998_400_000, "1600-02-29T00:00:00Z"),
        (-62_135_596_800_000, "0001-01-01T00:00:00Z"),
        (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
    ]

    @Test(arguments: formatted)
    func formatsWithMillisecondsOnlyWhenNotZero(milliseconds: Int64, text: String) {
        #expect(ISO8601.format(milliseconds: milliseconds) == text)
        #expect(ISO8601.format(instant(milliseconds)) == text)
    }

    @Test(arguments: formatted)
    func parsesWhatItFormats(milliseconds: Int64, text: String) {
        #expect(ISO8601.parseMilliseconds(text) == milliseconds)
        #expect(ISO8601.parse(text) == instant(milliseconds))
    }

    static let accepted: [(String, Int64)] = [
        ("2025-01-15T10:30:00Z", 1_736_937_000_000),
        ("2025-01-15t10:30:00z", 1_736_937_000_000),
        ("2025-01-15T12:30:00+02:00", 1_736_937_000_000),
        ("2025-01-15T05:00:00-05:30", 1_736_937_000_000),
        ("2025-01-15T10:30:00+00:00", 1_736_937_000_000),
        ("2025-01-15T10:30:00-00:00", 1_736_937_000_000),
        ("2025-01-16T00:29:00+13:59", 1_736_937_000_000),
        ("2025-01-15T10:30:00.2Z", 1_736_937_000_200),
        ("2025-01-15T10:30:00.25Z", 1_736_937_000_250),
        ("2025-01-15T10:30:00.250Z", 1_736_937_000_250),
        ("2025-01-15T10:30:00.2509Z", 1_736_937_000_250),
        ("2025-01-15T10:30:00.25099Z", 1_736_937_000_250),
        ("2025-01-15T10:30:00.250999Z", 1_736_937_000_250),
        ("2025-01-15T10:30:00.0000001Z", 1_736_937_000_000),
        ("2025-01-15T10:30:00.12345678Z", 1_736_937_000_123),
        ("2025-01-15T10:30:00.123456789Z", 1_736_937_000_123),
        ("2025-01-15T12:30:00.5+02:00", 1_736_937_000_500),
        ("2000-02-29T12:00:00Z", 951_825_600_000),
        ("1969-12-31T23:59:59.999Z", -1),
    ]

    @Test(arguments: accepted)
    func parsesOffsetsAndFractions(text: String, milliseconds: Int64) {
        #expect(ISO8601.parseMilliseconds(text) == milliseconds)
    }

    static let refused: [String] = [
        "", "garbage", "2025", "2025-01-15", "2025-01-15T10:30Z", "2025-01-15T10:30:00",
        "2025-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2025-04-31T00:00:00Z",
        "2025-13-01T00:00:00Z", "2025-00-01T00:00:00Z", "2025-01-00T00:00:00Z", "2025-01-32T00:00:00Z",
        "2025-01-15T24:00:00Z", "2025-01-15T10:60:00Z", "2025-01-15T10:30:60Z",
        "2025-01-15 10:30:00Z", "2025-01-15T10:30:00.Z", "2025-01-15T10:30:00,5Z", "2025-01-15T10:30:00.5",
        "2025-1-15T10:30:00Z", "25-01-15T10:30:00Z", "20250115T103000Z", "+2025-01-15T10:30:00Z",
        "2025-01-15T10:30:00+2:00", "2025-01-15T10:30:00+0200", "2025-01-15T10:30:00+02", "2025-01-15T10:30:00+24:00",
        "2025-01-15T10:30:00+02:60", "2025-01-15T10:30:00+02:00Z", "2025-01-15T10:30:00ZZ", "2025-01-15T10:30:00Z ",
        " 2025-01-15T10:30:00Z", "2025-01-15T10:30:00UTC", "２０２５-01-15T10:30:00Z", "2025-01-15T10:30:00\u{0}Z",
    ]

    @Test(arguments: refused)
    func refusesWhatIsNotAnInstant(text: String) {
        #expect(ISO8601.parseMilliseconds(text) == nil)
        #expect(ISO8601.parse(text) == nil)
    }

    @Test func roundTripsManyInstantsFromYear1To9999() {
        var random = SeededRandom(seed: 8601)
        let range: ClosedRange<Int64> = -62_135_596_800_000...253_402_300_799_999
        for _ in 0..<20_000 {
            let milliseconds = Int64.random(in: range, using: &random)
            let text = ISO8601.format(milliseconds: milliseconds)
            #expect(ISO8601.parseMilliseconds(text) == milliseconds, "\(text)")
        }
    }

    @Test func agreesWithFoundationsCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var random = SeededRandom(seed: 1970)
        // 1800 to 2200: far from the Julian changeover that Foundation's calendar makes in 1582.
        for _ in 0..<2_000 {
            let milliseconds = Int64.random(in: -5_364_662_400_000...7_258_118_400_000, using: &random)
            let parts = calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second],
                from: Date(timeIntervalSince1970: Double(milliseconds / 1000)))
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!,
                parts.minute!,
                parts.second!)
            #expect(ISO8601.format(milliseconds: milliseconds - milliseconds % 1000) == expected)
        }
    }

    @Test func everyDayOfALeapYearRoundTrips() {
        let start: Int64 = 1_704_067_200_000  // 2024-01-01T00:00:00Z
        let texts = (0..<367).map { ISO8601.format(milliseconds: start + Int64($0) * 86_400_000) }
        #expect(texts[59] == "2024-02-29T00:00:00Z")
        #expect(texts[365] == "2024-12-31T00:00:00Z")
        #expect(texts[366] == "2025-01-01T00:00:00Z")
        #expect(Set(texts).count == 367)
        #expect(
            texts.enumerated().allSatisfy {
                ISO8601.parseMilliseconds($0.element) == start + Int64($0.offset) * 86_400_000
            })
    }

    @Test func formatsDatesToTheMillisecond() {
        #expect(ISO8601.format(Date(timeIntervalSince1970: 1_736_937_000.2501)) == "2025-01-15T10:30:00.250Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: -0.25)) == "1969-12-31T23:59:59.750Z")
    }
}

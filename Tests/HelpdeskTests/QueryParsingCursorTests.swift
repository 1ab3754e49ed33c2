import Helpdesk
import Testing

@Suite struct QueryParsingCursorTests {
    static let texts = [
        "", "a", "s", "i42", "\u{301}abc", "\u{200D}x", "e\u{301}", "\u{E9}", "👩‍👩‍👧", "\"\\/\n\r\t\u{0}\u{1F}\u{7F}",
        "\u{FEFF}\u{10FFFF}\u{FFFD}", "a,b&c=d%zz+ ?#", "ı̇İ", String(repeating: "a\u{301}\u{302}", count: 5000),
    ]

    @Test(arguments: texts)
    func tokenRoundTripsAnyText(text: String) throws {
        let cursor = Cursor(
            after: SortKey([.text(text), .integer(-1)], id: "cust_1"), field: "name", direction: .ascending)
        let decoded = try #require(Cursor(token: cursor.token))
        #expect(decoded == cursor)
        guard case .after(let key) = decoded.position, case .text(let back)? = key.values.first else {
            Issue.record("not a key cursor")
            return
        }
        #expect(Array(back.utf8) == Array(text.utf8))
    }

    @Test(arguments: [-62_167_219_200_000, -1, 0, 1, 1_736_937_000_000, 253_402_300_799_999])
    func tokenRoundTripsAnyIntegerOfTheYearsTheWireFormatWrites(number: Int64) {
        let cursor = Cursor(
            after: SortKey([.integer(number)], id: "tkt_1"), field: "created_at", direction: .descending)
        #expect(Cursor(token: cursor.token) == cursor)
    }

    @Test(arguments: [Int64.min, -62_167_219_200_001, 253_402_300_800_000, Int64.max])
    func refusesATokenWhoseIntegerIsNoTimeOrRank(number: Int64) {
        let cursor = Cursor(
            after: SortKey([.integer(number)], id: "tkt_1"), field: "created_at", direction: .descending)
        #expect(Cursor(token: cursor.token) == nil)
    }

    @Test func aTimestampFinerThanAMillisecondRoundsTowardTheSortsFarSide() {
        let text = "2026-12-03T15:54:12.6105Z"
        let cut = ISO8601.parseMilliseconds("2026-12-03T15:54:12.610Z")
        #expect(Cursor(token: text) == cut.map(Cursor.init(timestamp:)))
        #expect(Cursor(token: text, direction: .descending) == cut.map { Cursor(timestamp: $0 + 1) })
        let whole = "2026-12-03T15:54:12.6100Z"
        #expect(Cursor(token: whole, direction: .descending) == cut.map(Cursor.init(timestamp:)))
        #expect(Cursor(token: "9999-12-31T23:59:59.9991Z", direction: .descending) == nil)
    }

    @Test func timestampTokensRoundTrip() {
        for milliseconds: Int64 in [0, 1, -1, 1_736_937_000_250, 253_402_300_799_999, -62_167_219_200_000] {
            let cursor = Cursor(timestamp: milliseconds)
            #expect(Cursor(token: cursor.token) == cursor, "\(milliseconds)")
        }
    }

    @Test(arguments: ["0000-01-01T00:00:00+00:01", "-0001-12-31T23:59:59Z", "9999-12-31T23:59:59-00:01"])
    func refusesATimestampOutsideTheYearsTheWireFormatWrites(token: String) {
        #expect(Cursor(token: token) == nil)
    }

    @Test func neverTrapsOnRandomStrings() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/:.TZ")
        var decoded = 0
        for _ in 0..<5000 {
            let token = randomText(Int.random(in: 0..<60, using: &generator), from: alphabet, using: &generator)
            decoded += expectStable(token) ? 1 : 0
        }
        #expect(decoded < 5000)
    }

    @Test func neverTrapsOnMutatedTokens() {
        let seeds = [
            Cursor(after: SortKey([.integer(3), .integer(-9)], id: "tkt_01"), field: "priority", direction: .ascending)
                .token,
            Cursor(after: SortKey([.text("Ann é")], id: "cust_1"), field: "name", direction: .descending).token,
            "2025-01-15T10:30:00.123+02:00", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z",
            "0000-01-01T01:00:00+01:00", "9999-12-31T22:59:59-01:00",
        ]
        let replacements = Array("A_-=+/0:.Zz\u{E9}")
        var parsedMutations = 0
        for seed in seeds {
            #expect(expectStable(seed))
            let characters = Array(seed)
            for index in characters.indices {
                parsedMutations += expectStable(String(characters[..<index])) ? 1 : 0
                for replacement in replacements {
                    var mutated = characters
                    mutated[index] = replacement
                    parsedMutations += expectStable(String(mutated)) ? 1 : 0
                }
            }
        }
        #expect(parsedMutations > 0)
    }

    /// Reads `token`; if it is a cursor, its own token must read back as the same cursor.
    private func expectStable(_ token: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard let cursor = Cursor(token: token) else { return false }
        #expect(Cursor(token: cursor.token) == cursor, "\(token)", sourceLocation: sourceLocation)
        return true
    }
}

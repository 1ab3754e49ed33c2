import Testing

@testable import Helpdesk

@Suite struct BitmapTests {
    /// Random sets of rows, as bitmaps and as plain sets.
    static func randomSets(_ count: Int, seed: UInt64) -> [(Bitmap, Set<Int32>)] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            let size = Int(random.next() % 5_000)
            let rows = Set((0..<size).map { _ in Int32(random.next() % 20_000) })
            return (Bitmap(rows: rows), rows)
        }
    }

    @Test(arguments: [2, 3, 4])
    func intersectionCountIsTheSizeOfTheIntersection(sets: Int) {
        for seed in UInt64(1)...20 {
            let pairs = Self.randomSets(sets, seed: seed + UInt64(sets) * 100)
            let expected = pairs.dropFirst().reduce(pairs[0].1) { $0.intersection($1.1) }.count
            #expect(Bitmap.intersectionCount(pairs.map(\.0)) == expected)
        }
        #expect(Bitmap.intersectionCount([]) == 0)
    }

    @Test func intersectionOfUnevenLengthsStopsAtTheShortest() {
        let short = Bitmap(rows: [1, 2, 3])
        let long = Bitmap(rows: [2, 3, 10_000])
        #expect(Bitmap.intersectionCount([short, long]) == 2)
        #expect(Bitmap.intersectionCount([long, short]) == 2)
    }
}

import Testing

@testable import Helpdesk

/// `binarySearch`, behind every sorted `RowSet`, answers what a linear scan does, whatever the
/// spread of the rows: evenly, bunched with outliers, dense, far apart, none.
@Suite struct RowSearchTests {
    /// A small deterministic generator (a linear congruential one), so every run probes the same rows.
    struct Generator {
        var state: UInt64
        mutating func next(below bound: Int32) -> Int32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int32(truncatingIfNeeded: (state >> 33) % UInt64(bound))
        }
    }

    static func rows(_ shape: String) -> [Int32] {
        var generator = Generator(state: 42)
        switch shape {
        case "even": return Array(Set((0..<3_000).map { _ in generator.next(below: 100_000) })).sorted()
        case "bunched":
            // Most rows in a narrow band, a few far out.
            let band = (0..<2_000).map { _ in 50_000 + generator.next(below: 300) }
            let outliers: [Int32] = [0, 1, 2, 1_000_000, 2_000_000_000, Int32.max - 1]
            return Array(Set(band + outliers)).sorted()
        case "dense": return Array(0..<5_000)
        case "powers": return (0..<31).map { Int32(1) << $0 }
        default: return []
        }
    }

    @Test(arguments: ["even", "bunched", "dense", "powers", "empty"])
    func findsWhatALinearScanFinds(shape: String) {
        let rows = Self.rows(shape)
        var probes: [Int32] = [Int32.min, -1, 0, Int32.max]
        for row in rows { probes += [row &- 1, row, row &+ 1] }
        for probe in probes {
            let expected = rows.firstIndex { $0 >= probe } ?? rows.count
            let (found, index) = rows.binarySearch(probe)
            #expect(index == expected, "\(shape): \(probe)")
            #expect(found == (expected < rows.count && rows[expected] == probe), "\(shape): \(probe)")
        }
    }

    @Test func rowSetsInsertAndRemoveThroughTheSearch() {
        var set = RowSet()
        var generator = Generator(state: 7)
        var reference = Set<Int32>()
        for _ in 0..<4_000 {
            let row = generator.next(below: 1_000_000)
            if generator.next(below: 3) == 0, let some = reference.first {
                set.remove(some)
                reference.remove(some)
            } else {
                set.insert(row, capacityHint: 1_000_000)
                reference.insert(row)
            }
        }
        #expect(set.rows == reference.sorted())
        #expect(reference.allSatisfy(set.contains))
        #expect(set.bitmap == nil)  // 4,000 rows of a million stay an array, the searched shape
    }
}

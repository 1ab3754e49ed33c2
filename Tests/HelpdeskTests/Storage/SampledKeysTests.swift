import Testing

@testable import Helpdesk

/// ``SampledKeys/partitionPoint(keyIsBefore:isBefore:)`` against a scan of every row, on
/// keys with long runs of ties (settled by a second value, as rows are by their ids).
@Suite struct SampledKeysTests {
    @Test(arguments: [0, 1, 63, 64, 65, 200, 1_000])
    func partitionPointIsTheFirstRowNotBefore(count: Int) {
        var random = SeededRandom(seed: UInt64(count) + 1)
        var keys = SampledKeys()
        var key: Int64 = 0
        for _ in 0..<count {
            key += Int64(random.next() % 3)  // ties are common
            keys.append(key)
        }
        for _ in 0..<200 {
            let bound = Int64(random.next() % UInt64(max(key + 2, 1))) - 1
            let tieRow = Int(random.next() % UInt64(count + 1))
            // Before: a smaller key, or the bound's key at a row below `tieRow`.
            func isBefore(_ row: Int) -> Bool { keys[row] < bound || (keys[row] == bound && row < tieRow) }
            let expected = (0..<count).first { !isBefore($0) } ?? count
            let found = keys.partitionPoint(keyIsBefore: { $0 == bound ? nil : $0 < bound }, isBefore: isBefore)
            #expect(found == expected, "bound \(bound), tie row \(tieRow)")
        }
    }

    @Test func samplesFollowChangedKeys() {
        var keys = SampledKeys()
        for key in 0..<300 { keys.append(Int64(key) * 10) }
        keys[128] = 1_285
        #expect(keys.samples[2] == 1_285)
        #expect(keys.partitionPoint(keyIsBefore: { $0 < 1_284 }, isBefore: { keys[$0] < 1_284 }) == 128)
    }
}

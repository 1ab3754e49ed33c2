import Testing

@testable import Helpdesk

/// `SortedRows`, the chunked sorted rows behind every sparse `RowSet`, holds what a plain set
/// holds through inserts, removals and appends that split and empty its chunks, and walks
/// from any start in either direction as a filtered sorted array does.
@Suite struct SortedRowsTests {
    typealias Generator = RowSearchTests.Generator

    /// Many chunks' worth of rows, inserted in random order, then mostly removed again.
    static func shuffled(count: Int, below bound: Int32) -> (SortedRows, Set<Int32>) {
        var rows = SortedRows()
        var reference = Set<Int32>()
        var generator = Generator(state: 11)
        for _ in 0..<count {
            let row = generator.next(below: bound)
            #expect(rows.insert(row) == reference.insert(row).inserted)
        }
        return (rows, reference)
    }

    @Test func holdsWhatASetHoldsThroughSplitsAndRemovals() {
        var (rows, reference) = Self.shuffled(count: 12_000, below: 40_000)
        #expect(rows.chunks.count > 4)
        #expect(rows.rows == reference.sorted())
        var generator = Generator(state: 5)
        for _ in 0..<20_000 {
            let row = generator.next(below: 40_000)
            #expect(rows.remove(row) == (reference.remove(row) != nil))
        }
        #expect(rows.count == reference.count)
        #expect(rows.rows == reference.sorted())
        #expect(rows.chunks.allSatisfy { !$0.isEmpty && $0.count <= 2 * SortedRows.chunkLimit })
        for probe in Int32(-1)...40_001 { #expect(rows.contains(probe) == reference.contains(probe)) }
        for row in reference { rows.remove(row) }
        #expect(rows.isEmpty && rows.chunks.isEmpty && rows.last == nil)
    }

    @Test func appendsFillTheLastChunkThenStartNewOnes() {
        var rows = SortedRows(Array(0..<1_500))
        rows.append(contentsOf: Array(stride(from: 2_000, to: 9_000, by: 2)))
        let expected = Array(0..<1_500) + Array(stride(from: Int32(2_000), to: 9_000, by: 2))
        #expect(rows.rows == expected)
        #expect(rows.count == expected.count && rows.last == 8_998)
        #expect(rows.chunks.allSatisfy { $0.count <= 2 * SortedRows.chunkLimit })
        #expect(rows.insert(1_700) && !rows.insert(1_700) && rows.contains(1_700))
        rows.append(contentsOf: [])
        #expect(rows.count == expected.count + 1)
    }

    @Test(arguments: [false, true])
    func walksFromAnyStartAsASortedArrayDoes(descending: Bool) {
        let (rows, reference) = Self.shuffled(count: 5_000, below: 20_000)
        let sorted = reference.sorted()
        for start in stride(from: Int32(-3), through: 20_003, by: 97) + [Int32.min, Int32.max] + sorted.prefix(3) {
            let expected =
                descending
                ? Array(sorted.filter { $0 <= start }.reversed().prefix(40))
                : Array(sorted.filter { $0 >= start }.prefix(40))
            var visited: [Int32] = []
            rows.walk(descending: descending, from: start) { row in
                visited.append(row)
                return visited.count < 40
            }
            #expect(visited == expected, "from \(start)")
        }
        var none: [Int32] = []
        SortedRows().walk(descending: descending, from: 0) { row in
            none.append(row)
            return true
        }
        #expect(none.isEmpty)
    }
}

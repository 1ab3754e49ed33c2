/// A set of row numbers as bits: one bit per row, 64 rows a word.
///
/// Complexity: insert, remove and membership O(1); counting and intersecting
/// O(*n* / 64) for *n* rows.
struct Bitmap: Sendable, Equatable {
    private(set) var words: [UInt64] = []
    private(set) var count = 0

    init() {}

    init(rows: some Sequence<Int32>) {
        for row in rows { insert(row) }
    }

    func contains(_ row: Int32) -> Bool {
        let word = Int(row) >> 6
        return word < words.count && words[word] & (1 << UInt64(row & 63)) != 0
    }

    mutating func insert(_ row: Int32) {
        let word = Int(row) >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        let bit: UInt64 = 1 << UInt64(row & 63)
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    mutating func remove(_ row: Int32) {
        let word = Int(row) >> 6
        guard word < words.count else { return }
        let bit: UInt64 = 1 << UInt64(row & 63)
        if words[word] & bit != 0 {
            words[word] &= ~bit
            count -= 1
        }
    }

    /// The rows in ascending order.
    var rows: [Int32] {
        var rows: [Int32] = []
        rows.reserveCapacity(count)
        for (index, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                rows.append(Int32(index << 6 | bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return rows
    }
}

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

extension Bitmap {
    /// Adds every row of `set`.
    mutating func formUnion(_ set: RowSet) {
        if let other = set.bitmap {
            if other.words.count > words.count {
                words.append(contentsOf: repeatElement(0, count: other.words.count - words.count))
            }
            var total = 0
            for index in words.indices {
                if index < other.words.count { words[index] |= other.words[index] }
                total += words[index].nonzeroBitCount
            }
            count = total
        } else {
            set.forEachRow { insert($0) }
        }
    }

    /// Removes every row of `set`.
    mutating func subtract(_ set: RowSet) {
        if let other = set.bitmap {
            var total = 0
            for index in words.indices {
                if index < other.words.count { words[index] &= ~other.words[index] }
                total += words[index].nonzeroBitCount
            }
            count = total
        } else {
            set.forEachRow { remove($0) }
        }
    }

    /// Keeps only the rows also in `other`.
    mutating func formIntersection(_ other: Bitmap) {
        if words.count > other.words.count { words.removeSubrange(other.words.count...) }
        var total = 0
        for index in words.indices {
            words[index] &= other.words[index]
            total += words[index].nonzeroBitCount
        }
        count = total
    }

    /// How many rows every one of `bitmaps` holds, counted word by word without building the intersection.
    static func intersectionCount(_ bitmaps: [Bitmap]) -> Int {
        guard let first = bitmaps.first else { return 0 }
        let length = bitmaps.map(\.words.count).min() ?? 0
        if bitmaps.count == 2 {
            return first.words.withUnsafeBufferPointer { a in
                bitmaps[1].words.withUnsafeBufferPointer { b in
                    var total = 0
                    for index in 0..<length { total &+= (a[index] & b[index]).nonzeroBitCount }
                    return total
                }
            }
        }
        var total = 0
        for index in 0..<length {
            var word = first.words[index]
            for other in bitmaps.dropFirst() { word &= other.words[index] }
            total += word.nonzeroBitCount
        }
        return total
    }

    /// The highest row at or below `row` that is set, or `nil`.
    func last(atOrBelow row: Int32) -> Int32? {
        guard row >= 0, !words.isEmpty else { return nil }
        var index = min(Int(row) >> 6, words.count - 1)
        var word = words[index]
        if index == Int(row) >> 6, row & 63 != 63 { word &= (UInt64(1) << UInt64(row & 63 + 1)) - 1 }
        while true {
            if word != 0 { return Int32(index << 6 | (63 - word.leadingZeroBitCount)) }
            index -= 1
            guard index >= 0 else { return nil }
            word = words[index]
        }
    }

    /// The lowest row at or above `row` that is set, or `nil`.
    func first(atOrAbove row: Int32) -> Int32? {
        let start = max(0, Int(row))
        var index = start >> 6
        guard index < words.count else { return nil }
        var word = words[index] & (~UInt64(0) << UInt64(start & 63))
        while true {
            if word != 0 { return Int32(index << 6 | word.trailingZeroBitCount) }
            index += 1
            guard index < words.count else { return nil }
            word = words[index]
        }
    }
}

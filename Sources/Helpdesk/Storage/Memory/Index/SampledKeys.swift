/// The `created_at` keys of a table's rows, with every 64th also kept in a small array of
/// its own: a search for where a key falls among rows in key order reads that array (about
/// 120 KiB for a million rows, which stays in cache) and then one stretch of 64 rows, rather
/// than twenty lines scattered over megabytes.
struct SampledKeys: Sendable {
    static let stride = 64

    private(set) var keys: ContiguousArray<Int64> = []
    /// The key of row `i * stride`, for each `i`.
    private(set) var samples: ContiguousArray<Int64> = []

    init() {}

    var count: Int { keys.count }
    var last: Int64? { keys.last }

    subscript(row: Int) -> Int64 {
        get { keys[row] }
        set {
            keys[row] = newValue
            if row % Self.stride == 0 { samples[row / Self.stride] = newValue }
        }
    }

    mutating func append(_ key: Int64) {
        if keys.count % Self.stride == 0 { samples.append(key) }
        keys.append(key)
    }

    /// The first row for which `isBefore` is false, when it is true for a prefix of the rows
    /// and false for the rest. `keyIsBefore` answers from a key alone where it can (`nil`
    /// where it cannot: a tie, which `isBefore` settles by the row's id).
    func partitionPoint(keyIsBefore: (Int64) -> Bool?, isBefore: (Int) -> Bool) -> Int {
        var low = 0
        var high = samples.count
        while low < high {
            let middle = (low + high) >> 1
            if keyIsBefore(samples[middle]) ?? isBefore(middle * Self.stride) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        // Rows up to sample `low - 1` are before; from sample `low` on, none is.
        var lowRow = low == 0 ? 0 : (low - 1) * Self.stride + 1
        var highRow = min(keys.count, low * Self.stride)
        while lowRow < highRow {
            let middle = (lowRow + highRow) >> 1
            if isBefore(middle) { lowRow = middle + 1 } else { highRow = middle }
        }
        return lowRow
    }
}

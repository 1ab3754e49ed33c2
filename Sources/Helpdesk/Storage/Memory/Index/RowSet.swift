/// A set of row numbers that stays small when sparse and fast when dense: sorted rows
/// (``SortedRows``) while it holds few, a ``Bitmap`` once the rows would take more room
/// than the bitmap, and sorted rows again once the table has grown past twice that.
struct RowSet: Sendable {
    enum Storage: Sendable {
        case sorted(SortedRows)
        case bits(Bitmap)
    }

    private(set) var storage = Storage.sorted(SortedRows())

    init() {}

    var count: Int {
        switch storage {
        case .sorted(let rows): rows.count
        case .bits(let bitmap): bitmap.count
        }
    }

    var isEmpty: Bool { count == 0 }

    func contains(_ row: Int32) -> Bool {
        switch storage {
        case .sorted(let rows): rows.contains(row)
        case .bits(let bitmap): bitmap.contains(row)
        }
    }

    /// Inserts `row`, answering how many rows the set held before; `capacityHint` is the
    /// table's row count, which decides when a bitmap pays.
    @discardableResult
    mutating func insertCountingBefore(_ row: Int32, capacityHint: Int) -> Int {
        let before = count
        insert(row, capacityHint: capacityHint)
        return before
    }

    /// Inserts `row`; `capacityHint` is the table's row count, which decides when a bitmap pays.
    mutating func insert(_ row: Int32, capacityHint: Int) {
        switch storage {
        case .sorted(var rows):
            storage = .sorted(SortedRows())  // let go of the rows so the insert does not copy them
            rows.insert(row)
            storage = Self.storage(grown: rows, capacityHint: capacityHint)
        case .bits(var bitmap):
            storage = .sorted(SortedRows())
            bitmap.insert(row)
            storage = Self.storage(grown: bitmap, capacityHint: capacityHint)
        }
    }

    /// Sorted rows that grew, kept as a bitmap once they would be larger than it.
    private static func storage(grown rows: SortedRows, capacityHint: Int) -> Storage {
        rows.count > 64 && rows.count * 32 > capacityHint ? .bits(Bitmap(rows: rows.rows)) : .sorted(rows)
    }

    /// A bitmap that grew: a set made a bitmap while the table was small goes back to sorted
    /// rows once the table has outgrown it (at half the threshold, so it cannot flip back and forth).
    private static func storage(grown bitmap: Bitmap, capacityHint: Int) -> Storage {
        bitmap.count * 64 < capacityHint ? .sorted(SortedRows(bitmap.rows)) : .bits(bitmap)
    }

    /// Inserts every row of `rows`; `capacityHint` as for ``insert(_:capacityHint:)``. Rows
    /// that all follow the set's last, in ascending order (a bulk insert's new rows), are
    /// appended in one step.
    mutating func insert(contentsOf rows: [Int32], capacityHint: Int) {
        switch storage {
        case .bits(var bitmap):
            storage = .sorted(SortedRows())  // let go of the bitmap so the inserts do not copy it
            for row in rows { bitmap.insert(row) }
            storage = Self.storage(grown: bitmap, capacityHint: capacityHint)
        case .sorted(var existing):
            guard let first = rows.first, existing.last ?? -1 < first,
                zip(rows, rows.dropFirst()).allSatisfy({ $0 < $1 })
            else {
                for row in rows { insert(row, capacityHint: capacityHint) }
                return
            }
            storage = .sorted(SortedRows())
            existing.append(contentsOf: rows)
            storage = Self.storage(grown: existing, capacityHint: capacityHint)
        }
    }

    mutating func remove(_ row: Int32) {
        switch storage {
        case .sorted(var rows):
            storage = .sorted(SortedRows())
            rows.remove(row)
            storage = .sorted(rows)
        case .bits(var bitmap):
            storage = .sorted(SortedRows())
            bitmap.remove(row)
            storage = .bits(bitmap)
        }
    }

    /// The rows in ascending order.
    var rows: [Int32] {
        switch storage {
        case .sorted(let rows): rows.rows
        case .bits(let bitmap): bitmap.rows
        }
    }

    /// Visits every row in ascending order.
    func forEachRow(_ body: (Int32) -> Void) {
        switch storage {
        case .sorted(let rows): rows.forEachRow(body)
        case .bits(let bitmap): for row in bitmap.rows { body(row) }
        }
    }

    /// The bitmap, when the set is stored as one.
    var bitmap: Bitmap? {
        if case .bits(let bitmap) = storage { return bitmap }
        return nil
    }
}

extension Array where Element == Int32 {
    /// Whether `value` is in this sorted array, and where it is or would go.
    func binarySearch(_ value: Int32) -> (found: Bool, index: Int) {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) >> 1
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return (low < count && self[low] == value, low)
    }
}

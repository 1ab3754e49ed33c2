/// Distinct row numbers in ascending order, kept as sorted chunks of at most twice
/// ``chunkLimit`` rows (as ``SortedRowIndex`` keeps its entries), with each chunk's last
/// row in one array of their own.
///
/// A flat sorted array moves half its rows, on average, for each removal: a word held by ten
/// thousand tickets moved twenty kilobytes for each ticket deleted. Here a removal or an
/// insert moves at most one chunk, and finding a row reads the small array of last rows,
/// then one chunk. A set that has never held more than ``chunkLimit`` rows is one chunk,
/// read with no copy (chunks emptied by removals are dropped, never merged).
///
/// Complexity: insert, remove and membership O(log *n* + *c*) for *n* rows in chunks of
/// *c*; each step of a walk O(1).
struct SortedRows: Sendable {
    /// The rows of a chunk made by a split; a chunk splits once past twice this.
    static let chunkLimit = 1_024

    private(set) var chunks: [[Int32]] = []
    /// Each chunk's last row, ascending: where a search starts.
    private var lasts: [Int32] = []
    private(set) var count = 0

    init() {}

    /// The rows of `rows`, which must ascend with no repeat.
    init(_ rows: [Int32]) {
        append(contentsOf: rows)
    }

    var isEmpty: Bool { count == 0 }

    /// The highest row, if any.
    var last: Int32? { lasts.last }

    /// The rows in ascending order (with no copy when they are one chunk).
    var rows: [Int32] {
        chunks.count == 1 ? chunks[0] : Array(chunks.joined())
    }

    /// The chunk that holds `row` if any chunk does: the first whose last row is not below it.
    private func chunkIndex(for row: Int32) -> Int {
        if lasts.count == 1 { return row <= lasts[0] ? 0 : 1 }
        var low = 0
        var high = lasts.count
        while low < high {
            let middle = (low + high) >> 1
            if lasts[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func contains(_ row: Int32) -> Bool {
        let chunk = chunkIndex(for: row)
        return chunk < chunks.count && chunks[chunk].binarySearch(row).found
    }

    /// Inserts `row`, answering whether it was not there before.
    @discardableResult
    mutating func insert(_ row: Int32) -> Bool {
        guard let last = lasts.last else {
            append(contentsOf: [row])
            return true
        }
        // Rows mostly arrive in ascending order: append without a search.
        let chunk = row > last ? chunks.count - 1 : chunkIndex(for: row)
        let (found, index) = chunks[chunk].binarySearch(row)
        guard !found else { return false }
        chunks[chunk].insert(row, at: index)
        if index == chunks[chunk].count - 1 { lasts[chunk] = row }
        count += 1
        if chunks[chunk].count > Self.chunkLimit * 2 { split(chunk) }
        return true
    }

    /// Splits a chunk grown past twice ``chunkLimit`` in two.
    private mutating func split(_ chunk: Int) {
        let upper = Array(chunks[chunk][Self.chunkLimit...])
        chunks[chunk].removeSubrange(Self.chunkLimit...)
        chunks.insert(upper, at: chunk + 1)
        lasts.insert(chunks[chunk][Self.chunkLimit - 1], at: chunk)
    }

    /// Removes `row`, answering whether it was there.
    @discardableResult
    mutating func remove(_ row: Int32) -> Bool {
        let chunk = chunkIndex(for: row)
        guard chunk < chunks.count else { return false }
        let (found, index) = chunks[chunk].binarySearch(row)
        guard found else { return false }
        chunks[chunk].remove(at: index)
        count -= 1
        if let last = chunks[chunk].last {
            lasts[chunk] = last
        } else {
            chunks.remove(at: chunk)
            lasts.remove(at: chunk)
        }
        return true
    }

    /// Appends `rows`, which must ascend with no repeat and all follow the last row held.
    mutating func append(contentsOf rows: [Int32]) {
        guard let newLast = rows.last else { return }
        count += rows.count
        var rest = rows[...]
        if !chunks.isEmpty {
            let room = max(0, Self.chunkLimit * 2 - chunks[chunks.count - 1].count)
            chunks[chunks.count - 1].append(contentsOf: rest.prefix(room))
            lasts[lasts.count - 1] = chunks[chunks.count - 1][chunks[chunks.count - 1].count - 1]
            rest = rest.dropFirst(room)
        }
        while !rest.isEmpty {
            let chunk = Array(rest.prefix(Self.chunkLimit))
            rest = rest.dropFirst(Self.chunkLimit)
            chunks.append(chunk)
            lasts.append(chunk[chunk.count - 1])
        }
        assert(lasts.last == newLast)
    }

    /// Visits the rows at or below `start` downwards (`descending`), or at or above it
    /// upwards, until `visit` answers false.
    func walk(descending: Bool, from start: Int32, visiting visit: (Int32) -> Bool) {
        var chunk = chunkIndex(for: start)
        if descending {
            var index: Int
            if chunk < chunks.count {
                let (found, position) = chunks[chunk].binarySearch(start)
                index = found ? position : position - 1
            } else {
                chunk = chunks.count - 1
                index = chunk >= 0 ? chunks[chunk].count - 1 : -1
            }
            while chunk >= 0 {
                let rows = chunks[chunk]
                while index >= 0 {
                    if !visit(rows[index]) { return }
                    index -= 1
                }
                chunk -= 1
                if chunk >= 0 { index = chunks[chunk].count - 1 }
            }
        } else {
            guard chunk < chunks.count else { return }
            var index = chunks[chunk].binarySearch(start).index
            while chunk < chunks.count {
                let rows = chunks[chunk]
                while index < rows.count {
                    if !visit(rows[index]) { return }
                    index += 1
                }
                chunk += 1
                index = 0
            }
        }
    }

    /// Visits every row in ascending order.
    func forEachRow(_ body: (Int32) -> Void) {
        for chunk in chunks { for row in chunk { body(row) } }
    }
}

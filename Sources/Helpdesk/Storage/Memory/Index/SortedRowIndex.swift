/// Rows ordered by a 64-bit key, ties broken by the row's id: the index behind
/// every time-sorted walk of the in-memory store.
///
/// Kept as a list of sorted chunks of at most ``chunkLimit`` entries (as Python's
/// `sortedcontainers` does), so that an insert or a removal moves at most one chunk.
///
/// Complexity: insert, remove and seek O(log *n* + *c*) for *n* rows and chunks
/// of *c*; each step of a walk O(1).
struct SortedRowIndex: Sendable {
    struct Entry: Sendable, Equatable {
        var key: Int64
        var row: Int32
    }

    /// Where a walk starts: strictly past a key and id, or strictly past a whole key.
    enum Bound {
        case entry(key: Int64, id: String)
        case key(Int64)
    }

    static let chunkLimit = 512

    private(set) var chunks: [[Entry]] = []
    private(set) var count = 0

    init() {}

    /// Whether `lhs` sorts before `rhs`; `id` gives a row's id for ties.
    private static func precedes(_ lhs: Entry, _ rhs: Entry, _ id: (Int32) -> String) -> Bool {
        if lhs.key != rhs.key { return lhs.key < rhs.key }
        if lhs.row == rhs.row { return false }
        return id(lhs.row).utf8.lexicographicallyPrecedes(id(rhs.row).utf8)
    }

    /// The chunk an entry belongs in: the first whose last entry does not precede it.
    private func chunkIndex(for entry: Entry, _ id: (Int32) -> String) -> Int {
        var low = 0
        var high = chunks.count
        while low < high {
            let middle = (low + high) >> 1
            if let last = chunks[middle].last, Self.precedes(last, entry, id) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    private func position(in chunk: [Entry], of entry: Entry, _ id: (Int32) -> String) -> Int {
        var low = 0
        var high = chunk.count
        while low < high {
            let middle = (low + high) >> 1
            if Self.precedes(chunk[middle], entry, id) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func insert(_ entry: Entry, id: (Int32) -> String) {
        count += 1
        guard !chunks.isEmpty else {
            chunks = [[entry]]
            return
        }
        let chunk = min(chunkIndex(for: entry, id), chunks.count - 1)
        let index = position(in: chunks[chunk], of: entry, id)
        chunks[chunk].insert(entry, at: index)
        if chunks[chunk].count > Self.chunkLimit * 2 {
            let upper = Array(chunks[chunk][Self.chunkLimit...])
            chunks[chunk].removeSubrange(Self.chunkLimit...)
            chunks.insert(upper, at: chunk + 1)
        }
    }

    /// Removes `entry` if present (its key must be the one it was inserted with).
    mutating func remove(_ entry: Entry, id: (Int32) -> String) {
        let chunk = chunkIndex(for: entry, id)
        guard chunk < chunks.count else { return }
        let index = position(in: chunks[chunk], of: entry, id)
        guard index < chunks[chunk].count, chunks[chunk][index] == entry else { return }
        chunks[chunk].remove(at: index)
        count -= 1
        if chunks[chunk].isEmpty { chunks.remove(at: chunk) }
    }

    /// Visits rows in order (`descending` or not), strictly past `bound` when given,
    /// until `visit` answers false.
    func walk(descending: Bool, after bound: Bound?, id: (Int32) -> String, visiting visit: (Int32) -> Bool) {
        guard !chunks.isEmpty else { return }
        var (chunk, index) = start(descending: descending, after: bound, id: id)
        if descending {
            while chunk >= 0 {
                let entries = chunks[chunk]
                while index >= 0 {
                    if !visit(entries[index].row) { return }
                    index -= 1
                }
                chunk -= 1
                if chunk >= 0 { index = chunks[chunk].count - 1 }
            }
        } else {
            while chunk < chunks.count {
                let entries = chunks[chunk]
                while index < entries.count {
                    if !visit(entries[index].row) { return }
                    index += 1
                }
                chunk += 1
                index = 0
            }
        }
    }

    /// The first position of a walk: chunk and index (index may be -1 or past the end of a chunk).
    private func start(descending: Bool, after bound: Bound?, id: (Int32) -> String) -> (Int, Int) {
        guard let bound else {
            return descending ? (chunks.count - 1, chunks[chunks.count - 1].count - 1) : (0, 0)
        }
        // Find the first entry that is not before the bound (ascending: strictly after it).
        func isBefore(_ entry: Entry) -> Bool {
            switch bound {
            case .key(let key):
                return descending ? entry.key < key : entry.key <= key
            case .entry(let key, let boundID):
                if entry.key != key { return entry.key < key }
                let entryID = id(entry.row).utf8
                return descending
                    ? entryID.lexicographicallyPrecedes(boundID.utf8)
                    : !boundID.utf8.lexicographicallyPrecedes(entryID)
            }
        }
        var low = 0
        var high = chunks.count
        while low < high {
            let middle = (low + high) >> 1
            if let last = chunks[middle].last, isBefore(last) { low = middle + 1 } else { high = middle }
        }
        var chunk = low
        var index = 0
        if chunk < chunks.count {
            var lowIndex = 0
            var highIndex = chunks[chunk].count
            while lowIndex < highIndex {
                let middle = (lowIndex + highIndex) >> 1
                if isBefore(chunks[chunk][middle]) { lowIndex = middle + 1 } else { highIndex = middle }
            }
            index = lowIndex
        }
        if descending {
            // The walk starts at the last entry that is before the bound.
            if chunk >= chunks.count {
                chunk = chunks.count - 1
                index = chunks[chunk].count - 1
            } else {
                index -= 1
                if index < 0 {
                    chunk -= 1
                    index = chunk >= 0 ? chunks[chunk].count - 1 : -1
                }
            }
        }
        return (chunk, index)
    }
}

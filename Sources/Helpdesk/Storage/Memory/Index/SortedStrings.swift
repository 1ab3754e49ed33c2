/// A sorted set of strings (by UTF-8 bytes) that finds every string with a prefix.
struct SortedStrings: Sendable {
    private(set) var strings: [String] = []

    private func lowerBound(_ value: String) -> Int {
        strings.firstIndex(notBeforeBytesOf: value)
    }

    mutating func insert(_ value: String) {
        let index = lowerBound(value)
        if index < strings.count, strings[index] == value { return }
        strings.insert(value, at: index)
    }

    mutating func remove(_ value: String) {
        let index = lowerBound(value)
        if index < strings.count, strings[index] == value { strings.remove(at: index) }
    }

    /// Every string that starts with `prefix`, in order.
    func withPrefix(_ prefix: String) -> ArraySlice<String> {
        let start = lowerBound(prefix)
        var end = start
        while end < strings.count, strings[end].utf8.starts(with: prefix.utf8) { end += 1 }
        return strings[start..<end]
    }
}

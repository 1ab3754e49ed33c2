extension Array where Element == String {
    /// The index of the first string not before `value` in an array sorted by UTF-8 bytes,
    /// found by binary search; `count` if every string is before it.
    func firstIndex(notBeforeBytesOf value: String) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) >> 1
            if self[middle].utf8.lexicographicallyPrecedes(value.utf8) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// Decoding one name or value of a URL query string
/// (`application/x-www-form-urlencoded`, as browsers and `URLComponents` write it).
enum PercentDecoding {
    /// `encoded` with `+` read as a space (unless `plusIsSpace` is false, as in paths) and
    /// `%XX` as the byte `XX`; `nil` if a `%` is not followed by two hex digits, or if the
    /// bytes are not valid UTF-8.
    ///
    /// Complexity: O(*n*) in the length of `encoded`.
    static func decode(_ encoded: Substring.UTF8View, plusIsSpace: Bool = true) -> String? {
        let percent = UInt8(ascii: "%")
        let plus = UInt8(ascii: "+")
        guard encoded.contains(where: { $0 == percent || ($0 == plus && plusIsSpace) }) else {
            return String(encoded)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let byte = encoded[index]
            encoded.formIndex(after: &index)
            switch byte {
            case plus where plusIsSpace:
                bytes.append(UInt8(ascii: " "))
            case percent:
                guard index < encoded.endIndex, let high = hexValue(encoded[index]) else { return nil }
                encoded.formIndex(after: &index)
                guard index < encoded.endIndex, let low = hexValue(encoded[index]) else { return nil }
                encoded.formIndex(after: &index)
                bytes.append(high << 4 | low)
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension KeyedEncodingContainer {
    /// Encodes a date in the wire format, whatever the encoder's date strategy.
    mutating func encodeDate(_ date: Date, forKey key: Key) throws {
        try encode(ISO8601.format(date), forKey: key)
    }

    /// Encodes a date in the wire format, or `null`.
    mutating func encodeDateOrNull(_ date: Date?, forKey key: Key) throws {
        if let date { try encodeDate(date, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// Encodes a value, or writes `null` (synthesized code would drop the key).
    mutating func encodeOrNull(_ value: (some Encodable)?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a date written in the wire format.
    func decodeDate(forKey key: Key) throws -> Date {
        let text = try decode(String.self, forKey: key)
        guard let date = ISO8601.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an ISO 8601 date")
        }
        return date
    }

    /// Decodes a date in the wire format, `nil` when absent or `null`.
    func decodeDateIfPresent(forKey key: Key) throws -> Date? {
        guard try contains(key) && !decodeNil(forKey: key) else { return nil }
        return try decodeDate(forKey: key)
    }
}

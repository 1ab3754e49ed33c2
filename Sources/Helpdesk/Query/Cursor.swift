#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the next page of a list starts.
///
/// A cursor the library makes is an opaque token that records the sort it was
/// made for; using it with another `order_by` or `order_dir` is an error. A
/// bare ISO 8601 timestamp is also a cursor (as the seed shows): rows strictly
/// past it in the sort's direction, for time sorts only.
public struct Cursor: Hashable, Sendable {
    /// What the cursor points past.
    public enum Position: Hashable, Sendable {
        /// Strictly after the row with this key, in the sort's order.
        case after(SortKey)
        /// Strictly past this time (milliseconds since 1970) in the sort's direction.
        case timestamp(Int64)
    }

    /// The sort field's wire name the cursor was made for; `nil` for a bare timestamp.
    public var sortField: String?
    /// The direction the cursor was made for; `nil` for a bare timestamp.
    public var direction: SortDirection?
    public var position: Position

    /// A cursor after `key` in the sort `field` `direction`.
    public init(after key: SortKey, field: String, direction: SortDirection) {
        self.sortField = field
        self.direction = direction
        self.position = .after(key)
    }

    /// A bare-timestamp cursor.
    public init(timestamp milliseconds: Int64) {
        self.sortField = nil
        self.direction = nil
        self.position = .timestamp(milliseconds)
    }

    /// The opaque token clients send back (base64url of the position).
    public var token: String {
        switch position {
        case .timestamp(let milliseconds):
            return ISO8601.format(milliseconds: milliseconds)
        case .after(let key):
            var parts: [JSONValue] = [
                .string(sortField ?? ""), .string(direction?.rawValue ?? ""), .string(key.id),
            ]
            for value in key.values {
                switch value {
                case .integer(let number): parts.append(.string("i" + String(number)))
                case .text(let text): parts.append(.string("s" + text))
                }
            }
            return Base64URL.encode(JSONWriter.bytes(.array(parts)))
        }
    }

    /// The longest token ``init(token:)`` reads, in UTF-8 bytes: room for a sort text of
    /// thousands of characters (a 255-character name can take far more than 255 scalars).
    public static let maximumTokenLength = 65_536

    /// Reads a token or a bare timestamp; `nil` if it is neither. Never traps, whatever the string.
    ///
    /// A bare timestamp finer than a millisecond (`…12.6105Z`) keeps "strictly past it" exact
    /// for times kept to the millisecond: it is cut to `…12.610Z` for `direction` `asc` and
    /// rounded up to `…12.611Z` for `desc`, so that a row at `…12.610Z`, which is before the
    /// timestamp, follows it in `desc` order and not in `asc`.
    public init?(token: String, direction: SortDirection = .ascending) {
        if let milliseconds = ISO8601.parseMilliseconds(token, roundingUp: direction == .descending) {
            self.init(timestamp: milliseconds)
            return
        }
        guard token.utf8.count <= Self.maximumTokenLength, let bytes = Base64URL.decode(token),
            case .array(let parts)? = try? JSONParser.parse(bytes), parts.count >= 3,
            let field = parts[0].stringValue, let directionName = parts[1].stringValue,
            let direction = SortDirection(rawValue: directionName), let id = parts[2].stringValue
        else { return nil }
        var values: [SortValue] = []
        for part in parts.dropFirst(3) {
            // By scalar, not by Character: a text that starts with a combining mark joins the tag's grapheme.
            guard let text = part.stringValue, let tag = text.unicodeScalars.first else { return nil }
            let rest = String(text.unicodeScalars.dropFirst())
            switch tag {
            case "i":
                // Every integer of a sort key is a time or a rank: none lies outside years 0000…9999.
                guard let number = Int64(rest), ISO8601.millisecondRange.contains(number) else { return nil }
                values.append(.integer(number))
            case "s": values.append(.text(rest))
            default: return nil
            }
        }
        self.init(after: SortKey(values, id: id), field: field, direction: direction)
    }
}

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5).
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// RFC 4648 §5 base64url without padding.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let first = UInt32(bytes[index])
            let second = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            let third = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
            let group = first << 16 | second << 8 | third
            let characters = min(bytes.count - index, 3) + 1
            for position in 0..<characters {
                output.append(alphabet[Int(group >> UInt32(18 - 6 * position) & 0x3F)])
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        guard !text.contains("+"), !text.contains("/"), !text.contains("=") else { return nil }
        var base64 = text.replacing("-", with: "+").replacing("_", with: "/")
        while base64.utf8.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64).map(Array.init)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes the contract's envelopes: `{"data": …}`, `{"data": […], "meta": …}` and
/// `{"error": …}`, with sorted keys so that equal values give equal bytes (and ETags).
enum WireEncoding {
    private struct DataEnvelope<Value: Encodable>: Encodable {
        let data: Value
    }

    private struct ListEnvelope<Item: Encodable>: Encodable {
        struct Meta: Encodable {
            let limit: Int
            let total: Int
            let nextCursor: String?

            enum CodingKeys: String, CodingKey {
                case limit, total
                case nextCursor = "next_cursor"
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(limit, forKey: .limit)
                try container.encode(total, forKey: .total)
                try container.encodeOrNull(nextCursor, forKey: .nextCursor)
            }
        }

        let data: [Item]
        let meta: Meta
    }

    /// `{"data": value}`.
    static func single(_ value: some Encodable) throws -> [UInt8] {
        try encode(DataEnvelope(data: value))
    }

    /// `{"data": items, "meta": {limit, total, next_cursor}}`.
    static func list<Item: Encodable>(_ page: Page<Item>, limit: ListLimit) throws -> [UInt8] {
        try encode(
            ListEnvelope(
                data: page.items, meta: .init(limit: limit.value, total: page.total, nextCursor: page.nextCursor?.token)
            ))
    }

    /// `{"error": {"code", "message", "details"}}`; `details` holds `fields` when any field was refused.
    static func error(_ error: HelpdeskError) -> [UInt8] {
        var details: [String: JSONValue] = [:]
        if !error.fields.isEmpty { details["fields"] = .object(error.fields.mapValues(JSONValue.string)) }
        return JSONWriter.bytes(
            .object([
                "error": .object([
                    "code": .string(error.code.rawValue), "message": .string(error.message),
                    "details": .object(details),
                ])
            ]))
    }

    private static func encode(_ value: some Encodable) throws -> [UInt8] {
        try JSONTreeEncoder.bytes(value)
    }

    /// The strong ETag of a body: a quoted prefix of its SHA-256.
    static func etag(of body: [UInt8]) -> String {
        "\"" + SHA256.hex(Array(SHA256.hash(body).prefix(16))) + "\""
    }
}

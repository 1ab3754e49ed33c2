import Foundation
import Testing

@testable import Helpdesk

/// `JSONTreeEncoder` against Foundation's `JSONEncoder`: the same JSON for every model and shape.
@Suite struct JSONTreeEncoderTests {
    /// Both encodings of `value`, parsed.
    func both(_ value: some Encodable) throws -> (ours: JSONValue, foundation: JSONValue) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (
            try JSONParser.parse(try JSONTreeEncoder.bytes(value)),
            try JSONParser.parse(Array(try encoder.encode(value)))
        )
    }

    @Test(arguments: [true, false])
    func everyModelEncodesAsFoundationDoes(full: Bool) throws {
        let pairs = [
            try both(Samples.ticket(full: full)), try both(Samples.customer(full: full)),
            try both(Samples.conversation(author: full ? .system : .user(Samples.id("1")))),
            try both(Samples.user(active: full)), try both(Samples.tag(count: full ? 3 : 0)),
            try both(Samples.article(published: full)), try both(Samples.collection(described: full)),
            try both([Samples.ticket(full: full), Samples.ticket(full: !full)]),
            try both(TicketListItem(Samples.ticket(full: full))),
            try both([TicketListItem(Samples.ticket(full: !full))]),
        ]
        var tricky = Samples.ticket(full: full)
        tricky.subject = "Line\n\"quoted\" \\ é \u{1}/"
        tricky.tags = ["a\"b", "ü"]
        for (ours, foundation) in pairs + [try both(tricky), try both(TicketListItem(tricky))] {
            #expect(ours == foundation)
        }
    }

    /// The list envelope through `Codable`'s containers, for any item (the generic path).
    private func treeList<Item: Encodable>(_ page: Page<Item>, limit: ListLimit) throws -> [UInt8] {
        try WireEncoding.list(page, limit: limit)
    }

    @Test func wireListIsTheEnvelopesBytes() throws {
        var tricky = Samples.ticket(full: true)
        tricky.subject = "Line\n\"quoted\" \\ é \u{1}/"
        let items = [Samples.ticket(full: true), Samples.ticket(full: false), tricky].map(TicketListItem.init)
        let cursor = Cursor(timestamp: 1_700_000_000_000)
        for page in [
            Page(items: items, total: 41, nextCursor: cursor), Page(items: [], total: 0, nextCursor: nil),
            Page(items: Array(items.prefix(1)), total: 1, nextCursor: nil),
        ] {
            let direct = WireEncoding.wireJSONList(page, limit: .largest)
            #expect(direct == (try treeList(page, limit: .largest)))
            #expect(JSONWriter.bytes(try JSONParser.parse(direct)) == direct)
        }
    }

    private struct Shapes: Encodable {
        var small: Int8 = -3
        var large: UInt64 = 1 << 40
        var ratio: Float = 0.5
        var missing: String? = nil
        var nested: [String: [Int?]] = ["a": [1, nil, 3], "b": []]
        var flags: Set<Bool> = [true]
        var json: JSONValue = .object(["x": .array([.null, .number(2.5), .string("é\"\n")])])

        enum CodingKeys: String, CodingKey { case small, large, ratio, missing, nested, flags, json, inner }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(small, forKey: .small)
            try container.encode(large, forKey: .large)
            try container.encode(ratio, forKey: .ratio)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encode(nested, forKey: .nested)
            try container.encode(flags, forKey: .flags)
            try container.encode(json, forKey: .json)
            var inner = container.nestedContainer(keyedBy: CodingKeys.self, forKey: .inner)
            try inner.encodeNil(forKey: .missing)
            var list = inner.nestedUnkeyedContainer(forKey: .nested)
            try list.encode("one")
            var deeper = list.nestedContainer(keyedBy: CodingKeys.self)
            try deeper.encode(true, forKey: .flags)
        }
    }

    @Test func containersNumbersAndOptionalsEncodeAsFoundationDoes() throws {
        let (ours, foundation) = try both(Shapes())
        #expect(ours == foundation)
        #expect(ours.objectValue?["missing"] == nil)
        #expect(ours.objectValue?["large"] == .number(Double(1 << 40)))
    }

    @Test func topLevelLeavesEncode() throws {
        #expect(String(decoding: try JSONTreeEncoder.bytes("te\"xt"), as: UTF8.self) == #""te\"xt""#)
        #expect(try JSONTreeEncoder.bytes(42) == Array("42".utf8))
        #expect(try JSONTreeEncoder.bytes([Bool]()) == Array("[]".utf8))
        #expect(try JSONTreeEncoder.bytes(["k": 1.5, "a": 2]) == Array(#"{"a":2,"k":1.5}"#.utf8))
    }

    /// Bytes, not just values: the same as `JSONWriter` writes the parsed value (sorted keys, its escapes).
    @Test(arguments: [true, false])
    func bytesAreJSONWritersBytes(full: Bool) throws {
        let values: [any Encodable] = [
            Samples.ticket(full: full), TicketListItem(Samples.ticket(full: full)), Shapes(),
        ]
        for value in values {
            let bytes = try JSONTreeEncoder.bytes(value)
            #expect(JSONWriter.bytes(try JSONParser.parse(bytes)) == bytes)
        }
    }
}

extension WireEncoding {
    /// `{"data": items, "meta": {limit, next_cursor, total}}` for items that write their own
    /// JSON: the same bytes as the `Encodable` form, written into one buffer without
    /// `Codable`'s containers or a copy per item.
    static func wireJSONList<Item: Encodable & WireJSON>(_ page: Page<Item>, limit: ListLimit) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(96 + page.items.count * 512)
        output.append(contentsOf: #"{"data":["#.utf8)
        for (offset, item) in page.items.enumerated() {
            if offset > 0 { output.append(UInt8(ascii: ",")) }
            item.writeJSON(to: &output)
        }
        output.append(contentsOf: #"],"meta":{"limit":"#.utf8)
        output.append(contentsOf: String(limit.value).utf8)
        output.append(contentsOf: #","next_cursor":"#.utf8)
        if let cursor = page.nextCursor {
            JSONWriter.writeString(cursor.token, to: &output)
        } else {
            output.append(contentsOf: "null".utf8)
        }
        output.append(contentsOf: #","total":"#.utf8)
        output.append(contentsOf: String(page.total).utf8)
        output.append(contentsOf: "}}".utf8)
        return output
    }
}

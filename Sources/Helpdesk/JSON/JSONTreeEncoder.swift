/// Encodes any `Encodable` as compact JSON bytes with sorted keys, as ``JSONWriter`` writes.
///
/// It stands in for Foundation's `JSONEncoder` on the response path, where that encoder
/// was most of the cost of a list answer. The value's containers are collected in a small
/// tree (members kept as arrays, not dictionaries) and written out in one pass. Integers
/// are written as ``JSONValue/number(_:)``s, so an integer beyond ±2⁵³ loses precision:
/// the models hold none (counts, limits and custom-field numbers, which are doubles
/// already). Dates must be encoded by the value itself, as the models do (ISO 8601
/// strings); a bare `Date` encodes as its `Codable` default would.
enum JSONTreeEncoder {
    /// The JSON bytes of `value`.
    static func bytes(_ value: some Encodable) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        try TreeEncoder.slot(value, codingPath: []).write(to: &output)
        return output
    }
}

/// What an encoder or container has written so far: a finished value, or a container still being filled.
private enum Slot {
    case value(JSONValue)
    case node(TreeNode)
    /// JSON a ``WireJSON`` value wrote itself.
    case written([UInt8])

    func write(to output: inout [UInt8]) {
        switch self {
        case .value(let value): JSONWriter.write(value, to: &output)
        case .node(let node): node.write(to: &output)
        case .written(let bytes): output.append(contentsOf: bytes)
        }
    }
}

/// A container being filled: an object's members or an array's elements, by reference,
/// because nested containers are handed out before they are filled.
private final class TreeNode {
    enum Kind {
        /// Members in the order set; a key set again replaces its earlier value.
        case object([(key: String, slot: Slot)])
        case array([Slot])
    }

    var kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    /// Writes the node, an object's members sorted by key.
    func write(to output: inout [UInt8]) {
        switch kind {
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (offset, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.slot.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                element.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    func set(_ key: String, _ slot: Slot) {
        guard case .object(var members) = kind else { return }
        kind = .array([])  // drop the reference so the members are mutated in place
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].slot = slot
        } else {
            members.append((key, slot))
        }
        kind = .object(members)
    }

    func append(_ slot: Slot) {
        guard case .array(var elements) = kind else { return }
        kind = .object([])
        elements.append(slot)
        kind = .array(elements)
    }

    var count: Int {
        switch kind {
        case .object(let members): members.count
        case .array(let elements): elements.count
        }
    }
}

private final class TreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var root: Slot?

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    /// The slot of one value. The leaves are told apart by comparing metatypes, which is cheap,
    /// before any cast: a failing dynamic cast costs far more than encoding the value.
    static func slot<Value: Encodable>(_ value: Value, codingPath: [any CodingKey]) throws -> Slot {
        if Value.self == String.self, let text = value as? String { return .value(.string(text)) }
        if Value.self == JSONValue.self, let json = value as? JSONValue { return .value(json) }
        if Value.self == Bool.self, let flag = value as? Bool { return .value(.bool(flag)) }
        if Value.self == Int.self, let number = value as? Int { return .value(.number(Double(number))) }
        if let model = value as? any WireJSON {
            var bytes: [UInt8] = []
            model.writeJSON(to: &bytes)
            return .written(bytes)
        }
        let encoder = TreeEncoder(codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.root ?? .value(.object([:]))
    }

    /// The node a container of `kind` writes into: the one already there, or a new one.
    func node(_ kind: TreeNode.Kind) -> TreeNode {
        if case .node(let node) = root {
            switch (node.kind, kind) {
            case (.object, .object), (.array, .array): return node
            default: break
            }
        }
        let node = TreeNode(kind)
        root = .node(node)
        return node
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedTreeContainer<Key>(node: node(.object([])), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedTreeContainer(node: node(.array([])), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTreeContainer(encoder: self)
    }
}

/// The JSON number of an integer of any width.
private func number(_ value: some BinaryInteger) -> JSONValue { .number(Double(value)) }

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: TreeNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) { node.set(key.stringValue, .value(.null)) }
    mutating func encode(_ value: Bool, forKey key: Key) { node.set(key.stringValue, .value(.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) { node.set(key.stringValue, .value(.string(value))) }
    mutating func encode(_ value: Double, forKey key: Key) { node.set(key.stringValue, .value(.number(value))) }
    mutating func encode(_ value: Float, forKey key: Key) { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: Int, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) { node.set(key.stringValue, .value(number(value))) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        node.set(key.stringValue, try TreeEncoder.slot(value, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = TreeNode(.object([]))
        node.set(key.stringValue, .node(child))
        return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = TreeNode(.array([]))
        node.set(key.stringValue, .node(child))
        return UnkeyedTreeContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(forKey: key.stringValue) }

    private func superEncoder(forKey key: String) -> any Encoder {
        let child = TreeNode(.object([]))
        node.set(key, .node(child))
        let encoder = TreeEncoder(codingPath: codingPath)
        encoder.root = .node(child)
        return encoder
    }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let node: TreeNode
    let codingPath: [any CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() { node.append(.value(.null)) }

    mutating func encode(_ value: some Encodable) throws {
        node.append(try TreeEncoder.slot(value, codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = TreeNode(.object([]))
        node.append(.node(child))
        return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = TreeNode(.array([]))
        node.append(.node(child))
        return UnkeyedTreeContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let child = TreeNode(.object([]))
        node.append(.node(child))
        let encoder = TreeEncoder(codingPath: codingPath)
        encoder.root = .node(child)
        return encoder
    }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() { encoder.root = .value(.null) }
    mutating func encode(_ value: Bool) { encoder.root = .value(.bool(value)) }
    mutating func encode(_ value: String) { encoder.root = .value(.string(value)) }
    mutating func encode(_ value: Double) { encoder.root = .value(.number(value)) }
    mutating func encode(_ value: Float) { encoder.root = .value(.number(Double(value))) }
    mutating func encode(_ value: Int) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: Int8) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: Int16) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: Int32) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: Int64) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: UInt) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: UInt8) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: UInt16) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: UInt32) { encoder.root = .value(number(value)) }
    mutating func encode(_ value: UInt64) { encoder.root = .value(number(value)) }

    mutating func encode(_ value: some Encodable) throws {
        encoder.root = try TreeEncoder.slot(value, codingPath: codingPath)
    }
}

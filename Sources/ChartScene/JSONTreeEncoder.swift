/// A minimal `Encoder` producing a `JSONTree` (the scene target imports no Foundation).
struct JSONTreeEncoder: Encoder {
    let node: JSONTree
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.kind {} else { node.kind = .object([:]) }
        return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.kind {} else { node.kind = .array([]) }
        return Unkeyed(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }

    /// Encodes `value` into `node`, treating floating-point numbers and strings as JSON scalars.
    static func encode<T: Encodable>(_ value: T, into node: JSONTree, codingPath: [any CodingKey]) throws {
        switch value {
        case let d as Double: node.kind = JSONTree.number(d)
        case let s as String: node.kind = .string(s)
        case let b as Bool: node.kind = .bool(b)
        case let i as Int: node.kind = JSONTree.number(Double(i))
        default: try value.encode(to: JSONTreeEncoder(node: node, codingPath: codingPath))
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: JSONTree
        var codingPath: [any CodingKey]

        private func set(_ child: JSONTree, for key: Key) {
            if case .object(var members) = node.kind {
                members[key.stringValue] = child
                node.kind = .object(members)
            }
        }

        mutating func encodeNil(forKey key: Key) throws { set(JSONTree(.null), for: key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let child = JSONTree()
            try JSONTreeEncoder.encode(value, into: child, codingPath: codingPath + [key])
            set(child, for: key)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let child = JSONTree(.object([:]))
            set(child, for: key)
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = JSONTree(.array([]))
            set(child, for: key)
            return Unkeyed(node: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { JSONTreeEncoder(node: node, codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = JSONTree()
            set(child, for: key)
            return JSONTreeEncoder(node: child, codingPath: codingPath + [key])
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let node: JSONTree
        var codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = node.kind { return items.count }
            return 0
        }

        private func append(_ child: JSONTree) {
            if case .array(var items) = node.kind {
                items.append(child)
                node.kind = .array(items)
            }
        }

        mutating func encodeNil() throws { append(JSONTree(.null)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let child = JSONTree()
            try JSONTreeEncoder.encode(value, into: child, codingPath: codingPath)
            append(child)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = JSONTree(.object([:]))
            append(child)
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = JSONTree(.array([]))
            append(child)
            return Unkeyed(node: child, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder {
            let child = JSONTree()
            append(child)
            return JSONTreeEncoder(node: child, codingPath: codingPath)
        }
    }

    private struct Single: SingleValueEncodingContainer {
        let node: JSONTree
        var codingPath: [any CodingKey]
        mutating func encodeNil() throws { node.kind = .null }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try JSONTreeEncoder.encode(value, into: node, codingPath: codingPath)
        }
    }
}

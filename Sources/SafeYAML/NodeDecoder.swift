import Foundation
import Yams

/// Decodes a `Decodable` value from a composed Yams node, the way `YAMLDecoder().decode(_:from:)`
/// does (same values, same `DecodingError`s with the same coding paths and types), without its
/// per-type protocol-conformance casts: Yams asks `type as? ScalarConstructible.Type` and
/// `value as? YamlAnchorCoding` for every type it decodes, and in a statically linked binary each
/// first cast of a type scans the whole conformance table (a third of a one-chart process).
/// Here the scalar types are told apart by comparing metatypes (`String`, `Double`, `Int`, `Bool`
/// are read with Yams' own `construct(from:)`); every other type decodes through `init(from:)`.
///
/// For documents without anchors or explicit tags on mappings, which every reader here refuses or
/// never meets; alias dereferencing strategies and `YamlAnchorCoding` are not supported.
/// Types that conform to Yams' `ScalarConstructible` other than the four above (Float, Int64,
/// Date, Data, UUID, URL, Decimal…) are not read as scalars: do not decode them with this.
public struct NodeDecoder {
    public init() {}

    /// The value of type `T` at `node`.
    public func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
        try _NodeDecoder(node: node, codingPath: []).decodeValue(type)
    }
}

private struct _NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: Node, codingPath: [any CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    func child(_ node: Node, key: any CodingKey) -> _NodeDecoder {
        _NodeDecoder(node: node, codingPath: codingPath + [key])
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let mapping = node.mapping.map(Self.flatten) else {
            throw typeMismatch(Node.Mapping.self, reality: node)
        }
        return KeyedDecodingContainer(_NodeKeyedContainer<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let sequence = node.sequence else {
            throw typeMismatch(Node.Sequence.self, reality: node)
        }
        return _NodeUnkeyedContainer(decoder: self, sequence: sequence)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: single value

    func decodeNil() -> Bool { node.null == NSNull() }
    func decode(_ type: Bool.Type) throws -> Bool { try scalarValue(type) }
    func decode(_ type: String.Type) throws -> String { try scalarValue(type) }
    func decode(_ type: Double.Type) throws -> Double { try scalarValue(type) }
    func decode(_ type: Int.Type) throws -> Int { try scalarValue(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

    /// Yams' `_construct`: a scalar type from the scalar, anything else through `init(from:)`.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try scalarValue(String.self) as! T }
        if T.self == Double.self { return try scalarValue(Double.self) as! T }
        if T.self == Int.self { return try scalarValue(Int.self) as! T }
        if T.self == Bool.self { return try scalarValue(Bool.self) as! T }
        return try T(from: self)
    }

    private func scalarValue<T: ScalarConstructible>(_ type: T.Type) throws -> T {
        let scalar: Node.Scalar
        switch node {
        case .scalar(let s): scalar = s
        case .mapping(let m): throw typeMismatch(Node.Scalar.self, reality: m)
        case .sequence(let s): throw typeMismatch(Node.Scalar.self, reality: s)
        case .alias(let a): throw typeMismatch(Node.Scalar.self, reality: a)
        }
        guard let value = T.construct(from: scalar) else { throw typeMismatch(type, reality: scalar) }
        return value
    }

    func typeMismatch(_ expectation: Any.Type, reality: Any) -> DecodingError {
        let description = "Expected to decode \(expectation) but found \(Swift.type(of: reality)) instead."
        return .typeMismatch(expectation, .init(codingPath: codingPath, debugDescription: description))
    }

    /// Yams' merge-key handling (`<<`) and `=` keys, as its decoder applies them to every mapping.
    static func flatten(_ mapping: Node.Mapping) -> Node.Mapping {
        var pairs = Array(mapping)
        var merge: [(key: Node, value: Node)] = []
        var index = pairs.startIndex
        while index < pairs.count {
            let pair = pairs[index]
            let tagName = pair.key.tag.description
            if tagName == Tag.Name.merge.rawValue {
                pairs.remove(at: index)
                switch pair.value {
                case .mapping(let m):
                    merge.append(contentsOf: flatten(m))
                case .sequence(let s):
                    for m in s.compactMap({ $0.mapping.map(flatten) }).reversed() { merge.append(contentsOf: m) }
                default:
                    break
                }
            } else {
                // Yams retags a `=` key as a string (so a lookup of "=", which resolves to `value`, misses it).
                if tagName == Tag.Name.value.rawValue, case .scalar(let key) = pair.key {
                    pairs[index] = (.scalar(Node.Scalar(key.string, Tag(.str), key.style, key.mark)), pair.value)
                }
                index += 1
            }
        }
        return Node.Mapping((merge + pairs).map { ($0.key, $0.value) }, mapping.tag, mapping.style, nil, mapping.anchor)
    }
}

private struct _NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: _NodeDecoder
    let mapping: Node.Mapping

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { mapping.keys.compactMap { $0.string.flatMap(Key.init(stringValue:)) } }
    func contains(_ key: Key) -> Bool { mapping[key.stringValue] != nil }

    private func child(_ key: any CodingKey) throws -> _NodeDecoder {
        guard let node = mapping[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return decoder.child(node, key: key)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decodeValue(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { try child(_NodeIndexKey(stringValue: "super")) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

private struct _NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: _NodeDecoder
    let sequence: Node.Sequence
    var currentIndex = 0

    init(decoder: _NodeDecoder, sequence: Node.Sequence) {
        self.decoder = decoder
        self.sequence = sequence
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { sequence.count }
    var isAtEnd: Bool { currentIndex >= sequence.count }

    private var currentKey: any CodingKey { _NodeIndexKey(intValue: currentIndex) }

    private mutating func next<T>(_ read: (_NodeDecoder) throws -> T) throws -> T {
        if isAtEnd {
            throw DecodingError.valueNotFound(T.self, .init(
                codingPath: codingPath + [currentKey], debugDescription: "Unkeyed container is at end."))
        }
        let value = try read(decoder.child(sequence[currentIndex], key: currentKey))
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        if isAtEnd {
            throw DecodingError.valueNotFound(Any?.self, .init(
                codingPath: codingPath + [currentKey], debugDescription: "Unkeyed container is at end."))
        }
        return try next { $0.decodeNil() }
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.decode(type) } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.decode(type) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.decode(type) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.decodeValue(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder { try next { $0 } }
}

/// A coding key for positions in a sequence (and `super`), like Yams' own.
private struct _NodeIndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
    init(intValue: Int) { stringValue = "Index \(intValue)"; self.intValue = intValue }
}

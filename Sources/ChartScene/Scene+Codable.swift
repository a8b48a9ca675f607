// Codable for the scene's enums. Structs get synthesized conformances (declared in Scene.swift).

extension PathElement: Codable {
    /// Encoded compactly as an array: `["M", x, y]`, `["L", x, y]`, `["C", x1, y1, x2, y2, x, y]`, `["Z"]`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        switch self {
        case .move(let p): try c.encode("M"); try c.encode(p.x); try c.encode(p.y)
        case .line(let p): try c.encode("L"); try c.encode(p.x); try c.encode(p.y)
        case .curve(let c1, let c2, let to):
            try c.encode("C")
            for v in [c1.x, c1.y, c2.x, c2.y, to.x, to.y] { try c.encode(v) }
        case .close: try c.encode("Z")
        }
    }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let op = try c.decode(String.self)
        func point() throws -> Point { Point(x: try c.decode(Double.self), y: try c.decode(Double.self)) }
        switch op {
        case "M": self = .move(try point())
        case "L": self = .line(try point())
        case "C":
            let c1 = try point(), c2 = try point(), to = try point()
            self = .curve(c1: c1, c2: c2, to: to)
        case "Z": self = .close
        default:
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown path operation '\(op)'")
        }
    }
}

extension SceneItem: Codable {
    private enum CodingKeys: String, CodingKey { case path, text, group }

    /// Encoded as a single-key object: `{"path": {...}}`, `{"text": {...}}` or `{"group": {...}}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .path(let p): try c.encode(p, forKey: .path)
        case .text(let t): try c.encode(t, forKey: .text)
        case .group(let g): try c.encode(g, forKey: .group)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let p = try c.decodeIfPresent(PathItem.self, forKey: .path) {
            self = .path(p)
        } else if let t = try c.decodeIfPresent(TextItem.self, forKey: .text) {
            self = .text(t)
        } else if let g = try c.decodeIfPresent(GroupItem.self, forKey: .group) {
            self = .group(g)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected one of 'path', 'text', 'group'"))
        }
    }
}

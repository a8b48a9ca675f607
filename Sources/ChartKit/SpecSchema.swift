import SafeYAML
import Yams

/// The keys each part of a spec allows, derived from the types' `CodingKeys`, to report
/// unknown keys (Codable alone ignores them).
indirect enum SpecSchema: Sendable {
    case object(name: String, keys: [String], children: [String: SpecSchema])
    case list(SpecSchema)
    case map(SpecSchema)
    case any

    static func keys<K: CodingKey & CaseIterable>(_ type: K.Type) -> [String] { K.allCases.map(\.stringValue) }

    static let chart = SpecSchema.object(name: "chart", keys: keys(ChartSpec.CodingKeys.self), children: [
        "size": .object(name: "size", keys: ["width", "height"], children: [:]),
        "data": .map(.object(name: "table", keys: keys(DataSource.CodingKeys.self), children: [:])),
        "x": .object(name: "x axis", keys: keys(XAxisSpec.CodingKeys.self), children: [:]),
        "y": .object(name: "y axis", keys: keys(YAxisSpec.CodingKeys.self), children: [:]),
        "layers": .list(.object(name: "layer", keys: keys(Layer.CodingKeys.self), children: [
            "style": .object(name: "style", keys: keys(LayerStyle.CodingKeys.self), children: [:]),
        ])),
        "facet": .object(name: "facet", keys: keys(FacetSpec.CodingKeys.self), children: [:]),
        "annotations": .list(.object(name: "annotation", keys: keys(Annotation.CodingKeys.self), children: [:])),
    ])

    /// Throws `ChartError.spec` at the first key `node` has that the schema does not allow.
    func check(_ node: Node, file: String, context: String) throws {
        switch self {
        case .any:
            return
        case .list(let element):
            for child in node.sequence ?? Node.Sequence() { try element.check(child, file: file, context: context) }
        case .map(let value):
            for (_, child) in node.mapping ?? Node.Mapping([]) { try value.check(child, file: file, context: context) }
        case .object(let name, let keys, let children):
            if let unknown = SafeYAML.unknownKeys(in: node, allowed: keys).first {
                throw ChartError.spec(file: file, line: unknown.line, column: unknown.column,
                                      message: unknown.message)
            }
            for (keyNode, child) in node.mapping ?? Node.Mapping([]) {
                try children[keyNode.string ?? ""]?.check(child, file: file, context: name)
            }
        }
    }
}

import ChartScene
import Foundation
import SafeYAML
import Yams
import NumberText

/// What each part of a spec allows: its keys (derived from the types' `CodingKeys`, since Codable
/// alone ignores unknown ones) and the kind of each value. Checking a document collects every
/// problem with its position, so a spec's mistakes are all reported at once.
indirect enum SpecSchema: Sendable {
    /// A mapping with these keys; `required` must be present, and one of `oneOf` when not empty.
    case object(name: String, keys: [String], children: [String: SpecSchema], required: [String] = [], oneOf: [String] = [])
    case list(SpecSchema)
    case map(SpecSchema)
    /// Any scalar (a number or a boolean reads as its text).
    case text
    case number
    /// A number from `range.lowerBound` to `range.upperBound`.
    case bounded(ClosedRange<Double>)
    /// A whole number of at least `minimum`.
    case integer(minimum: Int)
    case bool
    /// One of `values`; `noun` names it in messages (the key's name when nil).
    case choice(noun: String?, values: [String])
    /// "#RRGGBB".
    case hexColor
    /// A scalar, or a mapping checked by the schema (`facet: partner` or `facet: {column: partner}`).
    case textOr(SpecSchema)
    case any

    static func keys<K: CodingKey & CaseIterable>(_ type: K.Type) -> [String] { K.allCases.map(\.stringValue) }
    static func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, noun: String? = nil) -> SpecSchema where E.RawValue == String {
        .choice(noun: noun, values: E.allCases.map(\.rawValue))
    }

    static let chart = SpecSchema.object(name: "chart", keys: keys(ChartSpec.CodingKeys.self), children: [
        "title": .text, "subtitle": .text, "notes": .list(.text), "source": .text, "alt": .text,
        "size": .object(name: "size", keys: keys(ChartSize.CodingKeys.self),
                        children: ["width": .number, "height": .number, "textScale": .number],
                        required: ["width", "height"]),
        "theme": choice(ThemeName.self), "language": choice(Language.self),
        "data": .map(.object(name: "table", keys: keys(DataSource.CodingKeys.self), children: [
            "rows": .list(.map(.text)), "values": .map(.list(.text)), "csv": .text, "dataset": .text, "series": .text,
        ], oneOf: ["rows", "values", "csv", "series"])),
        "x": .object(name: "x axis", keys: keys(XAxisSpec.CodingKeys.self), children: [
            "type": choice(XScaleType.self), "title": .text, "domain": .list(.text), "format": choice(YFormat.self),
            "partNote": .bool,
        ]),
        "y": .object(name: "y axis", keys: keys(YAxisSpec.CodingKeys.self), children: [
            "title": .text, "unit": .text, "format": choice(YFormat.self), "zero": .bool, "domain": .list(.number),
            "log": .bool, "rows": .list(.text),
            "marks": .list(.object(name: "axis mark", keys: keys(AxisMark.CodingKeys.self), children: [
                "value": .number, "label": .text, "color": .hexColor,
            ], required: ["value", "label"])),
        ]),
        "layers": .list(layer),
        "annotations": .list(.object(name: "annotation", keys: keys(Annotation.CodingKeys.self), children: [
            "type": choice(AnnotationType.self), "x": .text, "x0": .text, "x1": .text, "y": .number, "y0": .number,
            "y1": .number, "text": .text, "label": .text, "dx": .number, "dy": .number, "role": choice(MarkRole.self),
            "color": .hexColor,
        ], required: ["type"])),
        "facet": .textOr(.object(name: "facet", keys: keys(FacetSpec.CodingKeys.self), children: [
            "column": .text, "columns": .integer(minimum: 1), "y": choice(FacetScale.self),
        ], required: ["column"])),
    ])

    static let layer = SpecSchema.object(name: "layer", keys: keys(Layer.CodingKeys.self), children: [
        "mark": choice(MarkType.self),
        "data": .text, "x": .text, "y": .text, "y2": .text, "low": .text, "high": .text, "color": .text,
        "label": .text, "status": .text, "qualifier": .text, "name": .text, "others": .text,
        "stack": .bool, "top": .integer(minimum: 1),
        "orient": choice(BarOrientation.self), "sort": choice(CategorySort.self), "role": choice(MarkRole.self),
        "roles": .map(choice(MarkRole.self, noun: "role")),
        "style": .object(name: "style", keys: keys(LayerStyle.CodingKeys.self), children: [
            "dash": .bool, "projection": .bool, "color": .hexColor, "markers": .bool, "opacity": .bounded(0...1),
            "label": .choice(noun: "label", values: ["end", "none"]), "width": .number,
        ]),
    ], required: ["mark"])

    /// Every problem of `node` against the schema, in file order. `key` names the value in messages.
    func problems(_ node: Node, key: String) -> [SpecProblem] {
        var found: [SpecProblem] = []
        check(node, key: key, into: &found)
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private func check(_ node: Node, key: String, into found: inout [SpecProblem]) {
        func add(_ message: String, at n: Node? = nil) {
            let (line, column) = SafeYAML.position(of: n ?? node)
            found.append(SpecProblem(line: line, column: column, message: message))
        }
        if node.null != nil { return }
        switch self {
        case .any:
            return
        case .text:
            if node.scalar == nil { add("'\(key)' should be text") }
        case .number:
            guard let scalar = node.scalar else { return add("'\(key)' should be a number") }
            if Double.construct(from: scalar) == nil { add("'\(key)' should be a number") }
        case .bounded(let range):
            guard let scalar = node.scalar, let value = Double.construct(from: scalar) else { return add("'\(key)' should be a number") }
            if !range.contains(value) {
                add("'\(key)' must be between \(DataTable.plain(range.lowerBound)) and \(DataTable.plain(range.upperBound)), not \(DataTable.plain(value))")
            }
        case .integer(let minimum):
            guard let scalar = node.scalar, let value = Int.construct(from: scalar) else {
                return add("'\(key)' should be a whole number")
            }
            if value < minimum { add("'\(key)' must be at least \(minimum), not \(value)") }
        case .bool:
            guard let scalar = node.scalar, Bool.construct(from: scalar) != nil else {
                return add("'\(key)' should be true or false")
            }
        case .choice(let noun, let values):
            guard let value = node.scalar?.string else { return add("'\(key)' should be one of: \(values.joined(separator: ", "))") }
            guard !values.contains(value) else { return }
            let hint = SafeYAML.suggestion(for: value, in: values).map { " (did you mean '\($0)'?)" } ?? ""
            add("'\(value)' is not a valid \(noun ?? key)\(hint); expected one of: \(values.joined(separator: ", "))")
        case .hexColor:
            guard let value = node.scalar?.string else { return add("'\(key)' should be a colour such as '#0072B2'") }
            if Color(hexString: value) == nil { add("'\(value)' is not a colour: write it as '#RRGGBB', such as '#0072B2'") }
        case .textOr(let schema):
            if node.scalar == nil { schema.check(node, key: key, into: &found) }
        case .list(let element):
            guard let sequence = node.sequence else { return add("'\(key)' should be a list") }
            for child in sequence { element.check(child, key: key, into: &found) }
        case .map(let value):
            guard let mapping = node.mapping else { return add("'\(key)' should be a mapping") }
            for (keyNode, child) in mapping { value.check(child, key: keyNode.string ?? key, into: &found) }
        case .object(let name, let keys, let children, let required, let oneOf):
            guard let mapping = node.mapping else { return add("'\(key)' should be a mapping (the \(name)'s keys)") }
            for unknown in SafeYAML.unknownKeys(in: node, allowed: keys) {
                found.append(SpecProblem(line: unknown.line, column: unknown.column, message: unknown.message))
            }
            let present = Set(mapping.keys.compactMap(\.string))
            for missing in required where !present.contains(missing) { add("missing key '\(missing)'") }
            if !oneOf.isEmpty, present.isDisjoint(with: oneOf) {
                let names = oneOf.map { "'\($0)'" }
                add("a \(name) needs \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "")")
            }
            for (keyNode, child) in mapping {
                guard let childKey = keyNode.string else { continue }
                children[childKey]?.check(child, key: childKey, into: &found)
            }
        }
    }
}

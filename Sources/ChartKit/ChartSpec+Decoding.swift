import Foundation
import SafeYAML
import Yams
import NumberText

/// Reading a spec from YAML or JSON with `file:line:column` errors and unknown-key checks.
extension ChartSpec {
    /// Decodes a YAML spec. Errors are `ChartError.spec` naming `file:line:column`; unknown keys
    /// are errors ("unknown key 'tittle' (did you mean 'title'?)"). Documents past SafeYAML's
    /// limits (size, nesting, alias expansion) are refused before composing.
    public static func decode(yaml: String, file: String) throws -> ChartSpec {
        let root: Node?
        do {
            root = try SafeYAML.compose(yaml: yaml)
        } catch {
            let problem = SafeYAML.problem(in: error, yaml: yaml)
            throw ChartError.spec(file: file, line: problem.line, column: problem.column, message: "invalid YAML: \(problem.message)")
        }
        guard let root else {
            throw ChartError.spec(file: file, line: 1, column: 1, message: "the spec is empty: a chart needs at least 'layers'")
        }
        let problems = SpecSchema.chart.problems(root, key: "chart")
        guard problems.isEmpty else { throw ChartError.located(file: file, problems) }
        var spec: ChartSpec
        do {
            spec = try NodeDecoder().decode(ChartSpec.self, from: root)
        } catch let error as DecodingError {
            throw located(error, root: root, file: file)
        }
        let origin = SpecOrigin(root: root, file: file)
        let valueProblems = spec.valueProblems(origin: origin)
        guard valueProblems.isEmpty else { throw ChartError.located(file: file, valueProblems) }
        spec.origin = origin
        return spec
    }

    /// Problems of values that are each well-formed but do not go together: the canvas size, the
    /// y domain, annotations missing what they are drawn from.
    func valueProblems(origin: SpecOrigin) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        do { try size.validate() } catch { problems.append(origin.problem(["size"], "\(error)")) }
        if layers.isEmpty { problems.append(origin.problem(["layers"], ChartError.noLayers.description)) }
        if let d = y.domain {
            if d.count != 2 {
                problems.append(origin.problem(["y", "domain"], "the y domain needs two numbers, the lowest and highest shown, such as [0, 12e9]; it has \(d.count)"))
            } else if !(d[0] < d[1]) {
                problems.append(origin.problem(["y", "domain"], "the y domain runs backwards: \(DataTable.plain(d[0])) should be below \(DataTable.plain(d[1]))"))
            } else if y.log == true, d[0] <= 0 {
                problems.append(origin.problem(["y", "domain"], "a log axis starts above 0: the y domain starts at \(DataTable.plain(d[0]))"))
            }
        }
        for (i, a) in annotations.enumerated() {
            let at: [SpecOrigin.Step] = ["annotations", .index(i)]
            switch a.type {
            case .band where a.y0 == nil || a.y1 == nil:
                problems.append(origin.problem(at, "a band annotation needs 'y0' and 'y1' (its lower and upper edge)"))
            case .rule where a.y == nil && a.x == nil:
                problems.append(origin.problem(at, "a rule annotation needs 'y' (a horizontal line) or 'x' (a vertical one)"))
            case .callout where a.x == nil || a.y == nil || (a.text ?? a.label ?? "").isEmpty:
                problems.append(origin.problem(at, "a callout needs 'x', 'y' and 'text'"))
            default: break
            }
        }
        return problems
    }

    /// Decodes a JSON spec (JSON is read as YAML, so errors carry the same positions).
    public static func decode(json: String, file: String) throws -> ChartSpec {
        try decode(yaml: json, file: file)
    }

    /// Maps a decoding error to the position of the node its coding path leads to.
    static func located(_ error: DecodingError, root: Node, file: String) -> ChartError {
        let path: [any CodingKey], message: String
        switch error {
        case .keyNotFound(let key, let ctx):
            path = ctx.codingPath
            message = "missing key '\(key.stringValue)'"
        case .valueNotFound(_, let ctx):
            path = ctx.codingPath
            message = "'\(ctx.codingPath.last?.stringValue ?? "value")' has no value"
        case .typeMismatch(let type, let ctx):
            path = ctx.codingPath
            message = "'\(keyName(ctx.codingPath))' should be \(describe(type))"
        case .dataCorrupted(let ctx):
            path = ctx.codingPath
            message = corruptedMessage(ctx, node: node(at: path, in: root))
        @unknown default:
            path = []
            message = "\(error)"
        }
        let mark = node(at: path, in: root)?.mark
        return .spec(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }

    private static func keyName(_ path: [any CodingKey]) -> String {
        path.last(where: { $0.intValue == nil })?.stringValue ?? "value"
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "text"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "a mapping" }
            return "a mapping"
        }
    }

    private static func corruptedMessage(_ ctx: DecodingError.Context, node: Node?) -> String {
        let key = keyName(ctx.codingPath)
        guard let value = node?.scalar?.string else { return "'\(key)' is invalid: \(ctx.debugDescription)" }
        let inAnnotation = ctx.codingPath.contains { $0.stringValue == "annotations" }
        let inStyle = ctx.codingPath.contains { $0.stringValue == "style" }
        let allowed: [String]
        switch key {
        case "mark": allowed = MarkType.allCases.map(\.rawValue)
        case "theme": allowed = ThemeName.allCases.map(\.rawValue)
        case "language": allowed = Language.allCases.map(\.rawValue)
        case "type": allowed = inAnnotation ? AnnotationType.allCases.map(\.rawValue) : XScaleType.allCases.map(\.rawValue)
        case "format": allowed = YFormat.allCases.map(\.rawValue)
        case "label" where inStyle: allowed = ["end", "none"]
        case "role": allowed = MarkRole.allCases.map(\.rawValue)
        case "orient": allowed = BarOrientation.allCases.map(\.rawValue)
        case "sort": allowed = CategorySort.allCases.map(\.rawValue)
        default: return "'\(key)' has an invalid value '\(value)'"
        }
        let hint = SafeYAML.suggestion(for: value, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
        return "'\(value)' is not a valid \(key)\(hint); expected one of: \(allowed.joined(separator: ", "))"
    }

    /// The node a coding path leads to (the deepest one found).
    static func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current = root
        for key in path {
            if let i = key.intValue, let seq = current.sequence {
                guard i >= 0, i < seq.count else { return current }
                current = seq[i]
            } else if let mapping = current.mapping,
                      let next = mapping.first(where: { $0.key.string == key.stringValue })?.value {
                current = next
            } else {
                return current
            }
        }
        return current
    }
}

import SafeYAML
import TradeData
import Yams

extension NodeReader {
    /// One entry of `scenarios:`.
    func scenario(_ node: Node, baseYear: Int) throws(ScenarioFileError) -> Scenario {
        let fields = try mapping(node, what: "each scenario")
        guard let kindNode = fields["kind"] else {
            throw error(node, "missing 'kind'; use one of: \(ScenarioFile.kinds.keys.sorted().joined(separator: ", "))")
        }
        let kind = try string(kindNode, key: "kind")
        guard let keys = ScenarioFile.kinds[kind] else {
            let names = ScenarioFile.kinds.keys.sorted()
            let near = SafeYAML.suggestion(for: kind, in: names)
            throw error(kindNode, "unknown kind '\(kind)'" + (near.map { " (did you mean '\($0)'?)" } ?? "; use one of: \(names.joined(separator: ", "))"))
        }
        try checkKeys(node, allowed: ["id", "label", "kind"] + keys.required + keys.optional)
        guard let idNode = fields["id"] else { throw error(node, "missing 'id' (a short name such as 'momentum')") }
        let id = try string(idNode, key: "id")
        for key in keys.required where fields[key] == nil {
            throw error(node, "scenario '\(id)' of kind '\(kind)' is missing '\(key)'")
        }
        let label = try fields["label"].map { n throws(ScenarioFileError) in try string(n, key: "label") } ?? id
        let model = try growthModel(kind, fields, node: node, baseYear: baseYear)
        let mark = node.mark
        return Scenario(id: id, label: label, model: model,
                        location: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1))
    }

    func growthModel(_ kind: String, _ fields: Node.Mapping, node: Node, baseYear: Int) throws(ScenarioFileError) -> GrowthModel {
        func required(_ key: String) throws(ScenarioFileError) -> Node {
            guard let value = fields[key] else { throw error(node, "missing '\(key)'") }
            return value
        }
        switch kind {
        case "constant":
            return .constant(rate: try rate(required("rate"), key: "rate"))
        case "historical", "trend":
            let (from, to) = try window(fields, node: node, baseYear: baseYear)
            return kind == "trend" ? .linearTrend(from: from, to: to) : .historical(from: from, to: to)
        case "decaying":
            let halfLifeNode = try required("halfLife")
            guard let halfLife = halfLifeNode.scalar.flatMap({ Double($0.string) }), halfLife > 0 else {
                throw error(halfLifeNode, "bad 'halfLife' '\(halfLifeNode.scalar?.string ?? "")'; write a positive number of years such as 2")
            }
            let start = try fields["start"].map { n throws(ScenarioFileError) in try rate(n, key: "start") }
            return .decaying(start: start, longRun: try rate(required("longRun"), key: "longRun"), halfLife: halfLife)
        case "rates":
            return .rates(try yearTable(required("rates"), key: "rates") { n throws(ScenarioFileError) in try rate(n, key: "rates") })
        default:
            return .values(try yearTable(required("values"), key: "values") { n throws(ScenarioFileError) in try value(n, key: "values") })
        }
    }

    /// `from`/`to` years, or `years: n` for the n years ending at the base.
    func window(_ fields: Node.Mapping, node: Node, baseYear: Int) throws(ScenarioFileError) -> (Int, Int) {
        if let yearsNode = fields["years"] {
            guard fields["from"] == nil else { throw error(yearsNode, "give either 'years' or 'from'/'to', not both") }
            guard let count = yearsNode.scalar.flatMap({ Int($0.string) }), count > 0 else {
                throw error(yearsNode, "bad 'years' '\(yearsNode.scalar?.string ?? "")'; write a whole number of years such as 5")
            }
            return (baseYear - count, baseYear)
        }
        guard let fromNode = fields["from"] else { throw error(node, "missing 'from' (or 'years')") }
        let from = try year(fromNode)
        let to = try fields["to"].map { n throws(ScenarioFileError) in try year(n) } ?? baseYear
        guard from < to else { throw error(fromNode, "'from' (\(from)) must come before 'to' (\(to))") }
        return (from, to)
    }
}

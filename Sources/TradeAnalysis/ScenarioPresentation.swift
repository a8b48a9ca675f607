import SafeYAML
import TradeData
import Yams

/// What a scenario stands for, when its file says so (`role: plan`) or its kind implies it
/// (`historical` and `trend` repeat the past). Charts give each role one colour across the pack.
public enum ScenarioRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// The past carried forward: a historical rate or a fitted trend.
    case historical
    /// An official plan or target path.
    case plan
    /// A deliberately low case.
    case cautious
    /// A deliberately high case.
    case ambitious
}

/// How a file asks for a scenario to be shown: highlighted among many, and in its role's colour.
public struct ScenarioPresentation: Hashable, Sendable, Codable {
    /// `highlight: true`: kept in colour when a chart has too many lines to colour them all.
    public var highlight: Bool
    /// The scenario's role; nil when neither the file nor the kind gives one.
    public var role: ScenarioRole?

    public init(highlight: Bool = false, role: ScenarioRole? = nil) {
        self.highlight = highlight
        self.role = role
    }

    /// The role a model implies when the file names none.
    public static func impliedRole(_ model: GrowthModel) -> ScenarioRole? {
        switch model {
        case .historical, .linearTrend: return .historical
        case .constant, .decaying, .rates, .values: return nil
        }
    }
}

extension NodeReader {
    /// The optional `highlight:` and `role:` keys of one scenario entry.
    func presentation(_ node: Node, model: GrowthModel) throws(ScenarioFileError) -> ScenarioPresentation {
        let fields = try mapping(node, what: "each scenario")
        var highlight = false
        if let flag = fields["highlight"] {
            switch flag.scalar?.string.lowercased() {
            case "true", "yes": highlight = true
            case "false", "no": highlight = false
            default: throw error(flag, "'highlight' must be true or false, found '\(flag.scalar?.string ?? "a list or mapping")'")
            }
        }
        var role = ScenarioPresentation.impliedRole(model)
        if let roleNode = fields["role"] {
            let name = try string(roleNode, key: "role")
            let names = ScenarioRole.allCases.map(\.rawValue)
            guard let named = ScenarioRole(rawValue: name.lowercased()) else {
                let near = SafeYAML.suggestion(for: name, in: names)
                throw error(roleNode, "unknown role '\(name)'" + (near.map { " (did you mean '\($0)'?)" } ?? "; use one of: \(names.joined(separator: ", "))"))
            }
            role = named
        }
        return ScenarioPresentation(highlight: highlight, role: role)
    }
}

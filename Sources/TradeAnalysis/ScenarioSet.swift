/// One set of assumptions to compare: the scenarios of one file (or the default set), named by
/// the file's `title:` or, without one, by the file's name.
public struct ScenarioSet: Hashable, Sendable {
    /// Short, distinct key of the set (`ministry-plan`), used to keep scenario ids distinct.
    public var id: String
    /// The set's name for readers: the file's title or name; nil for the default set, which the
    /// trade-chart layer names in the reader's language.
    public var title: String?
    /// The file it came from; nil for the default set.
    public var file: String?
    public var horizon: Int?
    public var scenarios: [Scenario]
    public var presentation: [String: ScenarioPresentation]

    public init(id: String, title: String?, file: String? = nil, horizon: Int? = nil, scenarios: [Scenario],
                presentation: [String: ScenarioPresentation] = [:]) {
        self.id = id
        self.title = title
        self.file = file
        self.horizon = horizon
        self.scenarios = scenarios
        self.presentation = presentation
    }

    /// The set a parsed file describes; `path` is the file as the user named it.
    public init(file parsed: ScenarioFile, path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        self.init(id: Self.slug(stem.isEmpty ? name : stem), title: parsed.title ?? name, file: path,
                  horizon: parsed.horizon, scenarios: parsed.scenarios, presentation: parsed.presentation)
    }

    /// `Ministry Plan 2030.yaml` → `ministry-plan-2030`.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "set" : out
    }

    /// `sets` with ids made distinct (`plan`, `plan-2`) in order.
    public static func distinct(_ sets: [ScenarioSet]) -> [ScenarioSet] {
        var seen = Set<String>()
        return sets.map { set in
            var copy = set
            var n = 2
            while !seen.insert(copy.id).inserted {
                copy.id = "\(set.id)-\(n)"
                n += 1
            }
            return copy
        }
    }

    /// Every scenario of `sets` with its id made distinct across sets as `ScenarioComparison`
    /// keys them (`plan/momentum` when several sets are given), for projecting them together.
    public static func keyed(_ sets: [ScenarioSet]) -> [Scenario] {
        let sets = distinct(sets)
        return sets.flatMap { set in
            set.scenarios.map { scenario in
                var copy = scenario
                if sets.count > 1 { copy.id = key(set: set.id, scenario: scenario.id) }
                return copy
            }
        }
    }

    /// The distinct key of a scenario among several sets.
    static func key(set: String, scenario: String) -> String { "\(set)/\(scenario)" }
}

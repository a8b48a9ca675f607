/// Scenarios from one or more sets of assumptions, set against every open level target: the year
/// each target is first reached, the value at the horizon, and the gap to each target in the
/// target's own year. Produced by `TargetAnalyzer.compare(_:horizon:)`; words come later.
public struct ScenarioComparison: Hashable, Sendable, Encodable {
    /// One set as compared.
    public struct SetInfo: Hashable, Sendable, Encodable {
        public var id: String
        /// The file's title or name; nil for the default set (worded by the trade-chart layer).
        public var title: String?
        public var file: String?
        /// Keys of the set's scenarios, in file order.
        public var scenarios: [String]

        enum CodingKeys: String, CodingKey { case id, title, file, scenarios }

        /// The default set's `title` in the encoder's `AnalysisWording` (left out without one).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encodeIfPresent(title ?? encoder.analysisWording?.defaultSetTitle, forKey: .title)
            try c.encodeIfPresent(file, forKey: .file)
            try c.encode(scenarios, forKey: .scenarios)
        }
    }

    /// A level target and the year its gap is measured in.
    public struct TargetInfo: Hashable, Sendable, Codable {
        public var targetId: String
        public var label: String
        public var value: Double
        /// The first and last years of the target's window (`2027…2028` for "in 2–3 years"); nil
        /// for a target without a year (unless the user assumed a horizon for it).
        public var firstYear: Int?
        public var year: Int?
        /// False when the source gave no year (the year, if any, is the user's assumed horizon).
        public var yearStated: Bool
    }

    /// Where a scenario stands against one target.
    public struct Standing: Hashable, Sendable, Codable {
        public var targetId: String
        /// The first year the projected value is at or above the target; nil when not by the horizon.
        public var reachYear: Int?
        /// The target's year (nil when it has none) and the projected value then; nil when the path
        /// does not reach that year.
        public var year: Int?
        public var valueInYear: Double?
        /// `valueInYear − target` (negative: short of it); nil with `valueInYear`.
        public var gap: Double?
        /// True when reached by the target's year.
        public var onTime: Bool {
            guard let reachYear, let year else { return false }
            return reachYear <= year
        }
    }

    /// One scenario of one set.
    public struct Entry: Hashable, Sendable, Encodable {
        /// Distinct across sets: the scenario id, prefixed with the set id when several sets are compared.
        public var key: String
        public var id: String
        public var set: String
        public var name: ScenarioName
        public var rule: ScenarioRule
        public var presentation: ScenarioPresentation
        /// The projected value at the horizon; nil when the path stops earlier (explicit values).
        public var horizonValue: Double?
        /// The last projected year and value.
        public var lastYear: Int
        public var lastValue: Double
        public var standings: [Standing]
        public var projection: ScenarioProjection

        /// The earliest reach year over the targets, for sorting; nil when none is reached.
        public var earliestReach: Int? { standings.compactMap(\.reachYear).min() }

        enum CodingKeys: String, CodingKey {
            case key, id, set, label, rule, presentation, horizonValue, lastYear, lastValue, standings, projection
        }

        /// `label` in the encoder's `AnalysisWording` (the id without one).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(key, forKey: .key)
            try c.encode(id, forKey: .id)
            try c.encode(set, forKey: .set)
            try c.encode(encoder.analysisWording?.name(name) ?? label, forKey: .label)
            try c.encode(rule, forKey: .rule)
            try c.encode(presentation, forKey: .presentation)
            try c.encodeIfPresent(horizonValue, forKey: .horizonValue)
            try c.encode(lastYear, forKey: .lastYear)
            try c.encode(lastValue, forKey: .lastValue)
            try c.encode(standings, forKey: .standings)
            try c.encode(projection, forKey: .projection)
        }
    }

    public var baseYear: Int
    public var baseValue: Double
    public var horizon: Int
    public var sets: [SetInfo]
    public var targets: [TargetInfo]
    public var entries: [Entry]
    /// The year after the base so far against each scenario's value for it; nil without part-year figures.
    public var pace: ScenarioPace?

    /// True when more than one set is compared.
    public var isComparison: Bool { sets.count > 1 }

    /// The entries sorted by how soon they reach the targets: earliest first reach, then the next
    /// targets' reach years, then the horizon value (higher first); never-reached last.
    public var byEarliestReach: [Entry] {
        entries.enumerated().sorted { a, b in
            let ka = a.element.standings.map { $0.reachYear ?? Int.max }, kb = b.element.standings.map { $0.reachYear ?? Int.max }
            let fa = ka.min() ?? Int.max, fb = kb.min() ?? Int.max
            if fa != fb { return fa < fb }
            if ka != kb { return ka.lexicographicallyPrecedes(kb) }
            let va = a.element.horizonValue ?? a.element.lastValue, vb = b.element.horizonValue ?? b.element.lastValue
            if va != vb { return va > vb }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The entry of `key`.
    public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
}

extension TargetAnalyzer {
    /// Projects every set to one horizon (`horizon`, else the latest any set asks for, else
    /// `defaultScenarioHorizon`) and measures each scenario against each open level target.
    public func compare(_ sets: [ScenarioSet], horizon: Int? = nil) throws -> ScenarioComparison {
        let sets = ScenarioSet.distinct(sets)
        let end = horizon ?? sets.compactMap(\.horizon).max() ?? defaultScenarioHorizon
        let targets = levelTargets.map { target, value -> ScenarioComparison.TargetInfo in
            let window = evaluationYears(for: target)
            return .init(targetId: target.id, label: target.label.en, value: value, firstYear: window.years.first,
                         year: window.years.last, yearStated: window.yearStated)
        }
        var entries: [ScenarioComparison.Entry] = []
        var infos: [ScenarioComparison.SetInfo] = []
        for set in sets {
            var keys: [String] = []
            for scenario in set.scenarios {
                let projection = try project(scenario, horizon: end)
                let key = sets.count > 1 ? ScenarioSet.key(set: set.id, scenario: scenario.id) : scenario.id
                keys.append(key)
                entries.append(try entry(projection, scenario: scenario, key: key, set: set, targets: targets, horizon: end))
            }
            infos.append(.init(id: set.id, title: set.title, file: set.file, scenarios: keys))
        }
        return ScenarioComparison(baseYear: baseYear, baseValue: base.value, horizon: end, sets: infos,
                                  targets: targets, entries: entries, pace: pace(of: entries))
    }

    /// The year scenarios run to when neither the user nor a scenario file names one: five years
    /// from the base, or later to reach the last year of every open level target with a stated
    /// deadline (at most 15 years from the base) and the assumed horizon (`--horizon`), so a
    /// target's own year is never cut off.
    public var defaultScenarioHorizon: Int {
        let stated = levelTargets.compactMap { target, _ in target.deadline?.upperBound }.filter { $0 > baseYear }
        return max(baseYear + 5, min(stated.max() ?? baseYear, baseYear + 15), assumedHorizon ?? baseYear)
    }

    /// The default scenarios as a set of their own; the annual goal's ends take the `plan` role.
    public func defaultSet() -> ScenarioSet {
        let scenarios = defaultScenarios()
        var presentation: [String: ScenarioPresentation] = [:]
        for s in scenarios {
            switch s.rate {
            case .goalLow, .goalHigh: presentation[s.id] = ScenarioPresentation(role: .plan)
            default: presentation[s.id] = ScenarioPresentation(role: ScenarioPresentation.impliedRole(s.model))
            }
        }
        return ScenarioSet(id: "default", title: nil, scenarios: scenarios, presentation: presentation)
    }

    private func entry(_ projection: ScenarioProjection, scenario: Scenario, key: String, set: ScenarioSet,
                       targets: [ScenarioComparison.TargetInfo], horizon: Int) throws -> ScenarioComparison.Entry {
        let points = projection.points
        let last = points[points.count - 1]
        let standings = targets.map { target -> ScenarioComparison.Standing in
            let reach = points.first { $0.value >= target.value * (1 - 1e-12) }?.year
            let inYear = target.year.flatMap { year in points.first { $0.year == year }?.value }
            return .init(targetId: target.targetId, reachYear: reach, year: target.year, valueInYear: inYear,
                         gap: inYear.map { $0 - target.value })
        }
        return ScenarioComparison.Entry(
            key: key, id: scenario.id, set: set.id, name: scenario.name, rule: try rule(for: scenario),
            presentation: set.presentation[scenario.id] ?? ScenarioPresentation(role: ScenarioPresentation.impliedRole(scenario.model)),
            horizonValue: points.first { $0.year == horizon }?.value, lastYear: last.year, lastValue: last.value,
            standings: standings, projection: projection)
    }
}

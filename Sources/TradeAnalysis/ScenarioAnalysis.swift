/// Everything the scenario view shows: the projections, the sensitivity grid and the fan, from one
/// base. Produced by `TargetAnalyzer.scenarioAnalysis(_:horizon:)`.
public struct ScenarioAnalysis: Hashable, Sendable, Encodable {
    public var series: String
    public var seriesLabel: String?
    public var base: TargetAnalysis.Base
    public var horizon: Int
    public var scenarios: [ScenarioProjection]
    public var sensitivity: SensitivityGrid
    public var fan: UncertaintyFan
    /// The probability of reaching each level target by each year, under the growth of each window of history.
    public var probabilities: [WindowedFan.Probability]
    /// The simulation's method: distribution, windows (years used, left out and why), paths, seed.
    public var fanMethod: WindowedFan.Method
}

extension TargetAnalyzer {
    /// Projects `scenarios` (the default set when nil) to `horizon` (default base year + 5) and adds
    /// the sensitivity grid and the uncertainty fan over the same years.
    public func scenarioAnalysis(_ scenarios: [Scenario]? = nil, horizon: Int? = nil) throws -> ScenarioAnalysis {
        let end = horizon ?? baseYear + 5
        let windowed = windowedFan(horizon: end)
        return ScenarioAnalysis(
            series: series.id, seriesLabel: series.label?.en, base: analysisBase(), horizon: end,
            scenarios: try project(scenarios ?? defaultScenarios(), horizon: end),
            sensitivity: sensitivity(years: Array((baseYear + 1)...max(baseYear + 1, end))),
            fan: uncertaintyFan(horizon: end), probabilities: windowed.probabilities, fanMethod: windowed.method
        )
    }
}

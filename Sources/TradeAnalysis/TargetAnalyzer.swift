import Foundation
import TradeData

/// The entry point of the analysis layer: a series of a dataset, a base figure, and the dataset's
/// targets. Everything it returns is a pure function of those.
///
/// ```swift
/// let analyzer = try TargetAnalyzer(dataset: dataset)          // trade_total, latest full year
/// let analysis = analyzer.analyze()                              // required growth, reach years, status
/// let paths = try analyzer.project(ScenarioSet.defaults(for: analyzer))
/// ```
public struct TargetAnalyzer: Sendable {
    public let dataset: Dataset
    public let series: Series
    /// The base observation: the preferred figure of the base period.
    public let base: Observation
    /// Last year's growth and the 3- and 5-year compound rates ending at the base.
    public let historicalRates: [NamedRate]
    /// A year the user assumes for targets without a stated year (`--horizon 2030`); nil: none is assumed.
    public var assumedHorizon: Int?

    /// - Parameters:
    ///   - seriesID: the series to analyse (`trade_total` by default).
    ///   - basePeriod: a full year; by default the series' latest full-year preferred figure.
    public init(dataset: Dataset, seriesID: SeriesID = .tradeTotal, basePeriod: Period? = nil) throws {
        let seriesID = seriesID.rawValue
        guard let series = dataset.series(seriesID) else {
            throw AnalysisError.unknownSeries(seriesID, available: dataset.series.map(\.id))
        }
        let base: Observation
        if let basePeriod {
            guard basePeriod.isFullYear else { throw AnalysisError.baseNotFullYear(period: basePeriod.description) }
            guard let found = series.preferred(at: basePeriod) else {
                throw AnalysisError.baseNotFound(period: basePeriod.description, series: seriesID)
            }
            base = found
        } else {
            guard let latest = series.yearly.last else { throw AnalysisError.noFullYearFigure(series: seriesID) }
            base = latest
        }
        guard base.value > 0 else { throw AnalysisError.baseNotPositive(period: base.period.description, location: base.location) }
        self.dataset = dataset
        self.series = series
        self.base = base
        self.historicalRates = Metrics.historicalRates(series, baseYear: base.period.year)
    }

    public var baseYear: Int { base.period.year }

    /// Open level targets of this series (5 billion, 10 billion), in value order.
    public var levelTargets: [(target: Target, value: Double)] {
        dataset.targets.compactMap { target -> (Target, Double)? in
            guard target.series == series.id, target.outcome == .open, case let .level(value) = target.goal else { return nil }
            return (target, value)
        }
        .sorted { $0.1 < $1.1 }
    }

    /// Annual growth goals of this series (10–15 % a year).
    public var growthTargets: [(target: Target, low: Double, high: Double)] {
        dataset.targets.compactMap { target in
            guard target.series == series.id, case let .annualGrowth(low, high) = target.goal else { return nil }
            return (target, low, high)
        }
    }

    /// The years a level target is evaluated at: its stated deadline (a window's every year), or
    /// the assumed horizon when the user gave one (`yearStated` false). A target without a stated
    /// year and no assumed horizon has none: it gets no deadline, only `horizonYears`.
    public func evaluationYears(for target: Target) -> (years: [Int], yearStated: Bool) {
        if let deadline = target.deadline, deadline.upperBound > baseYear {
            return (Array(max(deadline.lowerBound, baseYear + 1)...deadline.upperBound), true)
        }
        if target.deadline == nil, let assumedHorizon, assumedHorizon > baseYear { return ([assumedHorizon], false) }
        return ([], target.deadline != nil)
    }

    /// The horizons at which a target without a stated year is read, to show what it takes without
    /// inventing a deadline: 3, 5 and 10 years from the base (2028, 2030, 2035 from 2025).
    public var horizonYears: [Int] { [baseYear + 3, baseYear + 5, baseYear + 10] }

    /// Rates against which targets are checked and reach years computed: the historical rates that
    /// can be used, then both ends of each annual growth goal (one for a goal of a single rate).
    public var comparisonRates: [NamedRate] {
        let historical = historicalRates.filter { $0.usableRate != nil }
        let goals = growthTargets.flatMap { goal, low, high in
            [NamedRate(id: .goalLow(target: goal.id), rate: Estimate(low))]
                + (high == low ? [] : [NamedRate(id: .goalHigh(target: goal.id), rate: Estimate(high))])
        }
        return historical + goals
    }

    /// A historical rate by id.
    public func historicalRate(_ id: RateID) -> NamedRate? { historicalRates.first { $0.id == id } }

    /// A short source citation for an observation: `MoIT, via SGGP 2026-01-15` for a source whose
    /// publisher reads `SGGP (MoIT)`.
    public func citation(for observation: Observation) -> String {
        guard let source = dataset.source(observation.source) else { return observation.source }
        let date = source.date.map { " \($0)" } ?? ""
        if let open = source.publisher.firstIndex(of: "("), source.publisher.hasSuffix(")") {
            let outlet = source.publisher[..<open].trimmingCharacters(in: .whitespaces)
            let origin = source.publisher[source.publisher.index(after: open)..<source.publisher.index(before: source.publisher.endIndex)]
            return "\(origin), via \(outlet)\(date)"
        }
        return "\(source.publisher)\(date)"
    }
}

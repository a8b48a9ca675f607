import Foundation
import TradeData

/// The simulation's method as facts a report can state, and the probability of reaching each level
/// target by each year under the growth of several windows of history.
public struct WindowedFan: Hashable, Sendable, Codable {
    /// The probability that a path has reached `target` in or before `year`, with growth drawn from
    /// the window `window` (`5y`, `10y`, `15y`, `trough`, `all`).
    public struct Probability: Hashable, Sendable, Codable {
        public var window: String
        public var target: String
        public var year: Int
        public var p: Double
    }

    /// How the paths are drawn.
    public struct Method: Hashable, Sendable, Codable {
        /// `lognormal`: `ln V(t+1) = ln V(t) + N(mean, sd²)`, years independent of each other.
        public var distribution: String
        public var independentYears: Bool
        public var paths: Int
        public var seed: UInt64
        public var baseYear: Int
        public var baseValue: Double
        public var horizon: Int
        /// The window the fan chart draws (`all`).
        public var chartWindow: String
        /// Every window, with the changes it uses and leaves out.
        public var windows: [GrowthSample]
    }

    public var method: Method
    public var probabilities: [Probability]

    /// The lowest and highest probability across windows for one target and year.
    public func spread(target: String, year: Int) -> ClosedRange<Double>? {
        let ps = probabilities.filter { $0.target == target && $0.year == year }.map(\.p)
        guard let low = ps.min(), let high = ps.max() else { return nil }
        return low...high
    }
}

extension TargetAnalyzer {
    /// Fans over the standard windows (5, 10, 15 years, since the last trough, all years), the same
    /// seed and number of paths for each, to `horizon` (default base year + 5).
    public func windowedFan(horizon: Int? = nil, paths: Int = 10_000, seed: UInt64 = 2025) -> WindowedFan {
        let end = horizon ?? baseYear + 5
        let samples = GrowthSample.standard(series, baseYear: baseYear)
        let targets = levelTargets.map { YearValue.Labelled(id: $0.target.id, value: $0.value) }
        var probabilities: [WindowedFan.Probability] = []
        for sample in samples {
            let fan = UncertaintyFan.simulate(baseYear: baseYear, baseValue: base.value, horizon: end, logMean: sample.logMean,
                                              logSD: sample.logSD, targets: targets, paths: paths, seed: seed)
            // A window covering the same years as another is listed under both names.
            for window in [sample.id] + sample.sameAs {
                for target in fan.probabilities {
                    for (year, p) in zip(fan.years, target.byYear) {
                        probabilities.append(.init(window: window, target: target.targetId, year: year, p: p))
                    }
                }
            }
        }
        return WindowedFan(
            method: .init(distribution: "lognormal", independentYears: true, paths: max(paths, 1), seed: seed, baseYear: baseYear,
                          baseValue: base.value, horizon: end, chartWindow: GrowthSample.Window.allYears.id, windows: samples),
            probabilities: probabilities
        )
    }
}

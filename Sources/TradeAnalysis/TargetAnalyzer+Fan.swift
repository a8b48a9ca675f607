import NumberText
import Foundation
import TradeData

extension TargetAnalyzer {
    /// Yearly log growth `ln(V_t / V_{t−1})` between consecutive preferred full-year figures up to the
    /// base year (within `window` when given), by `GrowthSample`'s rules: changes with a bound end point
    /// or joining a figure the dataset computed from another source are left out; ranges enter at their
    /// midpoint; approximate figures are used and named in `approximate`.
    public func historicalLogGrowth(window: ClosedRange<Int>? = nil) -> (years: [Int], values: [Double], approximate: [Int]) {
        let sample = self.sample(window: window)
        let used = sample?.used ?? []
        return (used.map(\.year), used.map(\.logGrowth), used.filter { !$0.flags.isEmpty }.map(\.year))
    }

    /// The growth sample of all years (or of the figures within `window`).
    public func sample(window: ClosedRange<Int>? = nil) -> GrowthSample? {
        guard let window else { return GrowthSample.make(series, baseYear: baseYear, window: .allYears) }
        let end = min(window.upperBound, baseYear)
        guard end > window.lowerBound else { return nil }
        return GrowthSample.make(series, baseYear: end, window: .lastYears(end - window.lowerBound))
    }

    /// The uncertainty fan from the historical distribution of yearly growth: log-normal, fixed seed,
    /// 10,000 paths by default, to `horizon` (default base year + 5).
    public func uncertaintyFan(
        horizon: Int? = nil, paths: Int = 10_000, seed: UInt64 = 2025, window: ClosedRange<Int>? = nil
    ) -> UncertaintyFan {
        let sample = historicalLogGrowth(window: window)
        // The sample's estimates, which weigh a change over a gap by the years it spans.
        let growth = self.sample(window: window)
        let mean = growth?.logMean ?? 0
        let variance = pow(growth?.logSD ?? 0, 2)
        let gaps = growth?.used.filter { $0.years > 1 }.map { RateWindow(from: $0.from, to: $0.year) } ?? []
        var fan = UncertaintyFan.simulate(
            baseYear: baseYear, baseValue: base.value, horizon: horizon ?? baseYear + 5, logMean: mean,
            logSD: variance.squareRoot(), targets: levelTargets.map { .init(id: $0.target.id, value: $0.value) },
            paths: paths, seed: seed
        )
        fan.sample = .init(years: sample.years, gaps: gaps,
                           sourceJoins: growth?.excluded.filter { $0.reason == .sourceJoin }.map(\.year) ?? [],
                           approximate: sample.approximate)
        return fan
    }
}

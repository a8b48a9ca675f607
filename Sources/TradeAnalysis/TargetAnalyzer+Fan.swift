import Foundation
import TradeData

extension TargetAnalyzer {
    /// Yearly log growth `ln(V_t / V_{t−1})` between consecutive preferred full-year figures up to the
    /// base year (within `window` when given). Pairs with a bound or range end point are left out;
    /// approximate figures are used and named in `approximate`.
    public func historicalLogGrowth(window: ClosedRange<Int>? = nil) -> (years: [Int], values: [Double], approximate: [Int]) {
        let usable = series.yearly.filter {
            $0.period.year <= baseYear && (window?.contains($0.period.year) ?? true)
                && $0.value > 0 && ($0.quantity.qualifier == .exact || $0.quantity.qualifier == .approximate)
        }
        var years: [Int] = [], values: [Double] = [], approximate: [Int] = []
        for (prior, current) in zip(usable, usable.dropFirst()) where current.period.year == prior.period.year + 1 {
            years.append(current.period.year)
            values.append(log(current.value / prior.value))
            if prior.quantity.qualifier == .approximate || current.quantity.qualifier == .approximate {
                approximate.append(current.period.year)
            }
        }
        return (years, values, approximate)
    }

    /// The uncertainty fan from the historical distribution of yearly growth: log-normal, fixed seed,
    /// 10,000 paths by default, to `horizon` (default base year + 5).
    public func uncertaintyFan(
        horizon: Int? = nil, paths: Int = 10_000, seed: UInt64 = 2025, window: ClosedRange<Int>? = nil
    ) -> UncertaintyFan {
        let sample = historicalLogGrowth(window: window)
        let n = Double(sample.values.count)
        let mean = n > 0 ? sample.values.reduce(0, +) / n : 0
        let variance = n > 1 ? sample.values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
        var fan = UncertaintyFan.simulate(
            baseYear: baseYear, baseValue: base.value, horizon: horizon ?? baseYear + 5, logMean: mean,
            logSD: variance.squareRoot(), targets: levelTargets.map { .init(id: $0.target.id, value: $0.value) },
            paths: paths, seed: seed
        )
        let yearsText = Self.compactYears(sample.years)
        fan.assumptions = [
            "Yearly growth is log-normal with the mean and spread of the \(sample.values.count) observed yearly changes (\(yearsText)): "
                + "median growth \(Metrics.percent(exp(mean) - 1)) a year, log standard deviation \(String(format: "%.3f", variance.squareRoot())).",
            "Years are independent of each other; no shocks, policy changes or trend breaks beyond those in the history.",
            "Years whose figure is a bound or a range are left out of the sample"
                + (sample.approximate.isEmpty ? "." : "; changes involving approximate figures (\(Self.compactYears(sample.approximate))) are used."),
            "\(Metrics.grouped(fan.paths)) simulated paths from the \(baseYear) base, random seed \(fan.seed); a target counts as reached in the first year a path is at or above it.",
        ]
        return fan
    }

    /// `[2011, 2012, 2013, 2021]` → `2011–2013, 2021`.
    static func compactYears(_ years: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for year in years {
            if let last = runs.last, last.1 == year - 1 { runs[runs.count - 1].1 = year } else { runs.append((year, year)) }
        }
        return runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", ")
    }
}

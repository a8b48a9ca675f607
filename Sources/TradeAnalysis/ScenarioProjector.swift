import Foundation
import TradeData

extension TargetAnalyzer {
    /// Projects each scenario year by year from the base to `horizon` (default: base year + 5).
    public func project(_ scenarios: [Scenario], horizon: Int? = nil) throws -> [ScenarioProjection] {
        try scenarios.map { try project($0, horizon: horizon ?? baseYear + 5) }
    }

    /// Projects one scenario; throws when its model cannot be resolved against the series.
    public func project(_ scenario: Scenario, horizon: Int) throws -> ScenarioProjection {
        let fail = { (message: String) in ScenarioError(scenario: scenario.id, location: scenario.location, message: message) }
        guard horizon > baseYear else { throw fail("the horizon \(horizon) must come after the base year \(baseYear)") }
        var values: [YearValue] = [YearValue(year: baseYear, value: base.value)]
        var notes: [ProjectionNote] = []
        let rule: ScenarioRule
        let years = (baseYear + 1)...horizon
        switch scenario.model {
        case let .constant(rate):
            rule = .constant(rate: rate, from: baseYear)
            values += compound(rates: years.map { _ in rate })
        case let .historical(from, to):
            let metric = Metrics.compoundGrowth(series, from: from, to: to)
            guard let estimate = metric.estimate else { throw fail(metric.note ?? "no rate for \(from)→\(to)") }
            guard !estimate.isBound else { throw fail("\(from)→\(to) has a bound as an end point (\(metric.note ?? "")); choose another window") }
            let caveats = Metrics.rateCaveats(series, RateWindow(from: from, to: to))
            if !caveats.isEmpty { notes.append(.endPoints(caveats)) }
            rule = .historical(rate: estimate.value, window: from...to, from: baseYear)
            values += compound(rates: years.map { _ in estimate.value })
        case let .decaying(start, longRun, halfLife):
            guard halfLife > 0 else { throw fail("halfLife must be positive") }
            let first: Double
            if let start { first = start } else {
                guard let momentum = historicalRate(.momentum)?.usableRate else {
                    throw fail("no last-year growth to start from; give 'start'")
                }
                first = momentum
            }
            rule = .decaying(start: first, startIsLastYear: start == nil, longRun: longRun, halfLife: halfLife, from: baseYear)
            values += compound(rates: years.map { longRun + (first - longRun) * pow(0.5, Double($0 - baseYear - 1) / halfLife) })
        case let .rates(table):
            guard let firstListed = table.keys.min(), firstListed == baseYear + 1 else {
                throw fail("the rates must start at \(baseYear + 1), the year after the base")
            }
            var current = 0.0
            let rates = years.map { year -> Double in
                current = table[year] ?? current
                return current
            }
            let last = table.keys.max() ?? firstListed
            if last < horizon { notes.append(.laterYearsKeepRate(of: last)) }
            rule = .rates(years: firstListed...last)
            values += compound(rates: rates)
        case let .values(table):
            guard let low = table.keys.min(), let high = table.keys.max() else { throw fail("give at least one year under 'values'") }
            rule = .values(years: low...high)
            values += table.keys.sorted().filter { $0 > baseYear && $0 <= horizon }.compactMap { year in
                table[year].map { YearValue(year: year, value: $0) }
            }
        case let .linearTrend(from, to):
            let slope = try trendSlope(from: from, to: to, fail: fail)
            rule = .trend(slope: slope, window: from...to, from: baseYear)
            values += years.map { YearValue(year: $0, value: base.value + slope * Double($0 - baseYear)) }
        }
        return ScenarioProjection(
            id: scenario.id, rate: scenario.rate, name: scenario.name, rule: rule, points: points(values),
            reached: levelTargets.map { target, value in
                .init(targetId: target.id, target: value, year: values.first { $0.value >= value * (1 - 1e-12) }?.year)
            },
            notes: notes
        )
    }

    func compound(rates: [Double]) -> [YearValue] {
        var value = base.value
        return rates.enumerated().map { offset, rate in
            value *= 1 + rate
            return YearValue(year: baseYear + 1 + offset, value: value)
        }
    }

    func points(_ values: [YearValue]) -> [ScenarioProjection.Point] {
        values.enumerated().map { index, point in
            let previous = index > 0 ? values[index - 1] : nil
            let growth = previous.map { point.year - $0.year == 1 ? point.value / $0.value - 1 : pow(point.value / $0.value, 1 / Double(point.year - $0.year)) - 1 }
            return .init(year: point.year, value: point.value, growth: growth)
        }
    }

    /// Least-squares slope of the preferred full-year figures in `from...to`; bounds are left out.
    func trendSlope(from: Int, to: Int, fail: (String) -> ScenarioError) throws -> Double {
        guard from < to else { throw fail("the trend window must span at least two years") }
        let points = series.yearly.filter { (from...to).contains($0.period.year) && !Estimate($0.quantity).isBound }
        guard points.count >= 2 else { throw fail("fewer than two usable yearly figures in \(from)–\(to)") }
        let xs = points.map { Double($0.period.year) }, ys = points.map(\.value)
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        return sxy / sxx
    }
}

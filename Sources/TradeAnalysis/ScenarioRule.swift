import Foundation

/// A scenario's rule as facts the wording layer phrases: "8% a year from 2025", "explicit yearly
/// values", "trend fitted to 2021–2025". Rates are fractions, values in base units (USD).
public enum ScenarioRule: Hashable, Sendable, Codable {
    /// The same rate every year from the base year.
    case constant(rate: Double, from: Int)
    /// The compound rate observed over `window`, held from the base year.
    case historical(rate: Double, window: ClosedRange<Int>, from: Int)
    /// A start rate (last year's growth when `startIsLastYear`) fading toward `longRun`.
    case decaying(start: Double, startIsLastYear: Bool, longRun: Double, halfLife: Double, from: Int)
    /// Explicit yearly growth rates for `years` (later years keep the last one).
    case rates(years: ClosedRange<Int>)
    /// Explicit year-end values for `years` (the projection stops at the last).
    case values(years: ClosedRange<Int>)
    /// A straight line fitted to `window`, adding `slope` a year from the base year.
    case trend(slope: Double, window: ClosedRange<Int>, from: Int)

    /// The rule's kind as the scenario file names it (`constant`, `historical`, …).
    public var kind: String {
        switch self {
        case .constant: "constant"
        case .historical: "historical"
        case .decaying: "decaying"
        case .rates: "rates"
        case .values: "values"
        case .trend: "trend"
        }
    }

    /// The single rate the rule holds each year, when it holds one.
    public var steadyRate: Double? {
        switch self {
        case let .constant(rate, _), let .historical(rate, _, _): rate
        case .decaying, .rates, .values, .trend: nil
        }
    }
}

extension TargetAnalyzer {
    /// The rule of `scenario` resolved against the series: the rate a historical window gives,
    /// the start a decaying path takes, the slope a trend fits. Throws as `project` does.
    public func rule(for scenario: Scenario) throws -> ScenarioRule {
        let fail = { (message: String) in ScenarioError(scenario: scenario.id, location: scenario.location, message: message) }
        switch scenario.model {
        case let .constant(rate):
            return .constant(rate: rate, from: baseYear)
        case let .historical(from, to):
            guard let rate = Metrics.compoundGrowth(series, from: from, to: to).estimate?.value else {
                throw fail("no rate for \(from)→\(to)")
            }
            return .historical(rate: rate, window: from...to, from: baseYear)
        case let .decaying(start, longRun, halfLife):
            let lastYear = Metrics.compoundGrowth(series, from: baseYear - 1, to: baseYear).estimate
            let first = start ?? lastYear.flatMap { $0.isBound ? nil : $0.value }
            guard let first else { throw fail("no last-year growth to start from; give 'start'") }
            return .decaying(start: first, startIsLastYear: start == nil, longRun: longRun, halfLife: halfLife, from: baseYear)
        case let .rates(table):
            guard let low = table.keys.min(), let high = table.keys.max() else { throw fail("give at least one year under 'rates'") }
            return .rates(years: low...high)
        case let .values(table):
            guard let low = table.keys.min(), let high = table.keys.max() else { throw fail("give at least one year under 'values'") }
            return .values(years: low...high)
        case let .linearTrend(from, to):
            return .trend(slope: try trendSlope(from: from, to: to, fail: fail), window: from...to, from: baseYear)
        }
    }
}

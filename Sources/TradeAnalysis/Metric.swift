import Foundation
import TradeData

/// The outcome of one metric: a figure, or the reason no honest figure exists (for example a
/// part-year observation set against a full year).
public struct Metric: Hashable, Sendable, Codable {
    /// The period the figure belongs to (`2025`, `2025-01..2025-11`), when it belongs to one.
    public var period: String?
    /// The figure, nil when it cannot be computed.
    public var estimate: Estimate?
    /// Why there is no figure, or a caveat on the figure (approximate input, bound, range).
    public var note: String?

    public init(period: String? = nil, estimate: Estimate?, note: String? = nil) {
        self.period = period
        self.estimate = estimate
        self.note = note
    }

    /// A metric that could not be computed, with the reason.
    public static func unavailable(_ reason: String, period: String? = nil) -> Metric {
        Metric(period: period, estimate: nil, note: reason)
    }
}

/// Growth, balance and share metrics over series. Rates are fractions (0.324 for 32.4 %).
public enum Metrics {
    /// Growth from `start` to `end`, compounded over the whole years between them:
    /// `(end / start)^(1/years) − 1`. Periods must cover the same months.
    ///
    /// A part-year figure is never compared with a full year: the result then carries the reason instead.
    public static func growth(from start: Observation, to end: Observation) -> Metric {
        let label = "\(start.period)→\(end.period)"
        guard start.period.startMonth == end.period.startMonth, start.period.endMonth == end.period.endMonth else {
            return .unavailable(
                "\(start.period) covers \(start.period.monthCount) months and \(end.period) covers "
                    + "\(end.period.monthCount): a part-year figure is not compared with a full year",
                period: label
            )
        }
        let years = end.period.year - start.period.year
        guard years > 0 else { return .unavailable("the end period must come after the start", period: label) }
        guard start.value > 0 else { return .unavailable("the start value must be positive", period: label) }
        let ratio = Estimate(end.quantity).divided(by: Estimate(start.quantity))
        let n = Double(years)
        let rate = ratio.mapIncreasing { pow($0, 1 / n) - 1 }
        return Metric(period: label, estimate: rate, note: caveat(start, end))
    }

    /// Year-on-year growth for every preferred observation that has a figure for the same months a
    /// year earlier. Part-year observations without such a figure get a reason instead of a number.
    public static func yearOnYear(_ series: Series) -> [Metric] {
        let preferred = series.preferredObservations
        return preferred.compactMap { obs in
            if let previous = obs.period.previousYear, let prior = series.preferred(at: previous) {
                return growth(from: prior, to: obs)
            }
            guard !obs.period.isFullYear else { return nil }
            return .unavailable(
                "no figure for \(obs.period.previousYear.map(String.init(describing:)) ?? "the same months a year earlier"); "
                    + "a part-year figure is not compared with a full year",
                period: obs.period.description
            )
        }
    }

    /// Compound annual growth between two calendar years, from the preferred full-year figures.
    public static func compoundGrowth(_ series: Series, from startYear: Int, to endYear: Int) -> Metric {
        let label = "\(startYear)→\(endYear)"
        guard let start = fullYear(series, startYear, label: label) else {
            return .unavailable(missingYear(series, startYear), period: label)
        }
        guard let end = fullYear(series, endYear, label: label) else {
            return .unavailable(missingYear(series, endYear), period: label)
        }
        return growth(from: start, to: end)
    }

    /// Exports minus imports for every period both series report (preferred figures).
    public static func balance(exports: Series, imports: Series) -> [Metric] {
        exports.preferredObservations.compactMap { export in
            guard let imported = imports.preferred(at: export.period) else { return nil }
            let value = Estimate(export.quantity).minus(Estimate(imported.quantity))
            return Metric(period: export.period.description, estimate: value, note: caveat(export, imported))
        }
    }

    /// The share of `part` in `total` for every period both series report (preferred figures).
    public static func share(of part: Series, in total: Series) -> [Metric] {
        part.preferredObservations.compactMap { piece in
            guard let whole = total.preferred(at: piece.period), whole.value > 0 else { return nil }
            let value = Estimate(piece.quantity).divided(by: Estimate(whole.quantity))
            return Metric(period: piece.period.description, estimate: value, note: caveat(piece, whole))
        }
    }

    static func fullYear(_ series: Series, _ year: Int, label: String) -> Observation? {
        guard let period = Period.year(year) else { return nil }
        return series.preferred(at: period)
    }

    static func missingYear(_ series: Series, _ year: Int) -> String {
        let partial = series.periods.filter { $0.year == year && !$0.isFullYear }
        if let last = partial.last {
            return "\(year) has only a part-year figure (\(last)); a part-year figure is not compared with a full year"
        }
        return "no \(year) figure in series '\(series.id)'"
    }

    /// A caveat naming the qualified inputs, nil when both are plain figures.
    static func caveat(_ observations: Observation...) -> String? {
        let words = observations.compactMap { obs -> String? in
            switch obs.quantity.qualifier {
            case .exact: return obs.status == .final || obs.status == .derived ? nil : "\(obs.period) is \(obs.status.rawValue)"
            case .approximate: return "\(obs.period) is approximate"
            case .atLeast: return "\(obs.period) is a lower bound"
            case .atMost: return "\(obs.period) is an upper bound"
            case .range: return "\(obs.period) is a range"
            }
        }
        return words.isEmpty ? nil : words.joined(separator: "; ")
    }
}

import Foundation
import TradeData

/// A growth rate with a name a briefing can use ("last year's growth", "5-year compound rate").
public struct NamedRate: Hashable, Sendable, Codable {
    /// Stable identifier: `momentum`, `cagr3`, `cagr5`, `target-low`, ….
    public var id: String
    /// Words for a reader.
    public var name: String
    /// The rate as a fraction, with limits when an end point was a range; nil when not computable.
    public var rate: Estimate?
    /// The window it was measured over (`2024→2025`), when historical.
    public var window: String?
    /// Caveats (approximate end points) or the reason there is no rate.
    public var note: String?

    public init(id: String, name: String, rate: Estimate?, window: String? = nil, note: String? = nil) {
        self.id = id
        self.name = name
        self.rate = rate
        self.window = window
        self.note = note
    }

    /// The central rate when it can drive a projection: present and not measured against a bound.
    public var usableRate: Double? {
        guard let rate, !rate.isBound else { return nil }
        return rate.value
    }
}

extension Metrics {
    /// Last year's growth and the 3- and 5-year compound rates ending in `baseYear`, from the
    /// preferred full-year figures. Windows whose end points are bounds are kept with a note and no
    /// usable rate; approximate end points are used and flagged.
    public static func historicalRates(_ series: Series, baseYear: Int) -> [NamedRate] {
        [(1, "momentum", "last year's growth"), (3, "cagr3", "3-year compound rate"), (5, "cagr5", "5-year compound rate")]
            .map { years, id, name in
                let metric = compoundGrowth(series, from: baseYear - years, to: baseYear)
                var note = metric.note
                if let estimate = metric.estimate, estimate.isBound {
                    note = (note.map { $0 + "; " } ?? "") + "an end point is a bound, so the rate is not used"
                }
                return NamedRate(id: id, name: name, rate: metric.estimate, window: metric.period, note: note)
            }
    }

    /// When an observation's note quotes a growth rate ("a 32.7 percent increase"), the prior-year base
    /// that rate implies and how it compares with the computed rate; nil when the note quotes none.
    public static func statedRateNote(_ observation: Observation, computed: Double?, prior: Observation?) -> String? {
        guard let note = observation.note,
              let match = note.firstMatch(of: /([0-9]+(?:\.[0-9]+)?)\s*(?:%|percent)/),
              let stated = Double(match.1) else { return nil }
        let implied = observation.value / (1 + stated / 100)
        var text = "the source states +\(Self.percent(stated / 100)) for \(observation.period), which implies a "
            + "\(observation.period.year - 1) base of \(Self.billions(implied, digits: 3))"
        if let computed, let prior {
            text += "; from the dataset's preferred \(prior.period) figure (\(Self.billions(prior.value, digits: 2))) "
                + "the growth is \(Self.percent(computed)), which is what this analysis uses"
        }
        return text
    }

    /// `0.3244` → `32.4%`.
    static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    /// `2.246e9` → `2.246 billion USD`.
    static func billions(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f billion USD", value / 1e9)
    }

    /// `10000` → `10,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        let groups = stride(from: digits.count, to: 0, by: -3).map { end in
            String(digits[digits.index(digits.startIndex, offsetBy: max(end - 3, 0))..<digits.index(digits.startIndex, offsetBy: end)])
        }
        return (value < 0 ? "-" : "") + groups.reversed().joined(separator: ",")
    }

    /// `2.0` → `2`, `1.5` → `1.5`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.0f", value) : String(format: "%g", value)
    }
}

import TradeData

/// How the latest part of a year compares with the year as a whole: "+32.4% for the year, but the
/// second half fell about 9%". A headline that projects last year's growth must carry it.
public struct ExitMomentum: Hashable, Sendable, Codable {
    /// The year's (or the latest year-to-date) growth on the same months a year earlier.
    public var yearGrowth: Double
    /// The months after the earlier part-year figure (`2025-H2`, `2025-Q4`, `2025-08..2025-12`).
    public var period: String
    /// The earlier year-to-date period the rest is measured after (`2025-H1`).
    public var after: String
    public var startMonth: Int
    public var endMonth: Int
    public var growth: Double
    /// `exact`, `approximate`, `atLeast`, `atMost`, `range`: how the rest's growth is qualified.
    public var qualifier: String
    /// True when the rest of the year grew more than `margin` less than the year as a whole.
    public var decelerated: Bool
}

extension YearTrack {
    /// The rest of the year after the part-year figure nearest to mid-year (the second half when the
    /// series has a first half), against the year's growth; nil without a comparable remainder.
    /// - Parameter margin: how much slower (in growth points) the rest must be to count as slowing.
    public func exitMomentum(margin: Double = 0.05) -> ExitMomentum? {
        guard let yearGrowth = latest.growth, let latestPeriod = Period(parsing: latest.period) else { return nil }
        let candidates = remainders.compactMap { r -> (Int, Period, YearTrack.Remainder, Double)? in
            guard let growth = r.growth, let after = Period(parsing: r.after), let rest = Period(parsing: r.period),
                  rest.endMonth == latestPeriod.endMonth, after.endMonth >= 3 else { return nil }
            return (after.endMonth, rest, r, growth)
        }
        guard let pick = candidates.min(by: { (abs($0.0 - 6), $0.0) < (abs($1.0 - 6), $1.0) }) else { return nil }
        return ExitMomentum(
            yearGrowth: yearGrowth, period: pick.2.period, after: pick.2.after, startMonth: pick.1.startMonth, endMonth: pick.1.endMonth,
            growth: pick.3, qualifier: pick.2.growthQualifier ?? "exact", decelerated: pick.3 < yearGrowth - margin
        )
    }
}

import TradeData

/// The year-to-date figures of one calendar year, built from whatever sub-annual figures a series
/// has: stated year-to-date figures (`2025-Q1`, `2025-H1`, `2025-01..2025-07`, the full year), or sums
/// of months, quarters and halves that run on from January (`2025-Q1` + `2025-Q2` = January–June).
///
/// A stated year-to-date figure is preferred to a sum. Ranges, bounds and approximate figures are
/// carried through the sums as `Estimate` limits.
///
/// - Complexity: O(12² × observations of the series) to build.
public struct YearToDate: Hashable, Sendable {
    /// The cumulative figure from January to `endMonth`.
    public struct Point: Hashable, Sendable {
        public var endMonth: Int
        public var estimate: Estimate
        /// The figures it is built from: one stated year-to-date figure, or the pieces of a sum.
        public var observations: [Observation]

        /// `January…endMonth` of `year` as a period.
        public func period(in year: Int) -> Period? { Period(year: year, startMonth: 1, endMonth: endMonth) }

        /// True when the figure is one stated year-to-date figure rather than a sum of pieces.
        public var isStated: Bool { observations.count == 1 && observations[0].period.startMonth == 1 }
    }

    public let year: Int
    /// Points by end month (1…12); months with no cumulative figure are absent.
    public let points: [Int: Point]

    /// - Parameter throughMonth: figures ending after this month are ignored (for a tracker "as of" a month).
    public init(series: Series, year: Int, throughMonth: Int = 12) {
        self.year = year
        let inYear = series.preferredObservations.filter { $0.period.year == year && $0.period.endMonth <= throughMonth }
        var byPeriod: [Period: Observation] = [:]
        for observation in inYear { byPeriod[observation.period] = observation }
        var points: [Int: Point] = [:]
        for end in 1...12 {
            guard let whole = Period(year: year, startMonth: 1, endMonth: end) else { continue }
            if let stated = byPeriod[whole] {
                points[end] = Point(endMonth: end, estimate: Estimate(stated.quantity), observations: [stated])
                continue
            }
            for start in 2...max(end, 2) where start <= end {
                guard let piecePeriod = Period(year: year, startMonth: start, endMonth: end),
                      let piece = byPeriod[piecePeriod], let before = points[start - 1] else { continue }
                points[end] = Point(endMonth: end, estimate: before.estimate.plus(Estimate(piece.quantity)),
                                    observations: before.observations + [piece])
                break
            }
        }
        self.points = points
    }

    /// End months with a figure, in order.
    public var months: [Int] { points.keys.sorted() }

    /// The latest point, nil when the year has none.
    public var latest: Point? { months.last.flatMap { points[$0] } }

    /// The full-year point, when the year is complete.
    public var fullYear: Point? { points[12] }
}

extension Estimate {
    /// The sum `self + other`, with interval limits.
    public func plus(_ other: Estimate) -> Estimate {
        let low: Double? = {
            guard let a = self.low, let c = other.low else { return nil }
            return a + c
        }()
        let high: Double? = {
            guard let b = self.high, let d = other.high else { return nil }
            return b + d
        }()
        return Estimate(value: value + other.value, low: low, high: high, isApproximate: isApproximate || other.isApproximate)
    }

    /// The estimate scaled by a positive factor.
    public func times(_ factor: Double) -> Estimate {
        Estimate(value: value * factor, low: low.map { $0 * factor }, high: high.map { $0 * factor }, isApproximate: isApproximate)
    }

    /// How the figure is qualified, in the dataset's words: `exact`, `approximate`, `atLeast`,
    /// `atMost`, `range`, or `unbounded` when neither limit is known.
    public var qualifier: Quantity.Qualifier? {
        switch (low, high) {
        case (nil, nil): return nil
        case (nil, _): return .atMost
        case (_, nil): return .atLeast
        default:
            if !isPoint { return .range }
            return isApproximate ? .approximate : .exact
        }
    }

    /// The qualifier's name, `unbounded` when both limits are unknown.
    public var qualifierName: String { qualifier?.rawValue ?? "unbounded" }
}

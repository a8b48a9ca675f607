import TradeData

/// A stated annual growth goal (10–15 % a year) set against what each level target needs, and the
/// goal's own record: the years growth met it, missed it, or cannot tell (a bound or range end point).
/// A change that joins two sources, one figure computed by the dataset from another publication (the
/// rule `GrowthSample` leaves such changes out by), is not counted either way: it is listed in `joinYears`.
public struct PolicyConsistency: Hashable, Sendable, Codable {
    /// One level target's required growth against the goal's band.
    public struct Requirement: Hashable, Sendable, Codable {
        public var targetId: String
        public var target: Double
        public var year: Int
        public var requiredAnnualGrowth: Double
        /// True when the goal's high end is enough for the target by its year.
        public var withinGoal: Bool
        /// The first year the target is reached at the goal's high end (nil when never).
        public var yearAtHighEnd: Int?
    }

    /// One year's growth against the goal's low end.
    public struct YearRecord: Hashable, Sendable, Codable {
        public var year: Int
        public var growth: Estimate
        /// True met, false missed, nil when the growth's limits straddle the goal.
        public var met: Bool?
        /// True when the change joins two sources and one figure is computed from another publication:
        /// it measures the systems as much as the trade, so it counts neither as met nor as missed.
        public var sourceJoin: Bool = false
    }

    public var goalId: String
    public var low: Double
    public var high: Double
    public var requirements: [Requirement]
    public var record: [YearRecord]
    public var metYears: [Int]
    public var missedYears: [Int]
    public var uncertainYears: [Int]
    /// Years left out of the record because their change joins two sources (see `YearRecord.sourceJoin`).
    public var joinYears: [Int] = []
}

extension TargetAnalyzer {
    /// The consistency of each annual growth goal of the series with its level targets (those with a
    /// stated year; a target without one has no required rate), and the goal's record in every year the
    /// dataset gives a full-year change for, up to the base.
    public func policyConsistency() -> [PolicyConsistency] {
        let changes = series.yearly.filter { $0.period.year <= baseYear }.compactMap { observation -> (Int, Estimate, Bool)? in
            guard let previous = observation.period.previousYear, let prior = series.preferred(at: previous),
                  let rate = Metrics.growth(from: prior, to: observation).estimate else { return nil }
            return (observation.period.year, rate, GrowthSample.exclusion(prior, observation) == .sourceJoin)
        }
        return growthTargets.map { goal, low, high in
            let requirements = levelTargets.flatMap { target, value -> [PolicyConsistency.Requirement] in
                guard let deadline = target.deadline else { return [] }
                return deadline.filter { $0 > baseYear }.compactMap { year in
                    guard let rate = TargetMath.requiredGrowth(base: base.value, target: value, years: Double(year - baseYear)) else { return nil }
                    let years = TargetMath.yearsToReach(base: base.value, target: value, rate: high)
                    return .init(targetId: target.id, target: value, year: year, requiredAnnualGrowth: rate, withinGoal: rate <= high,
                                 yearAtHighEnd: years.map { TargetMath.yearReached(baseYear: baseYear, years: $0) })
                }
            }
            let record = changes.map { year, rate, join -> PolicyConsistency.YearRecord in
                let met: Bool?
                if let lowEnd = rate.low, lowEnd >= low { met = true } else if let highEnd = rate.high, highEnd < low { met = false } else { met = nil }
                return .init(year: year, growth: rate, met: met, sourceJoin: join)
            }
            let judged = record.filter { !$0.sourceJoin }
            return PolicyConsistency(
                goalId: goal.id, low: low, high: high, requirements: requirements, record: record,
                metYears: judged.filter { $0.met == true }.map(\.year), missedYears: judged.filter { $0.met == false }.map(\.year),
                uncertainYears: judged.filter { $0.met == nil }.map(\.year), joinYears: record.filter(\.sourceJoin).map(\.year)
            )
        }
    }
}

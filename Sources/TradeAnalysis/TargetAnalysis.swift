import TradeData

/// What a set of level targets demands from a base figure, and how current growth compares.
/// Rates are fractions, values in base units (USD). Produced by `TargetAnalyzer.analyze()`.
public struct TargetAnalysis: Hashable, Sendable, Encodable {
    /// The figure everything is measured from.
    public struct Base: Hashable, Sendable, Encodable {
        public var period: String
        public var year: Int
        /// The central value; a range's midpoint.
        public var value: Double
        /// Limits when the base is a range or a bound.
        public var low: Double?
        public var high: Double?
        public var qualifier: Quantity.Qualifier
        public var status: ObservationStatus
        /// The source key (`S_SGGP2026`).
        public var source: String
        /// The source in words (`MoIT, via SGGP 2026-01-15`).
        public var citation: String
        /// Other figures for the same period (revisions, other sources), shown so none is hidden.
        public var alternatives: [Alternative]
    }

    /// Another figure for the base period.
    public struct Alternative: Hashable, Sendable, Encodable {
        public var value: Double
        public var qualifier: Quantity.Qualifier
        public var status: ObservationStatus
        public var source: String
    }

    /// The growth one target needs by one year.
    public struct Requirement: Hashable, Sendable, Encodable {
        public var targetId: String
        public var label: String
        /// Target level.
        public var value: Double
        /// Calendar year by which it is reached.
        public var year: Int
        /// Years from the base year.
        public var years: Int
        /// `(T/B)^(1/n) − 1` from the central base.
        public var requiredAnnualGrowth: Double
        /// The required rate's limits when the base is a range or bound (a higher base needs less).
        public var requiredAnnualGrowthLow: Double?
        public var requiredAnnualGrowthHigh: Double?
        /// `(T − B) / n`.
        public var linearIncrementPerYear: Double
        /// The source's words for the deadline.
        public var deadlineText: String?
        /// False when the source stated no year and `year` comes from the window of the other targets.
        public var yearStated: Bool
        /// The compound path at the required rate, base year first, for charts.
        public var path: [YearValue]
    }

    /// One open level target as the source states it: its level, and its year only when stated.
    public struct LevelTarget: Hashable, Sendable, Encodable {
        public var targetId: String
        public var label: String
        public var value: Double
        /// The deadline's last year when the source states one; nil otherwise (never invented).
        public var year: Int?
        public var yearStated: Bool
        /// The year the user assumed for it (`--horizon`), when its year is not stated.
        public var assumedHorizon: Int?
        public var deadlineText: String?
        /// For a target without a stated year: the growth it needs at each of `TargetAnalyzer.horizonYears`.
        public var horizons: [Horizon]

        enum CodingKeys: String, CodingKey { case targetId, label, value, year, yearStated, assumedHorizon, deadlineText, horizons }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(targetId, forKey: .targetId)
            try c.encode(label, forKey: .label)
            try c.encode(value, forKey: .value)
            try c.encode(year, forKey: .year)
            try c.encode(yearStated, forKey: .yearStated)
            try c.encodeIfPresent(assumedHorizon, forKey: .assumedHorizon)
            try c.encodeIfPresent(deadlineText, forKey: .deadlineText)
            try c.encode(horizons, forKey: .horizons)
        }
    }

    /// The growth a target without a stated year needs if it is to be reached by `year`.
    public struct Horizon: Hashable, Sendable, Encodable {
        public var year: Int
        public var years: Int
        public var requiredAnnualGrowth: Double
    }

    /// When a target is reached at a given rate.
    public struct Reach: Hashable, Sendable, Encodable {
        public var rate: Double
        public var rateId: RateID
        public var targetId: String
        public var target: Double
        /// Fractional years from the base, nil when never reached (rate ≤ 0).
        public var years: Double?
        /// First calendar year whose figure reaches the target.
        public var year: Int?
    }

    /// One required rate set against one observed rate.
    public struct Status: Hashable, Sendable, Encodable {
        public var targetId: String
        public var target: Double
        public var year: Int
        public var requiredAnnualGrowth: Double
        public var rateId: RateID
        /// The observed rate, nil when it cannot be computed.
        public var rate: Double?
        /// True when the observed rate is at least the required one; nil without a rate.
        public var onTrack: Bool?
    }

    /// An annual growth goal (10–15 % a year) and whether last year met it.
    public struct GrowthGoal: Hashable, Sendable, Encodable {
        public var targetId: String
        public var label: String
        public var low: Double
        public var high: Double
        public var lastYearGrowth: Double?
        public var met: Bool?
    }

    /// An earlier target, with its outcome, for the track record.
    public struct PastTarget: Hashable, Sendable, Encodable {
        public var targetId: String
        public var label: String
        public var value: Double?
        public var deadline: String?
        public var outcome: Target.Outcome
        public var outcomeNote: String?
    }

    public var series: String
    public var seriesLabel: String?
    public var base: Base
    /// Every open level target, with its year only when stated.
    public var levelTargets: [LevelTarget]
    /// Required growth by year for the targets that have a year (stated, or assumed with `--horizon`).
    public var targets: [Requirement]
    public var rates: [NamedRate]
    public var reachedAt: [Reach]
    public var status: [Status]
    public var growthGoals: [GrowthGoal]
    public var pastTargets: [PastTarget]
    /// The assumptions and caveats behind the figures, as facts (worded by the trade-chart layer).
    public var assumptions: [AnalysisAssumption]
    /// The required growth if a preliminary base is revised by ±2 % (empty for a final base).
    public var revisionSensitivity: [RevisionSensitivity] = []
    /// Each annual growth goal against what the level targets need, and the goal's record.
    public var policyConsistency: [PolicyConsistency] = []
}

/// One assumption or caveat behind an analysis.
public enum AnalysisAssumption: Hashable, Sendable, Encodable {
    /// Growth rates are compound annual rates from the preferred full-year figures.
    case compoundFromPreferredFigures
    /// A target counts as reached in the first year whose full-year figure is at or above it.
    case reachedInFirstYearAtOrAbove
    /// The base figure is approximate, a bound or a range: required rates are a range.
    case baseQualified(qualifier: Quantity.Qualifier)
    /// The base figure is not final.
    case baseStatus(status: ObservationStatus)
    /// The base's note states a growth rate.
    case statedRate(rate: StatedRate)
    /// A historical rate's caveats.
    case rateCaveats(rate: RateID, window: RateWindow?, caveats: [RateCaveat])
    /// A target without a stated year: read at several horizons, or at the user's assumed horizon.
    case noYearStated(target: String, label: String, deadlineText: String?, assumedHorizon: Int?)
}

/// A value at a calendar year-end.
public struct YearValue: Hashable, Sendable, Encodable {
    public var year: Int
    public var value: Double

    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

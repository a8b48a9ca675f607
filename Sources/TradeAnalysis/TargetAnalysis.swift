/// What a set of level targets demands from a base figure, and how current growth compares.
/// Rates are fractions, values in base units (USD). Produced by `TargetAnalyzer.analyze()`.
public struct TargetAnalysis: Hashable, Sendable, Codable {
    /// The figure everything is measured from.
    public struct Base: Hashable, Sendable, Codable {
        public var period: String
        public var year: Int
        /// The central value; a range's midpoint.
        public var value: Double
        /// Limits when the base is a range or a bound.
        public var low: Double?
        public var high: Double?
        /// `exact`, `approximate`, `atLeast`, `atMost` or `range`.
        public var qualifier: String
        /// `final`, `preliminary`, `estimate` or `derived`.
        public var status: String
        /// The source key (`S_SGGP2026`).
        public var source: String
        /// The source in words (`MoIT, via SGGP 2026-01-15`).
        public var citation: String
        /// Other figures for the same period (revisions, other sources), shown so none is hidden.
        public var alternatives: [Alternative]
    }

    /// Another figure for the base period.
    public struct Alternative: Hashable, Sendable, Codable {
        public var value: Double
        public var qualifier: String
        public var status: String
        public var source: String
    }

    /// The growth one target needs by one year.
    public struct Requirement: Hashable, Sendable, Codable {
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
        /// Set when the year was not stated by the source but chosen for the band.
        public var yearNote: String?
        /// The compound path at the required rate, base year first, for charts.
        public var path: [YearValue]
    }

    /// When a target is reached at a given rate.
    public struct Reach: Hashable, Sendable, Codable {
        public var rate: Double
        public var rateId: String
        public var rateName: String
        public var targetId: String
        public var target: Double
        /// Fractional years from the base, nil when never reached (rate ≤ 0).
        public var years: Double?
        /// First calendar year whose figure reaches the target.
        public var year: Int?
    }

    /// One required rate set against one observed rate.
    public struct Status: Hashable, Sendable, Codable {
        public var targetId: String
        public var target: Double
        public var year: Int
        public var requiredAnnualGrowth: Double
        public var rateId: String
        public var rateName: String
        /// The observed rate, nil when it cannot be computed.
        public var rate: Double?
        /// True when the observed rate is at least the required one; nil without a rate.
        public var onTrack: Bool?
    }

    /// An annual growth goal (10–15 % a year) and whether last year met it.
    public struct GrowthGoal: Hashable, Sendable, Codable {
        public var targetId: String
        public var label: String
        public var low: Double
        public var high: Double
        public var lastYearGrowth: Double?
        public var met: Bool?
    }

    /// An earlier target, with its outcome, for the track record.
    public struct PastTarget: Hashable, Sendable, Codable {
        public var targetId: String
        public var label: String
        public var value: Double?
        public var deadline: String?
        public var outcome: String
        public var outcomeNote: String?
    }

    public var series: String
    public var seriesLabel: String?
    public var base: Base
    public var targets: [Requirement]
    public var rates: [NamedRate]
    public var reachedAt: [Reach]
    public var status: [Status]
    public var growthGoals: [GrowthGoal]
    public var pastTargets: [PastTarget]
    /// The assumptions and caveats behind the figures, in words.
    public var assumptions: [String]
}

/// A value at a calendar year-end.
public struct YearValue: Hashable, Sendable, Codable {
    public var year: Int
    public var value: Double

    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// The current-year tracker's facts: the latest year-to-date figure and its growth, what the rest of
/// the year did after each earlier part-year figure, what each target's path needs this year, and a
/// full-year projection at the year-to-date pace. Values in base units, growth as fractions, periods in
/// the dataset's syntax (`2025-H1`, `2025-07..2025-12`). Produced by `YearTracker.track()`.
///
/// The JSON form is a contract scripts rely on: `series`, `year`, `latest {period, value, growth}`,
/// `remainders [{after, period, value, growth}]`, `required [{target, yearValue, remainingGrowth}]`,
/// `projection {value, method}`; a figure that cannot be computed is `null`, never left out. The other
/// keys (`qualifier`, `priorValue`, `priorBasis`, …) add provenance.
public struct YearTrack: Hashable, Sendable, Codable {
    /// Where the same months of the year before come from.
    public enum PriorBasis: String, Hashable, Sendable, Codable {
        /// A figure (or a sum of figures) of the series for those months.
        case observed
        /// Implied by the growth the source states next to this year's figure ("up 92.2%").
        case statedGrowth
    }

    /// A year-to-date figure and its growth on the same months a year earlier.
    public struct Latest: Hashable, Sendable, Codable {
        public var period: String
        public var value: Double
        public var growth: Double?
        /// `exact`, `approximate`, `atLeast`, `atMost`, `range`: how the value is qualified.
        public var qualifier: String
        /// How the growth is qualified (a growth from a lower bound is itself a lower bound).
        public var growthQualifier: String?
        public var priorValue: Double?
        public var priorBasis: PriorBasis?
        /// The growth the source states, when a note gives one.
        public var statedGrowth: Double?
        public var status: String
        /// Source keys of the figures it is built from.
        public var sources: [String]
    }

    /// The rest of the year after an earlier part-year figure: the latest figure minus that one,
    /// against the same months a year earlier.
    public struct Remainder: Hashable, Sendable, Codable {
        /// The earlier year-to-date period (`2025-H1`).
        public var after: String
        /// The months after it, to the latest figure (`2025-H2`, `2025-07..2025-11`).
        public var period: String
        public var value: Double
        public var growth: Double?
        public var qualifier: String
        public var growthQualifier: String?
        public var priorValue: Double?
        public var priorBasis: PriorBasis?
    }

    /// What a target's path needs this year.
    public struct Required: Hashable, Sendable, Codable {
        /// The target id.
        public var target: String
        /// The level (or, for an annual growth goal, nil).
        public var targetValue: Double?
        /// The deadline year the path leads to; nil for an annual growth goal (met year by year).
        public var deadline: Int?
        /// The compound rate of the path from last year's full-year figure.
        public var pathGrowth: Double
        /// The full-year value the path needs this year.
        public var yearValue: Double
        /// The growth on the same months a year earlier that the rest of the year needs to reach
        /// `yearValue`; nil when the year is complete or last year's months are unknown.
        public var remainingGrowth: Double?
        /// Whether the full-year figure is on the path, when the year is complete.
        public var onPath: Bool?
    }

    /// The full year at the year-to-date pace, marked as a projection.
    public struct Projection: Hashable, Sendable, Codable {
        public enum Method: String, Hashable, Sendable, Codable {
            /// Last year's full-year figure × (1 + year-to-date growth).
            case yearToDateGrowth
            /// The year-to-date figure × 12 / months covered (no figure for last year's months).
            case annualised
            /// The full year is known: nothing is projected.
            case none
        }

        public var value: Double?
        public var method: Method
    }

    public var series: String
    public var year: Int
    public var latest: Latest
    public var remainders: [Remainder]
    public var required: [Required]
    public var projection: Projection
    /// The year-to-date figures of this year and the year before, by end month, for charts.
    public var cumulative: [CumulativePoint]
    /// Last year's full-year figure, the base of the target paths.
    public var priorYearValue: Double?
}

/// One month's cumulative figures: this year's and the year before's, January to `month`. A target
/// path's value at the month is its `yearValue` × `priorValue` / `priorYearValue` (spread like last year).
public struct CumulativePoint: Hashable, Sendable, Codable {
    public var month: Int
    public var value: Double?
    public var qualifier: String?
    public var priorValue: Double?
    public var priorBasis: YearTrack.PriorBasis?
}

extension YearTrack.Latest {
    enum CodingKeys: String, CodingKey { case period, value, growth, qualifier, growthQualifier, priorValue, priorBasis, statedGrowth, status, sources }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(period, forKey: .period)
        try c.encode(value, forKey: .value)
        try c.encode(growth, forKey: .growth)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(growthQualifier, forKey: .growthQualifier)
        try c.encode(priorValue, forKey: .priorValue)
        try c.encode(priorBasis, forKey: .priorBasis)
        try c.encode(statedGrowth, forKey: .statedGrowth)
        try c.encode(status, forKey: .status)
        try c.encode(sources, forKey: .sources)
    }
}

extension YearTrack.Remainder {
    enum CodingKeys: String, CodingKey { case after, period, value, growth, qualifier, growthQualifier, priorValue, priorBasis }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(after, forKey: .after)
        try c.encode(period, forKey: .period)
        try c.encode(value, forKey: .value)
        try c.encode(growth, forKey: .growth)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(growthQualifier, forKey: .growthQualifier)
        try c.encode(priorValue, forKey: .priorValue)
        try c.encode(priorBasis, forKey: .priorBasis)
    }
}

extension YearTrack.Required {
    enum CodingKeys: String, CodingKey { case target, targetValue, deadline, pathGrowth, yearValue, remainingGrowth, onPath }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(target, forKey: .target)
        try c.encode(targetValue, forKey: .targetValue)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(pathGrowth, forKey: .pathGrowth)
        try c.encode(yearValue, forKey: .yearValue)
        try c.encode(remainingGrowth, forKey: .remainingGrowth)
        try c.encode(onPath, forKey: .onPath)
    }
}

extension YearTrack.Projection {
    enum CodingKeys: String, CodingKey { case value, method }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(method, forKey: .method)
    }
}

extension YearTrack {
    enum CodingKeys: String, CodingKey { case series, year, latest, remainders, required, projection, cumulative, priorYearValue }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(series, forKey: .series)
        try c.encode(year, forKey: .year)
        try c.encode(latest, forKey: .latest)
        try c.encode(remainders, forKey: .remainders)
        try c.encode(required, forKey: .required)
        try c.encode(projection, forKey: .projection)
        try c.encode(cumulative, forKey: .cumulative)
        try c.encode(priorYearValue, forKey: .priorYearValue)
    }
}

/// Which growth rate a figure is: the analysis' vocabulary of rates, never built or parsed as text.
///
/// `description` is the stable key written to JSON and CSV (`momentum`, `cagr5`,
/// `trade_growth-low`, `required-t5bn-2027`, a user scenario's own id); nothing reads it back.
public enum RateID: Hashable, Sendable, Encodable, CustomStringConvertible {
    /// Last year's growth: the base year on the year before.
    case momentum
    /// The compound annual rate over the `years` ending in the base year.
    case compound(years: Int)
    /// The low end of an annual growth goal (the target's id).
    case goalLow(target: String)
    /// The high end of an annual growth goal.
    case goalHigh(target: String)
    /// The constant rate a level target needs from the base to `year`.
    case required(target: String, year: Int)
    /// A scenario the user defined, by its id.
    case scenario(String)

    public var description: String {
        switch self {
        case .momentum: "momentum"
        case .compound(let years): "cagr\(years)"
        case .goalLow(let target): "\(target)-low"
        case .goalHigh(let target): "\(target)-high"
        case .required(let target, let year): "required-\(target)-\(year)"
        case .scenario(let id): id
        }
    }

    /// The years a historical rate's window covers by name (1 for momentum, 5 for `cagr5`); nil for others.
    public var nominalYears: Int? {
        switch self {
        case .momentum: 1
        case .compound(let years): years
        default: nil
        }
    }

    /// True for a rate measured from the series' history (momentum, compound rates).
    public var isHistorical: Bool {
        switch self {
        case .momentum, .compound: true
        default: false
        }
    }

    /// True for a scenario the user defined in a file (not one of the defaults).
    public var isUserScenario: Bool {
        if case .scenario = self { true } else { false }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The years a historical rate is measured over: `2024→2025`, `2020→2025`.
public struct RateWindow: Hashable, Sendable, Encodable, CustomStringConvertible {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// Whole years between the ends.
    public var years: Int { to - from }
    /// `2024→2025`.
    public var description: String { "\(from)→\(to)" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Why a historical rate is flagged or missing, as facts; the trade-chart layer words them.
public enum RateCaveat: Hashable, Sendable, Encodable {
    /// No figure for this year in the series.
    case noFigure(year: Int)
    /// The year has only a part-year figure (`period`), which is not compared with a full year.
    case partYearOnly(year: Int, period: String)
    /// An end point is stated with a qualifier or status (approximate, a bound, preliminary …).
    case qualifiedEndPoint(period: String, qualifier: QualifierFact)
    /// An end point is a bound, so the rate is kept for reading but not used.
    case boundEndPoint
    /// The series has no full-year figure for `nominal`, the first year the rate's name implies: the
    /// window starts at the nearest year that has one, compounded over the gap.
    case nearestYear(nominal: Int)
}

/// What is special about one figure: its qualifier, or its status when the figure itself is plain.
public enum QualifierFact: String, Hashable, Sendable, Encodable {
    case approximate, atLeast, atMost, range, preliminary, estimate
}

import TradeData

/// How a scenario grows the series from the base year.
public enum GrowthModel: Hashable, Sendable {
    /// The same rate every year.
    case constant(rate: Double)
    /// The compound annual rate observed between two years, held constant.
    case historical(from: Int, to: Int)
    /// Starts at `start` (last year's growth when nil) and decays toward `longRun`, halving the gap
    /// every `halfLife` years: `g_k = L + (S − L) · 0.5^((k−1)/h)` for projected year k = 1, 2, ….
    case decaying(start: Double?, longRun: Double, halfLife: Double)
    /// An explicit growth rate per year; years after the last listed one keep its rate.
    case rates([Int: Double])
    /// Explicit year-end values; the projection stops at the last listed year.
    case values([Int: Double])
    /// A straight line fitted (least squares) to the preferred figures of a window, its slope added
    /// each year from the base.
    case linearTrend(from: Int, to: Int)
}

/// A named growth assumption to project.
public struct Scenario: Hashable, Sendable {
    public var id: String
    /// Which rate the scenario holds: a named rate for the default set, `.scenario(id)` for a user's own.
    public var rate: RateID
    /// The file's label, or what names a default scenario (worded by the trade-chart layer).
    public var name: ScenarioName
    public var model: GrowthModel
    /// Where the scenario was defined, for messages about it.
    public var location: SourceLocation?

    public init(id: String, rate: RateID? = nil, name: ScenarioName, model: GrowthModel, location: SourceLocation? = nil) {
        self.id = id
        self.rate = rate ?? .scenario(id)
        self.name = name
        self.model = model
        self.location = location
    }

    /// A scenario with its own label (a scenario file's).
    public init(id: String, rate: RateID? = nil, label: String, model: GrowthModel, location: SourceLocation? = nil) {
        self.init(id: id, rate: rate, name: .label(label), model: model, location: location)
    }
}

/// A scenario projected year by year, ready to draw.
public struct ScenarioProjection: Hashable, Sendable, Encodable {
    /// When the scenario first reaches a target; `year` nil when not within the horizon.
    public struct TargetReach: Hashable, Sendable, Codable {
        public var targetId: String
        public var target: Double
        public var year: Int?
    }

    /// A projected year-end value with the growth that produced it.
    public struct Point: Hashable, Sendable, Codable {
        public var year: Int
        public var value: Double
        /// Growth over the previous year; nil for the base year.
        public var growth: Double?
    }

    public var id: String
    /// Which rate the scenario holds (see `Scenario.rate`).
    public var rate: RateID
    public var name: ScenarioName
    /// The rule as the projection applies it (its JSON `rateDescription`: `32.4% a year (compound rate 2024→2025)`).
    public var rule: ScenarioRule
    /// The base year first, then one point per projected year.
    public var points: [Point]
    public var reached: [TargetReach]
    public var notes: [ProjectionNote]

    enum CodingKeys: String, CodingKey { case id, rate, label, rateDescription, points, reached, notes }

    /// `label`, `rateDescription` and `notes` in the encoder's `AnalysisWording`; without one the
    /// label is the id and the other two are left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let words = encoder.analysisWording
        try c.encode(id, forKey: .id)
        try c.encode(rate, forKey: .rate)
        try c.encode(words?.name(name) ?? label, forKey: .label)
        try c.encodeIfPresent(words?.rateDescription(rule), forKey: .rateDescription)
        try c.encode(points, forKey: .points)
        try c.encode(reached, forKey: .reached)
        if let words { try c.encode(notes.map(words.note), forKey: .notes) }
    }
}

/// Why a scenario cannot be projected. Messages name the scenario and, when known, where it was defined.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    public var scenario: String
    public var location: SourceLocation?
    public var message: String

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)scenario '\(scenario)': \(message)"
    }
}

import Foundation

/// Words for the analysis' facts where its JSON keeps a line for readers beside them: a scenario's
/// name and rule, a projection's notes, the fan's assumptions, the default set's title. The analysis
/// writes no sentence itself; the trade-chart layer words the facts (`TradeCharts.AnalysisWords`, in
/// its phrase catalogues) and the CLI hands that to the JSON encoder as `userInfo[.analysisWording]`.
/// Without it those keys are written as facts only (a name's id, no rule text, no notes or assumptions).
public protocol AnalysisWording: Sendable {
    /// "Momentum (last year's growth)", a scenario file's own label.
    func name(_ name: ScenarioName) -> String
    /// A projection's rule: "32.4% a year (compound rate 2024→2025)".
    func rateDescription(_ rule: ScenarioRule) -> String
    /// "2025 is preliminary", "years after 2027 keep the 2027 rate".
    func note(_ note: ProjectionNote) -> String
    /// The fan's model and inputs, one sentence each.
    func assumptions(_ fan: UncertaintyFan) -> [String]
    /// The title of the default set ("Default scenarios").
    var defaultSetTitle: String { get }
}

extension CodingUserInfoKey {
    /// The `AnalysisWording` a JSON encoder of the analysis uses for its lines for readers.
    public static let analysisWording = CodingUserInfoKey(rawValue: "tradechart.analysisWording")!
}

extension Encoder {
    var analysisWording: (any AnalysisWording)? { userInfo[.analysisWording] as? any AnalysisWording }
}

/// A scenario's name as facts: a user's own label, or which default rate it holds and what sets it.
public enum ScenarioName: Hashable, Sendable {
    /// The scenario file's label, or an annual goal's label from the dataset (a goal of one rate).
    case label(String)
    /// Last year's growth; `window` is the window a sparse series measured it over instead (nil: its named year).
    case momentum(window: RateWindow?)
    /// The `years`-year compound rate; `window` as for momentum.
    case compound(years: Int, window: RateWindow?)
    /// One end of an annual growth goal, named by the goal's label (the dataset's English).
    case goalEnd(label: String, high: Bool)
    /// The constant rate a level target needs by `year`.
    case required(level: Double, year: Int)

    /// The given label (`.label`), nil for a name the wording layer makes.
    public var label: String? {
        if case let .label(text) = self { return text }
        return nil
    }
}

extension Scenario {
    /// The file's label; a default scenario's id (its words: `AnalysisWording.name`).
    public var label: String { name.label ?? id }
}

extension ScenarioProjection {
    /// The file's label; a default scenario's id (its words: `AnalysisWording.name`).
    public var label: String { name.label ?? id }
}

extension ScenarioComparison.Entry {
    /// The file's label; a default scenario's id (its words: `AnalysisWording.name`).
    public var label: String { name.label ?? id }
}

/// A note on a projection, as facts.
public enum ProjectionNote: Hashable, Sendable {
    /// The end points of a historical window are qualified (approximate, preliminary, a bound …).
    case endPoints([RateCaveat])
    /// Explicit yearly rates stop at `year`; later years keep its rate.
    case laterYearsKeepRate(of: Int)
}

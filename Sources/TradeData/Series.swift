import NumberText

/// What a series counts, after normalisation.
public enum MeasureUnit: String, Hashable, Sendable, Codable {
    /// US dollars (base unit; "million USD" files are converted on load).
    case usd = "USD"
    /// A plain count: projects, scholarships.
    case count
}

/// Text in the languages a briefing may use. English is always present.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var en: String
    public var vi: String?
    public var lo: String?

    public init(en: String, vi: String? = nil, lo: String? = nil) {
        self.en = en
        self.vi = vi
        self.lo = lo
    }

    /// The text in `language`, falling back to English.
    public func text(in language: Language) -> String { text(for: language.rawValue) }

    /// The text for a language code (`en`, `vi`, `lo`), falling back to English.
    public func text(for language: String) -> String {
        switch language {
        case "vi": vi ?? en
        case "lo": lo ?? en
        default: en
        }
    }
}

/// A named time series of observations, several per period allowed when sources disagree.
public struct Series: Hashable, Sendable {
    public var id: String
    public var unit: MeasureUnit
    public var label: LocalizedText?
    /// Sorted by period; observations of one period keep their file order.
    public var observations: [Observation]

    public init(id: String, unit: MeasureUnit = .usd, label: LocalizedText? = nil, observations: [Observation]) {
        self.id = id
        self.unit = unit
        self.label = label
        self.observations = observations.enumerated()
            .sorted { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }
            .map(\.element)
    }

    /// Every period that has at least one observation, in order.
    public var periods: [Period] {
        var seen = Set<Period>()
        return observations.map(\.period).filter { seen.insert($0).inserted }
    }

    /// The figure to use for a period: the one marked preferred, else the only one, else the
    /// last one listed (the most recent revision by convention).
    public func preferred(at period: Period) -> Observation? {
        let candidates = observations.filter { $0.period == period }
        return candidates.first(where: \.preferred) ?? candidates.last
    }

    /// One observation per period (the preferred one), in period order.
    public var preferredObservations: [Observation] { periods.compactMap { preferred(at: $0) } }

    /// One observation per full calendar year (the preferred one), in year order.
    public var yearly: [Observation] { preferredObservations.filter(\.period.isFullYear) }

    /// Every observation for a period, for showing disagreements.
    public func observations(at period: Period) -> [Observation] {
        observations.filter { $0.period == period }
    }
}

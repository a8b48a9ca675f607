/// A publication a figure comes from.
public struct Source: Hashable, Sendable, Codable {
    public var key: String
    public var publisher: String
    /// The publication's title (an article's headline, a table's name); a title in `[…]` is a
    /// description supplied where the headline was not recorded.
    public var title: String?
    public var date: String?
    public var url: String?
    public var note: String?

    public init(key: String, publisher: String, title: String? = nil, date: String? = nil, url: String? = nil,
                note: String? = nil) {
        self.key = key
        self.publisher = publisher
        self.title = title
        self.date = date
        self.url = url
        self.note = note
    }

    /// The key of figures whose file names no source (a bare CSV or JSON without a `source` column).
    public static let notStatedKey = "not-stated"
    /// The source of such figures, so every output says so rather than citing nothing; the briefing
    /// layer words it in the pack's language.
    public static let notStated = Source(key: notStatedKey, publisher: "source not stated in the file")

    /// How a reader finds it: `publisher, “title”, date` (a `[…]` description stays unquoted).
    public var citation: String {
        let quoted = title.map { $0.hasPrefix("[") ? $0 : "“\($0)”" }
        return [publisher, quoted, date].compactMap { $0 }.joined(separator: ", ")
    }
}

/// An official goal: a level to reach (5 billion USD) or an annual growth band (10–15 %).
public struct Target: Hashable, Sendable {
    public enum Goal: Hashable, Sendable {
        /// Reach this value (base units) in the series.
        case level(Double)
        /// Grow each year by a rate in this band (fractions, 0.10...0.15).
        case annualGrowth(low: Double, high: Double)
    }

    public enum Outcome: String, Hashable, Sendable, Codable {
        case open, met, missed
    }

    public var id: String
    public var series: String
    public var goal: Goal
    /// First and last year of the deadline window (`2027...2028` for "within 2–3 years" from
    /// 2025); nil when the goal names no year ("in the coming years").
    public var deadline: ClosedRange<Int>?
    /// How the source worded the deadline, by language (`deadline_text: {en: soon, vi: sắp tới}`;
    /// "in the next 2–3 years"); a plain `deadline_text` is English only, and a pack in another
    /// language then quotes none. The English is `deadlineWords?.en`.
    public var deadlineWords: LocalizedText?
    public var label: LocalizedText
    public var statedBy: String?
    public var statedOn: String?
    public var outcome: Outcome
    /// False when the dataset gave no `outcome`: the loader then reads it from the figures
    /// (`outcome(byFigures:)`). Reports do not yet say that such an outcome was worked out.
    public var outcomeStated = true
    public var outcomeNote: String?
    public var source: String
    public var note: String?

    public init(
        id: String, series: String, goal: Goal, deadline: ClosedRange<Int>?, deadlineWords: LocalizedText? = nil,
        label: LocalizedText, statedBy: String? = nil, statedOn: String? = nil, outcome: Outcome = .open,
        outcomeNote: String? = nil, source: String, note: String? = nil
    ) {
        self.id = id
        self.series = series
        self.goal = goal
        self.deadline = deadline
        self.deadlineWords = deadlineWords
        self.label = label
        self.statedBy = statedBy
        self.statedOn = statedOn
        self.outcome = outcome
        self.outcomeNote = outcomeNote
        self.source = source
        self.note = note
    }
}

/// A loaded dataset: metadata, sources, targets and series.
public struct Dataset: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// The reporting country and its partner, in en/vi/lo.
    public var reporter: LocalizedText
    public var partner: LocalizedText
    public var currency: String
    public var sources: [Source]
    public var targets: [Target]
    public var series: [Series]
    /// Caveats a reader must not miss, shown in reports.
    public var caveats: [LocalizedText]

    public init(
        id: String, title: LocalizedText, reporter: LocalizedText, partner: LocalizedText,
        currency: String = "USD", sources: [Source] = [], targets: [Target] = [], series: [Series],
        caveats: [LocalizedText] = []
    ) {
        self.id = id
        self.title = title
        self.reporter = reporter
        self.partner = partner
        self.currency = currency
        self.sources = sources
        self.targets = targets
        self.series = series
        self.caveats = caveats
    }

    public func series(_ id: String) -> Series? {
        let wanted = SeriesID.normalised(id)
        return series.first { $0.id == wanted }
    }

    /// The series `id` (any spelling `SeriesID` normalises).
    public func series(_ id: SeriesID) -> Series? { series.first { $0.id == id.rawValue } }
    public func source(_ key: String) -> Source? { sources.first { $0.key == key } }
}

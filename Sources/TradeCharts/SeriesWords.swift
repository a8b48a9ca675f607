import TradeData
import NumberText

/// How the pack names the series it analyses, in the pack's language: as a title or at the start
/// of a sentence (`title`: "Two-way trade", "Germany's exports to Poland"), inside a sentence
/// (`inline`: "two-way trade"), and in short titles (`short`: "trade"; the label itself for any
/// other series). From the series' label in dataset.yaml, else a default made from the series id,
/// reporter and partner (`BriefingContext.seriesWords`).
public struct SeriesWords: Sendable, Hashable {
    public var title: String
    public var inline: String
    /// "Trade" / "Kim ngạch" for two-way trade without a label; `title` otherwise.
    public var shortTitle: String
    public var short: String
    /// True for two-way trade named by the default words (no label in the dataset).
    public var isDefaultTrade: Bool
    /// An English name whose head is plural ("Germany's exports to Poland"): "reach", not "reaches".
    public var isPlural: Bool {
        inline.range(of: #"\b(exports|imports|flows|shipments|sales|purchases)\b"#, options: [.regularExpression, .caseInsensitive]) != nil
    }
    /// An English verb in the present, agreeing with the name: `verb("reaches", "reach")`.
    public func verb(_ singular: String, _ plural: String) -> String { isPlural ? plural : singular }

    public init(title: String, inline: String, shortTitle: String? = nil, short: String? = nil, isDefaultTrade: Bool = false) {
        self.title = title
        self.inline = inline
        self.shortTitle = shortTitle ?? title
        self.short = short ?? inline
        self.isDefaultTrade = isDefaultTrade
    }

    /// Two-way trade without a label: "Two-way trade" / "Kim ngạch hai chiều".
    public static func twoWayTrade(_ language: Language) -> SeriesWords {
        language == .vi
            ? SeriesWords(title: "Kim ngạch hai chiều", inline: "kim ngạch hai chiều", shortTitle: "Kim ngạch", short: "kim ngạch", isDefaultTrade: true)
            : SeriesWords(title: "Two-way trade", inline: "two-way trade", shortTitle: "Trade", short: "trade", isDefaultTrade: true)
    }

    /// Labels of `trade_total` that say no more than the default words (lower case).
    static let twoWayTradePhrasings: Set<String> = ["two-way trade", "kim ngạch hai chiều", "kim ngạch thương mại hai chiều"]

    /// A label as a title and inside a sentence: the first letter is lowered inside a sentence unless
    /// the label starts with one of `names` (a country: "Germany's exports…"), an acronym ("FDI") or a digit.
    public static func label(_ label: String, names: [String]) -> SeriesWords {
        let title = label.prefix(1).uppercased() + label.dropFirst()
        let keep = names.contains { !$0.isEmpty && label.hasPrefix($0) }
            || label.dropFirst().first.map { $0.isUppercase || $0.isNumber } ?? true
            || label.first.map { !$0.isLetter } ?? true
        return SeriesWords(title: title, inline: keep ? label : label.prefix(1).lowercased() + label.dropFirst())
    }
}

import NumberText
import TradeAnalysis

/// The words of the analysis' facts where the terminal tables and the JSON of `scenarios` keep a line
/// for readers: default scenario names, a projection's rule and notes, the fan's assumptions, the
/// default set's title. Plain numbers (`HumanNumber`), as the terminal writes them; phrases from the
/// catalogue of `language`. The CLI passes it to the JSON encoder (`CodingUserInfoKey.analysisWording`).
public struct AnalysisWords: AnalysisWording {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    func t(_ phrase: Phrase, context: String? = nil) -> String { phrase.text(in: language, context: context) }

    public func name(_ name: ScenarioName) -> String {
        let rates = BriefingText(language)
        switch name {
        case let .label(text): return text
        case .momentum(nil): return t("Momentum (last year's growth)")
        case let .momentum(window?): return t("Momentum (compound rate \(window))")
        case let .compound(years, nil): return rates.rateName(.compound(years: years))
        case let .compound(_, window?): return t("Compound rate \(window)")
        case let .goalEnd(label, high):
            return high ? rates.rateName(.goalHigh(target: label)) : rates.rateName(.goalLow(target: label))
        case let .required(level, year):
            return rates.rateName(.required(target: t("\(HumanNumber.fixed(level / 1e9, decimals: 0)) billion"), year: year))
        }
    }

    public func rateDescription(_ rule: ScenarioRule) -> String {
        switch rule {
        case let .constant(rate, _):
            return t("\(HumanNumber.percent(rate)) a year")
        case let .historical(rate, window, _):
            return t("\(HumanNumber.percent(rate)) a year (compound rate \(window.lowerBound)→\(window.upperBound))")
        case let .decaying(start, _, longRun, halfLife, _):
            return t("\(HumanNumber.percent(start)) decaying toward \(HumanNumber.percent(longRun)), half-life \(HumanNumber.shortest(halfLife)) years")
        case .rates: return t("explicit yearly rates")
        case .values: return t("explicit yearly values")
        case let .trend(slope, window, from):
            return t("+\(HumanNumber.billions(slope, digits: 2)) a year (straight line fitted to \(window.lowerBound)–\(window.upperBound), from the \(from) base)")
        }
    }

    public func note(_ note: ProjectionNote) -> String {
        switch note {
        case let .endPoints(caveats): return BriefingText(language).caveats(caveats, series: "") ?? ""
        case let .laterYearsKeepRate(year): return t("years after \(year) keep the \(year) rate")
        }
    }

    public func assumptions(_ fan: UncertaintyFan) -> [String] {
        guard let sample = fan.sample else { return [] }
        let count = sample.years.count, years = Self.compactYears(sample.years)
        let median = HumanNumber.percent(fan.medianGrowth), sd = HumanNumber.fixed(fan.logSD, decimals: 3)
        let model = sample.gaps.isEmpty
            ? t("Yearly growth is log-normal with the mean and spread of the \(count) observed yearly changes (\(years)): median growth \(median) a year, log standard deviation \(sd).")
            : t("Yearly growth is log-normal with the mean and spread of the \(count) observed yearly changes (\(years); across a gap, \(sample.gaps.map(\.description).joined(separator: ", ")), a change counts once a year over the gap): median growth \(median) a year, log standard deviation \(sd).")
        let joins = Self.compactYears(sample.sourceJoins), approximate = Self.compactYears(sample.approximate)
        let left: String
        switch (joins.isEmpty, approximate.isEmpty) {
        case (true, true): left = t("Changes with a bound as an end point are left out.")
        case (false, true):
            left = t("Changes with a bound as an end point are left out, and so are changes joining a figure the dataset computed from another source (\(joins)).")
        case (true, false):
            left = t("Changes with a bound as an end point are left out; changes involving approximate figures or range midpoints (\(approximate)) are used.")
        case (false, false):
            left = t("Changes with a bound as an end point are left out, and so are changes joining a figure the dataset computed from another source (\(joins)); changes involving approximate figures or range midpoints (\(approximate)) are used.")
        }
        return [
            model,
            t("Years are independent of each other; no shocks, policy changes or trend breaks beyond those in the history."),
            left,
            t("\(HumanNumber.grouped(fan.paths)) simulated paths from the \(fan.baseYear) base, random seed \(fan.seed); a target counts as reached in the first year a path is at or above it."),
        ]
    }

    public var defaultSetTitle: String { t("Default scenarios") }

    /// `[2011, 2012, 2013, 2021]` → `2011–2013, 2021`.
    static func compactYears(_ years: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for year in years {
            if let last = runs.last, last.1 == year - 1 { runs[runs.count - 1].1 = year } else { runs.append((year, year)) }
        }
        return runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", ")
    }
}

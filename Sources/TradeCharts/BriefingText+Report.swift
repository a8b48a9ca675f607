import TradeAnalysis
import TradeData

/// Phrases of the report's key figures and analysis. Numbers arrive formatted for the language.
extension BriefingText {
    func reportTitle(_ dataset: String) -> String { t("\(dataset): briefing") }
    var notDrawn: String { t("Charts not drawn") }
    var altTextLabel: String { t("Alt text") }
    var chartFiguresLabel: String { t("Figures in the chart") }
    var embedTitle: String { t("Embedding the charts") }
    var embedIntro: String {
        t("Paste-ready snippets for each chart: Markdown, HTML and LaTeX. The alt text goes with the image; the caption below it.")
    }
    func skippedLine(id: String, reason: String) -> String { "\(id): \(reason)" }
    var oneSourceOnly: String { t("one source only, not independently confirmed") }
    var alsoReportedFigure: String { t("\(series.title), also reported") }
    func alsoReported(_ amount: String, _ publisher: String) -> String {
        t("also reported: \(amount) (\(publisher))")
    }
    var computedWord: String { t("computed") }
    var statedWord: String { t("as stated by the source") }
    var statedGrowthFigure: String { t("Growth of \(series.inline), as stated") }
    var partYearWord: String { t("part year") }
    var targetLevelFigure: String { t("Target level") }
    var fromTargets: String { t("the dataset's targets") }
    /// Words for the sources tradechart names itself; nil for a dataset's own source.
    func builtInSource(_ key: String) -> String? {
        switch key {
        case Source.notStatedKey: t("not stated in the file")
        case TargetText.source: t("stated by the user (--target)")
        default: nil
        }
    }
    var simulatedPaths: String { t("Simulated paths") }

    func noAnalysis(_ reason: String) -> String {
        t("No target analysis: \(reason).")
    }

    /// "To reach 5 billion USD by 2027, two-way trade must grow 29.5% a year; by 2028, 18.8% a year (from 2.98 billion USD in 2025)."
    func requiredSentence(target: String, parts: [(year: Int, rate: String)], base: String, baseYear: Int, noYear: Bool) -> String {
        guard let first = parts.first else { return "" }
        let rest = parts.dropFirst().map { t("by \($0.year), \($0.rate) a year") }
        let more = rest.isEmpty ? "" : "; " + rest.joined(separator: "; ")
        let caveat = noYear ? t(" No year was stated for this target; \(first.year) is an assumed horizon, not the source's.") : ""
        return t("To reach \(target) by \(first.year), \(series.inline) must grow \(first.rate) a year\(more) (from \(base) in \(baseYear)).") + caveat
    }

    /// "No year was stated for 20 billion USD ("soon"): reaching it by 2028 would need 20.3% a year; by 2030, 12.0%; by 2035, 5.9% (from …)."
    func horizonSentence(target: String, said: String?, parts: [(year: Int, rate: String)], base: String, baseYear: Int) -> String {
        let quote = said.map { " (\"\($0)\")" } ?? ""
        let list = parts.map { t("\($0.rate) a year by \($0.year)") }
            .joined(separator: t(", "))
        return t("No year was stated for \(target)\(quote), so none is assumed. Reaching it needs \(list) (from \(base) in \(baseYear)).")
    }
    func horizonRateFigure(level: String, year: Int) -> String {
        t("Growth a year needed for \(level) USD if reached by \(year) (no year stated)")
    }

    var everyRecentRate: String { t("every recent rate is enough") }
    var noRecentRate: String { t("no recent rate is enough") }
    func onlyRates(_ names: [String]) -> String {
        let list = names.joined(separator: " " + t("and") + " ")
        return names.count > 1 ? t("only \(list) are enough") : t("only \(list) is enough")
    }
    func verdict(target: String, which: String) -> String { t("for \(target), \(which)") }
    func paceSentence(_ rates: [(String, String)]) -> String {
        let list = rates.map { "\($0.0.lowercasedFirst) \($0.1)" }.joined(separator: ", ")
        return t("Recent growth a year: \(list).")
    }
    func statedSentence(stated: String, year: Int, prior: String, priorYear: Int, computed: String) -> String {
        t("The source gives \(stated) for \(year); from the dataset's \(priorYear) figure (\(prior)) the growth is \(computed), which this analysis uses.")
    }
    func missedItem(target: String, year: Int, reached: String) -> String {
        t("\(target) by \(year) (reached: \(reached))")
    }
    func missedNoFigure(target: String, year: Int) -> String {
        t("\(target) by \(year) (the dataset has no \(year) figure yet)")
    }
    /// "10 billion USD by 2023, first reached in 2022 (10.57 billion USD), and 2023 fell back to 8.57 billion USD".
    func metItem(target: String, year: Int, first: Int, reached: String, fellBack: String?, bound: Bool = false) -> String {
        let back = fellBack.map { figure in
            bound ? t("; the \(year) figure is stated only as \(figure)")
                : t(", and \(year) fell back below it (\(figure))")
        } ?? ""
        return first < year ? t("\(target) by \(year), first reached in \(first) (\(reached))\(back)")
            : t("\(target) by \(year) (reached: \(reached))")
    }
    func metSentence(_ items: [String]) -> String {
        items.count == 1 ? t("An earlier target was met: \(items[0]).") : t("Earlier targets met: \(items.joined(separator: "; ")).")
    }
    func missedSentence(_ items: [String]) -> String {
        items.count == 1 ? t("An earlier target was missed: \(items[0]).") : t("Earlier targets were missed: \(items.joined(separator: "; ")).")
    }
}

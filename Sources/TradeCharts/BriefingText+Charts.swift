import TradeAnalysis
import TradeData

/// Phrases of the standard charts. Numbers arrive formatted for the language.
extension BriefingText {
    var about: String { t("about") }
    var moreThan: String { t("more than") }
    var lessThan: String { t("less than") }
    var reported: String { t("Reported") }
    var fullYear: String { t("Full year") }
    var notAvailable: String { t("n/a") }
    var tradeInGoods: String { t("Trade in goods") }
    var balanceLong: String { t("Balance (exports − imports)") }
    var growthPerYear: String { t("Growth a year") }
    var growthAxisTitle: String { t("Growth on the previous year") }
    var growthGapAxisTitle: String { t("Growth a year since the previous figure") }
    var growthFigure: String { t("Growth of \(series.inline)") }
    var everyYear: String { t("every year") }
    var validProjects: String { t("Valid investment projects") }
    func momentumRateFigure(_ moved: RateWindow? = nil) -> String {
        moved.map { windowRateName($0) + t(" (momentum)") } ?? t("Last year's growth (momentum)")
    }
    var momentumProjection: String { t("Momentum projection") }
    var howRequired: String { t("computed: (target / base)^(1/years) − 1") }
    func howMomentum(_ moved: RateWindow? = nil) -> String {
        let m = momentumWords(moved)
        return t("computed: \(m) held constant")
    }
    var howBalance: String { t("computed: exports − imports") }
    var howShare: String { t("computed: figure reached / target") }

    func andMoreSources(_ n: Int) -> String { t("; and \(n) more (see figures.csv)") }
    func howGrowth(_ sources: String) -> String { t("computed from \(sources)") }
    func howRate(_ window: String) -> String { t("computed: compound annual growth \(window)") }
    func howFan(_ paths: Int) -> String { t("computed: simulated paths (log-normal growth, fixed seed)") }

    /// "Jan–Nov" / "tháng 1–11".
    func months(_ start: Int, _ end: Int) -> String {
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        if language == .vi { return start == end ? "tháng \(start)" : "tháng \(start)–\(end)" }
        return start == end ? en[start - 1] : "\(en[start - 1])–\(en[end - 1])"
    }

    func partner(_ p: LocalizedText) -> String { p.text(in: language) }
    /// Whether the dataset names `p` (a bare CSV names neither reporter nor partner): phrases that
    /// would name it fall back to ones that do not.
    func names(_ p: LocalizedText) -> Bool { !partner(p).isEmpty }
    func pair(_ reporter: LocalizedText, _ partner: LocalizedText) -> String {
        "\(reporter.text(in: language))–\(partner.text(in: language))"
    }


    // MARK: trade-vs-target
    func targetBandName(_ band: String, _ window: String) -> String { t("Target: \(band), \(window)") }
    func requiredPath(level: String, year: Int, rate: String) -> String {
        t("\(level) by \(year): \(rate) a year")
    }
    func requiredRateFigure(level: String, year: Int) -> String {
        t("Growth a year needed for \(level) USD by \(year)")
    }
    func momentumPath(_ rate: String, moved: RateWindow? = nil) -> String {
        let span = moved.map { " (\($0))" } ?? ""
        return t("Momentum\(span): \(rate) a year")
    }
    func baseCallout(year: Int, value: String, status: String, level: String, by: Int, rate: String) -> String {
        t("\(year): \(value) (\(status)). \(level) by \(by) needs \(rate) a year")
    }
    func tradeTargetTitle(level: String, year: Int, rate: String) -> String {
        t("Reaching \(level) by \(year) needs \(rate) growth a year")
    }
    func tradeTargetSubtitle(partner: LocalizedText, from: String, to: String, band: String, window: String, lao: String?) -> String {
        let s = seriesWith(partner: partner)
        let main = t("\(s), \(from)–\(to), and the \(band) target for \(window)")
        return lao.map { "\(main) · \($0)" } ?? main
    }
    /// `line`: the targets are one level, drawn as a line, not a band.
    func tradeTargetAlt(from: String, base: String, value: String, band: String, rate: String, level: String, year: Int, line: Bool = false) -> String {
        let drawn = line ? t("the \(band) target as a line") : t("the \(band) target band")
        return t("Line chart of \(series.inline) from \(from) to \(base), ending at \(value) in \(base), with \(drawn) and dashed paths of the growth each target needs; reaching \(level) USD by \(year) needs \(rate) a year.")
    }
    func tradeTargetCaption(_ moved: RateWindow? = nil, line: Bool = false) -> String {
        let m = momentumWords(moved)
        let drawn = line ? t("the target level") : t("the target band")
        return t("\(reportedSeries) against \(drawn); dashed lines are the constant growth paths each target requires from the base year, and the path if \(m) continued.")
    }

    /// "Reported two-way trade"; a label as it is: "Germany's exports to Poland as reported".
    private var reportedSeries: String {
        series.isDefaultTrade ? t("Reported \(series.inline)") : t("\(series.title) as reported")
    }
    var assumedHorizon: String { t("assumed horizon") }
    func noYearRule(_ level: String) -> String { t("Target: \(level), no year stated") }
    func baseOnlyCallout(year: Int, value: String, status: String) -> String { "\(year): \(value) (\(status))" }
    func tradeTargetNoYearTitle(level: String, rate: String?, year: Int?, moved: RateWindow? = nil) -> String {
        guard let rate, let year else {
            return t("\(series.title) against the \(level) target, which has no stated year")
        }
        let pace = paceWords(moved)
        return t("At \(pace) (\(rate)) \(series.short) \(series.verb("reaches", "reach")) \(level) in \(year); no target year")
    }
    func tradeTargetNoYearSubtitle(partner: LocalizedText, from: String, to: String, level: String) -> String {
        let s = seriesWith(partner: partner)
        return t("\(s), \(from)–\(to), and the \(level) target (no year stated)")
    }
    func tradeTargetNoYearAlt(from: String, base: String, value: String, level: String, moved: RateWindow? = nil) -> String {
        let m = momentumWords(moved)
        return t("Line chart of \(series.inline) from \(from) to \(base), ending at \(value) in \(base), with the \(level) target as a line (no year stated) and the path if \(m) continued.")
    }
    func tradeTargetNoYearCaption(_ moved: RateWindow? = nil) -> String {
        let m = momentumWords(moved)
        return t("\(reportedSeries) against the target level, which has no stated year; the dashed line is the path if \(m) continued.")
    }

    // MARK: exports-imports
    func exportsImportsTitle(balance: String, year: Int, deficit: Bool) -> String {
        deficit ? t("Imports exceed exports: a balance of \(balance) in \(year)")
            : t("Exports exceed imports: a balance of \(balance) in \(year)")
    }
    var exportsImportsTitleFallback: String { t("Exports and imports by year") }
    func exportsImportsSubtitle(reporter: LocalizedText, partner: LocalizedText, from: Int, to: Int) -> String {
        guard names(reporter), names(partner) else { return t("Exports and imports, \(from)–\(to)") }
        return t("\(self.partner(reporter))'s exports to and imports from \(self.partner(partner)), \(from)–\(to)")
    }
    /// `light`: some bars are drawn light (figures that are not final).
    func exportsImportsNote(light: Bool) -> String {
        light ? t("Light bars: preliminary figures. Balance = exports − imports, where both are published.")
            : t("Balance = exports − imports, where both are published.")
    }
    func missingYears(_ neither: String, oneSided: String) -> String {
        let base = t("n/a: no export or import figure published for \(neither)")
        return oneSided.isEmpty ? base + "." : base + t("; only one side published for \(oneSided).")
    }
    func exportsImportsAlt(from: Int, to: Int, balance: (String, Int)?) -> String {
        let b = balance.map { t(" The balance in \($0.1) was \($0.0).") } ?? ""
        return t("Grouped bar chart of exports and imports by year, \(from)–\(to), with the balance as a line; years without figures are marked n/a.") + b
    }
    var exportsImportsCaption: String {
        t("Exports and imports in the same year side by side; missing years are left empty, not drawn as zero.")
    }
}

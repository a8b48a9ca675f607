import TradeAnalysis
import TradeData

extension BriefingContext {
    /// The current-year tracker of the analysed series: the latest year with sub-annual figures
    /// (months, quarters, halves or year-to-date), nil when the series has none.
    var thisYear: YearTrack? {
        (try? YearTracker(dataset: dataset, seriesID: series.rawValue))?.track()
    }

    /// The tracker of the analysis' base year (the latest full year), when that year has part-year
    /// figures: it tells how the year ended, not only how it added up.
    var baseYearTrack: YearTrack? {
        guard let year = analysis?.base.year else { return nil }
        return (try? YearTracker(dataset: dataset, seriesID: series.rawValue, year: year))?.track()
    }

    /// The base year's exit momentum when its part-year figures show a slowdown, else nil.
    var slowdown: ExitMomentum? {
        baseYearTrack?.exitMomentum().flatMap { $0.decelerated ? $0 : nil }
    }

    /// The change the rest of the year made, as every slowdown text and its figures.csv row state it:
    /// "fell about 9%" / "giảm khoảng 9%". A change against an implied or approximate base is worth
    /// its whole points only.
    func slowdownChange(_ m: ExitMomentum) -> String {
        let exact = m.qualifier == "exact"
        let size = exact ? abs(m.growth) : (abs(m.growth) * 100).rounded() / 100
        return text.slowdownChange(growth: percent(size), fell: m.growth < 0,
                                   qualifier: text.slowdownQualifier(about: !exact, bound: m.qualifier))
    }

    /// The figures.csv row of the slowdown as the report states it ("fell about 9%").
    func slowdownFigure(_ m: ExitMomentum, chart: String) -> BriefingFigure {
        let restOfYear = text.restOfYear(startMonth: m.startMonth, endMonth: m.endMonth, year: Int(m.period.prefix(4)))
        return computed(chart, text.t("Growth of the rest of the year on a year earlier: \(restOfYear)"),
                        period: m.period, value: m.growth, unit: "rate", formatted: slowdownChange(m),
                        how: text.t("computed: (latest year to date − earlier year to date) / the same for a year earlier − 1, in whole points"),
                        qualifier: m.qualifier == "exact" ? "" : "approximate")
    }

    /// The slowdown as a sentence for text that quotes last year's rate: "The year's +32.4% hides a
    /// slowdown: the second half of 2025 fell about 9% on a year earlier."
    func slowdownSentence(_ m: ExitMomentum, year: Int) -> String {
        text.slowdownSentence(year: signedPercent(m.yearGrowth), clause: slowdownClause(m, year: year))
    }

    /// ", but the second half fell about 9% on a year earlier" / ", nhưng nửa cuối năm giảm khoảng 9%
    /// so với cùng kỳ"; with `year`, "the second half of 2025" (for titles about later years).
    func slowdownClause(_ m: ExitMomentum, year: Int? = nil) -> String {
        text.slowdownClause(rest: text.restOfYear(startMonth: m.startMonth, endMonth: m.endMonth, year: year), change: slowdownChange(m))
    }

    /// True when `entry` holds the base year's own growth: the default momentum path, a historical
    /// rate over the base year alone, or a decay that starts from last year's growth.
    func holdsBaseYearGrowth(_ entry: ScenarioComparison.Entry, baseYear: Int) -> Bool {
        if entry.projection.rate == .momentum { return true }
        switch entry.rule {
        case let .historical(_, window, _): return window == (baseYear - 1)...baseYear
        case let .decaying(_, startIsLastYear, _, _, _): return startIsLastYear
        case .constant, .rates, .values, .trend: return false
        }
    }

    /// The caveat a scenario that holds the base year's growth carries when that year's part-year
    /// figures show a slowdown ("2025's growth (+32.4%) is the year's average: the second half of 2025
    /// fell about 9% on a year earlier."); nil for other scenarios, or when the year did not slow.
    func heldRateCaveat(_ entry: ScenarioComparison.Entry, in c: ScenarioComparison) -> String? {
        guard let m = slowdown, analysis?.base.year == c.baseYear, holdsBaseYearGrowth(entry, baseYear: c.baseYear) else { return nil }
        return text.heldRateCaveat(year: c.baseYear, growth: signedPercent(m.yearGrowth), clause: slowdownClause(m, year: c.baseYear))
    }
}

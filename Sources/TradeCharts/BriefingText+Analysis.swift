import ChartKit
import TradeAnalysis
import TradeData

/// Phrases of the growth, investment, scenario, required-growth and past-target charts.
extension BriefingText {
    // MARK: growth
    func annualTarget(_ low: String, _ high: String) -> String { t("Annual target \(low)–\(high)") }
    /// A goal of one rate: "Annual target 12%".
    func annualTarget(_ rate: String) -> String { t("Annual target \(rate)") }
    func requiredRule(level: String, year: Int, rate: String) -> String {
        t("\(level) by \(year) needs \(rate)")
    }
    func offScale(_ list: String) -> String { t("Off the scale: \(list).") }
    /// The note of a sparse series' growth chart: which bars span a gap, as their windows.
    func growthGapNote(_ windows: [RateWindow], key: MarkKey) -> String {
        let spans = Set(windows.map(\.years))
        let list: String
        if let span = spans.first, spans.count == 1, windows.count > 2, let first = windows.first, let last = windows.last {
            list = t("\(first) to \(last), \(span) years each")
        } else {
            list = windows.map { t("\($0), \($0.years) years") }.joined(separator: "; ")
        }
        return t("Years without a full-year figure are skipped: a bar after a gap is the compound growth a year since the previous full-year figure (\(list)).")
            + barKey(key)
    }
    /// The growth chart's title; `window` when the last bar spans more than one year.
    func growthTitle(year: String, rate: String, fell: Bool, window: RateWindow? = nil) -> String {
        if let window {
            return fell ? t("\(series.title) fell \(rate) a year over \(window)")
                : t("\(series.title) grew \(rate) a year over \(window)")
        }
        return fell ? t("\(series.title) fell \(rate) in \(year)")
            : t("\(series.title) grew \(rate) in \(year)")
    }
    /// `gaps`: some bars span more than one year (a sparse series), so none is called year-on-year.
    func growthSubtitle(partner: LocalizedText, goal: Bool, rules: Bool, gaps: Bool = false) -> String {
        let p = series.isDefaultTrade && names(partner) ? t("trade with \(self.partner(partner))") : series.inline
        let stem = gaps ? t("Growth a year of \(p) since each previous full-year figure")
            : t("Year-on-year growth of \(p)")
        switch (goal, rules) {
        case (false, false): return stem
        case (false, true): return stem + t(" and the rates the level targets need")
        case (true, false): return stem + t(" and the annual growth target")
        case (true, true): return stem + t(", the annual growth target and the rates the level targets need")
        }
    }
    /// `lastWindow`: the last bar's window when it spans a gap.
    /// `goalLine`: the annual goal is one rate, drawn as a line (not a band).
    func growthAlt(from: String, to: String, last: String, goal: Bool, rules: Bool, gaps: Bool = false, lastWindow: RateWindow? = nil,
                   goalLine: Bool = false) -> String {
        let band = goalLine ? t("the annual target as a line") : t("the annual target band")
        let end = lastWindow.map { t("\(last) a year over \($0)") } ?? t("\(last) in \(to)")
        let head = gaps ? t("Bar chart of the growth a year of \(series.inline) since each previous full-year figure, \(from)–\(to), \(end)")
            : t("Bar chart of year-on-year growth of \(series.inline), \(from)–\(to), \(end)")
        switch (goal, rules) {
        case (false, false): return head + "."
        case (true, false): return head + t(", with \(band).")
        case (false, true): return head + t(", with the required rates as dashed lines.")
        case (true, true): return head + t(", with \(band) and the required rates as dashed lines.")
        }
    }
    /// The growth chart's caption, naming only what is drawn: the goal band and the target rules when present.
    func growthCaption(goal: Bool, rules: Bool, gaps: Bool = false, goalLine: Bool = false) -> String {
        let band = goalLine ? t("the solid line is the annual growth goal")
            : t("the band is the annual growth goal")
        if gaps {
            let stem = t("Each bar is the compound growth a year since the previous full-year figure")
            switch (goal, rules) {
            case (false, false): return stem + "."
            case (false, true): return stem + t("; dashed lines are the rates the level targets need.")
            case (true, false): return stem + t("; \(band).")
            case (true, true): return stem + t("; \(band), dashed lines the rates the level targets need.")
            }
        }
        switch (goal, rules) {
        case (true, true): return goalLine ? t("Each bar compares a full year with the one before; \(band), dashed lines the rates the level targets need.") : growthCaption
        case (true, false): return t("Each bar compares a full year with the one before; \(band).")
        case (false, true): return t("Each bar compares a full year with the one before; dashed lines are the rates the level targets need.")
        case (false, false): return t("Each bar compares a full year with the one before.")
        }
    }
    var growthCaption: String {
        t("Each bar compares a full year with the one before; the band is the annual growth goal, dashed lines the rates the level targets need.")
    }

    // MARK: investment
    func partYearName(_ months: String) -> String { t("\(months) (part year)") }
    func partYearCallout(period: String, value: String) -> String {
        t("\(period): \(value), not the full year")
    }
    var investmentNote: String {
        t("Light bars: derived or approximate. Hollow points with a line: part-year figures drawn over the months they cover.")
    }
    func cumulativeText(_ value: String, _ period: String) -> String {
        t("Cumulative registered capital: \(value) (\(period))")
    }
    func projectsText(_ count: String, _ period: String) -> String {
        t("\(count) valid projects (\(period))")
    }
    func investmentTitle(year: Int, full: String, part: (String, String)?) -> String {
        guard let part else { return t("Registered investment: \(full) in \(year)") }
        return t("Registered investment in \(year): \(full) for the full year, \(part.0) for \(part.1)")
    }
    func investmentSubtitle(reporter: LocalizedText, partner: LocalizedText) -> String {
        guard names(reporter), names(partner) else { return t("Registered investment by year") }
        return t("\(reporter.text(in: language))'s registered investment in \(self.partner(partner)) by year")
    }
    func investmentAlt(year: Int, full: String, part: String?, partValue: String?, stock: String) -> String {
        var s = t("Bar chart of registered investment by year; \(year): \(full) for the full year.")
        if let part, let partValue {
            s += t(" The \(part) figure, \(partValue), is drawn as a hollow point over its months.")
        }
        if !stock.isEmpty { s += " " + stock + "." }
        return s
    }
    var investmentCaption: String {
        t("Full-year registered investment as bars; part-year figures, often quoted as the year's, are drawn over the months they cover.")
    }

    // MARK: scenarios
    func fanFigure(_ p: Int) -> String { t("Simulated paths, \(p)th percentile") }
    func probabilityFigure(level: String, year: Int) -> String {
        t("Share of simulated paths at \(level) USD or more by \(year)")
    }
    /// A scenario's legend name; a user's own scenario keeps its label as written.
    /// `window`: the rate's window when a sparse series moved it (named by it, "Rate 2020→2024").
    func scenarioName(rate id: RateID, label: String, rate: String?, window: RateWindow? = nil) -> String {
        let r = rate.map { t(", \($0) a year") } ?? ""
        if let window, id.isHistorical { return t("Rate \(window)") + r }
        switch id {
        case .momentum: return t("Momentum") + r
        case .compound(let years): return t("\(years)-year rate") + r
        case .goalLow, .goalHigh: return t("Annual goal") + r
        case .required: return t("Required") + r
        case .scenario: return label
        }
    }
    func reachWords(name: String, level: String, year: Int) -> String {
        t("\(name): \(level) in \(year)")
    }
    func scenariosSubtitle(base: Int, horizon: Int) -> String {
        series.isDefaultTrade
            ? t("Two-way trade paths from \(base) to \(horizon) under each growth assumption, with the range of simulated paths.")
            : t("Paths of \(series.inline) from \(base) to \(horizon) under each growth assumption, with the range of simulated paths.")
    }
    func fanSentence(level: String, year: Int, share: String) -> String {
        t("\(share) of simulated paths reach \(level) by \(year).")
    }
    func scenariosTitle(rate: String, level: String, year: Int, moved: RateWindow? = nil) -> String {
        let pace = paceWords(moved)
        return t("At \(pace) (\(rate) a year) \(series.short) \(series.verb("reaches", "reach")) \(level) USD in \(year)")
    }
    var scenariosTitleFallback: String { t("Growth scenarios for \(series.inline)") }
    var scenariosNote: String {
        t("Scenarios are assumptions, not forecasts. Shaded ranges: 50% and 80% of simulated paths with the historical spread of yearly growth.")
    }
    /// `band`, `lines`: what the chart draws of the targets (a band of levels, lines for single levels).
    func scenariosAlt(base: Int, horizon: Int, reaches: String, band: Bool = true, lines: Bool = false) -> String {
        let drawn: String
        switch (band, lines) {
        case (true, false): drawn = t(" and the target band")
        case (true, true): drawn = t(", the target band and target lines")
        case (false, true): drawn = t(" and the targets as lines")
        case (false, false): drawn = ""
        }
        let tail = reaches.isEmpty ? "" : " " + reaches + "."
        return t("Line chart of growth scenarios for \(series.inline) from \(base) to \(horizon), with shaded ranges of simulated paths\(drawn).\(tail)")
    }
    var scenariosCaption: String {
        t("Each dashed line holds one growth assumption from the base year; the shaded ranges show how far yearly swings like the past ones could move the outcome.")
    }

    // MARK: required-growth
    func requiredCategory(level: String, year: Int) -> String { t("\(level) by \(year)") }
    /// A target without a stated year read at one horizon: "20 billion if by 2030".
    func horizonCategory(level: String, year: Int) -> String { t("\(level) if by \(year)") }
    func actualCategory(id: RateID, from: String, to: String) -> String {
        id == .momentum && Int(to).map({ $0 - 1 }) == Int(from) ? t("Actual \(to)") : t("Avg \(from)–\(to)")
    }
    func requiredTitle(low: String, high: String, covered: String, beyond: String, beyondRate: String) -> String {
        t("Recent growth of \(low)–\(high) a year is enough for \(covered), not for \(beyond) (\(beyondRate))")
    }
    var requiredTitleFallback: String { t("Growth each target needs, beside recent growth") }
    func requiredSubtitle(base: String, year: Int) -> String {
        t("Compound growth a year needed from \(base) in \(year), and the actual rates of recent years")
    }
    /// The note says only what the chart shows: the "if by" bars of a target without a stated year when it draws them.
    func requiredNote(horizons: Bool) -> String {
        horizons ? t("A target without a stated year gets no deadline: \"if by\" bars show what it would need at each horizon. Actual rates from the preferred full-year figures.")
            : t("Actual rates from the preferred full-year figures.")
    }
    func requiredAlt(_ list: String) -> String {
        t("Bar chart of the growth a year each target needs beside recent actual growth: \(list).")
    }
    var requiredCaption: String {
        t("Required compound growth for each target and year, beside the growth actually achieved recently.")
    }

    // MARK: past-targets
    func pastCategory(level: String, when: String, open: Bool) -> String {
        open ? t("\(level) by \(when) (open)") : t("\(level) by \(when)")
    }
    func shareBy(_ share: String, _ year: Int) -> String { t("\(share) by \(year)", context: "shareBy") }
    func soFar(_ year: Int) -> String { t("\(year) so far") }
    func reachedIn(_ year: Int) -> String { t("reached \(year)") }
    func noFigureFor(_ year: Int) -> String { t("no \(year) figure") }
    func metThenFellBack(year: Int, deadline: Int, share: String) -> String {
        t("met in \(year); \(deadline): \(share)")
    }
    func shareReached(_ target: String) -> String { t("Share of the target reached: \(target)") }
    func pastTitle(missed: Int, of total: Int) -> String {
        switch (missed, total) {
        case (0, 1): return t("The earlier trade target was met")
        case (0, _): return t("All \(total) earlier trade targets were met")
        case (1, 1): return t("The earlier trade target was missed")
        case (1, _): return t("1 of \(total) earlier trade targets was missed")
        default: return t("\(missed) of \(total) earlier trade targets were missed")
        }
    }
    var pastTitleFallback: String { t("Trade targets and what was reached") }
    func pastSubtitle(partner: LocalizedText) -> String {
        series.isDefaultTrade && names(partner)
            ? t("Each target for two-way trade with \(self.partner(partner)) beside the figure of its deadline year, or of the year it was first met (open targets: the latest year)")
            : t("Each target for \(series.inline) beside the figure of its deadline year, or of the year it was first met (open targets: the latest year)")
    }
    func pastNote(_ key: MarkKey) -> String {
        t("Percentages: the share of the target reached.") + (key.hollow ? " " + t("Light bars: approximate or preliminary figures.") : "")
    }
    func pastAlt(_ list: String) -> String {
        t("Grouped bar chart of each trade target beside the figure reached: \(list).")
    }
    /// The caption when every target drawn is still open (no earlier target to read).
    var pastCaptionOpenOnly: String {
        t("Each open target beside the latest year's figure and the share of it reached so far.")
    }
    var pastCaption: String {
        t("Earlier targets beside what was reached in their deadline year, or in the year a target was first met; the open targets beside the latest year.")
    }
}

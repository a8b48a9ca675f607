import TradeAnalysis

/// Phrases of the current-year tracker (chart and report section) and of momentum qualified by
/// the part-year figures. Numbers arrive formatted for the language.
extension BriefingText {
    /// "the second half of 2025" / "nửa cuối năm 2025"; without a year as `restOfYear(startMonth:endMonth:)`.
    func restOfYear(startMonth: Int, endMonth: Int, year: Int?) -> String {
        let plain = restOfYear(startMonth: startMonth, endMonth: endMonth)
        guard let year else { return plain }
        // "nửa cuối năm" already ends in "năm": "nửa cuối năm 2025", not "nửa cuối năm năm 2025".
        if language == .vi && plain.hasSuffix(" năm") { return "\(plain) \(year)" }
        if plain.hasPrefix("the ") || language == .vi && !plain.hasPrefix("tháng") { return t("\(plain) of \(year)") }
        return t("\(plain) \(year)")
    }

    /// "The year's +32.4% hides a slowdown: the second half of 2025 fell about 9% on a year earlier."
    func slowdownSentence(year: String, clause: String) -> String {
        let body = slowdownBody(clause)
        return t("The year's \(year) hides a slowdown: \(body).")
    }

    /// A slowdown clause without its ", but " / ", nhưng ": "the second half of 2025 fell about 9% on a year earlier".
    func slowdownBody(_ clause: String) -> String {
        clause.hasPrefix(", but ") ? String(clause.dropFirst(6)) : clause.hasPrefix(", nhưng ") ? String(clause.dropFirst(8)) : clause
    }

    /// After a scenario that holds the base year's growth, when the year ended slower: "2025's growth
    /// (+32.4%) is the year's average: the second half of 2025 fell about 9% on a year earlier."
    func heldRateCaveat(year: Int, growth: String, clause: String) -> String {
        let body = slowdownBody(clause)
        return t("\(year)'s growth (\(growth)) is the year's average: \(body).")
    }

    /// "the second half", "the fourth quarter", "Aug–Dec" / "nửa cuối năm", "quý 4", "tháng 8–12".
    func restOfYear(startMonth: Int, endMonth: Int) -> String {
        switch (startMonth, endMonth) {
        case (7, 12): return t("the second half")
        case (1, 6): return t("the first half")
        case let (s, e) where e - s == 2 && s % 3 == 1:
            let q = (s + 2) / 3
            return [t("the first quarter"), t("the second quarter"), t("the third quarter"),
                    t("the fourth quarter")][q - 1]
        default: return months(startMonth, endMonth)
        }
    }

    /// ", but the second half fell about 9% on a year earlier" / ", nhưng nửa cuối năm giảm khoảng 9% so với cùng kỳ".
    func slowdownClause(rest: String, change: String) -> String {
        t(", but \(rest) \(change) on a year earlier")
    }

    /// The change a slowdown clause states, as figures.csv shows it: "fell about 9%" / "giảm khoảng 9%".
    func slowdownChange(growth: String, fell: Bool, qualifier q: String) -> String {
        fell ? t("fell \(q)\(growth)") : t("grew only \(q)\(growth)")
    }

    /// "about ", "at most ", "at least " or nothing, as a slowdown clause qualifies its size.
    func slowdownQualifier(about: Bool, bound: String) -> String {
        switch bound {
        case "atMost": return t("at most ")
        case "atLeast": return t("at least ")
        default: return about ? t("about ") : ""
        }
    }

    func cumulativeFigure(year: Int) -> String { t("Cumulative from January, \(year)") }
    var howCumulative: String { t("computed: sum of the months and quarters from January") }
    var howImpliedPrior: String {
        t("computed: this year's figure / (1 + the growth its source states)")
    }
    var howPathYear: String {
        t("computed: the year before's full-year figure × (1 + the path's growth a year)")
    }
    var howRemaining: String {
        t("computed: (path's value − year to date) / (the year before's full year − its same months) − 1")
    }
    func howProjection(_ method: YearTrack.Projection.Method) -> String {
        switch method {
        case .annualised: return t("computed: year to date × 12 / months covered")
        default: return t("computed: the year before's full year × (1 + year-to-date growth)")
        }
    }
    func sameMonths(_ year: Int) -> String { t("\(year), same months") }
    func thisYearSoFar(_ year: Int) -> String { t("\(year), from January") }
    func thisYearPath(level: String, deadline: String, rate: String, from: Int) -> String {
        t("Path from \(from) to \(level) by \(deadline) (\(rate) a year)")
    }
    func thisYearGoalPath(rate: String) -> String { t("Annual goal's low end (\(rate))") }
    func pathYearValueFigure(_ path: String) -> String { t("Full-year value on the path: \(path)") }
    func remainingGrowthFigure(_ path: String) -> String {
        t("Growth the rest of the year needs on a year earlier: \(path)")
    }
    func projectionName(_ method: YearTrack.Projection.Method) -> String {
        method == .annualised ? t("Projection: year to date scaled to 12 months")
            : t("Projection at the year-to-date pace")
    }
    var yearToDateAxis: String { t("Cumulative from January") }

    func thisYearTitle(period: String, value: String, growth: String?, prior: Int, complete: Bool) -> String {
        guard let growth else { return t("\(period): \(value)") }
        return complete ? t("\(period): \(value), \(growth) on \(prior)")
            : t("\(period): \(value), \(growth) on the same months of \(prior)")
    }
    func thisYearSubtitle(series: String, year: Int) -> String {
        t("\(series), cumulative from January \(year), against the same months of \(year - 1) and each target's path for \(year)")
    }
    func thisYearNote(quarters: Bool, implied: Bool) -> String {
        var s = t("A path's value for the year is spread over the months like the year before's figures.")
        if implied {
            s += " " + t("Hollow points of the year before: implied by the growth the source states, approximate.")
        }
        s += " " + t("Dashed lines are paths or projections, not figures.")
        return s
    }
    func restNeeds(path: String, growth: String) -> String {
        t("For the \(path.lowercasedFirst), the rest of the year needs \(growth) on a year earlier.")
    }
    func thisYearAlt(year: Int, latest: String, value: String, growth: String?, paths: String, slowdown: String) -> String {
        let g = growth.map { t(", \($0) on a year earlier") } ?? ""
        let p = paths.isEmpty ? "" : t(" Target paths: \(paths).")
        return t("Line chart of cumulative figures from January \(year) against the same months of \(year - 1); \(latest): \(value)\(g)\(slowdown).") + p
    }
    var thisYearCaption: String {
        t("Each point adds up the year from January; the same months of the year before and the targets' paths for the year show whether the year is on course.")
    }

    // MARK: The report's section

    var thisYearHeading: String { t("This year so far") }
    func thisYearLatest(period: String, value: String, status: String, growth: String?, prior: String?, priorYear: Int, complete: Bool) -> String {
        let against = complete ? "\(priorYear)" : t("the same months of \(priorYear)")
        guard let growth else {
            return t("\(period): \(value) (\(status)); there is no figure for \(against).")
        }
        let p = prior.map { " (\($0))" } ?? ""
        return t("\(period): \(value) (\(status)), \(growth) on \(against)\(p).")
    }
    func thisYearRests(_ items: [String]) -> String {
        t("The rest of the year after each earlier figure, against the same months a year earlier: \(items.joined(separator: "; ")).")
    }
    func restItem(after: String, rest: String, value: String, growth: String) -> String {
        t("after \(after), \(rest) \(value) (\(growth))")
    }
    func thisYearNeeds(_ items: [String], complete: Bool) -> String {
        complete ? t("On the targets' paths for the year: \(items.joined(separator: "; ")).")
            : t("To stay on each target's path, the rest of the year needs: \(items.joined(separator: "; ")).")
    }
    func needItem(path: String, yearValue: String, remaining: String?, onPath: Bool?) -> String {
        if let remaining { return t("\(path): \(yearValue) for the year, \(remaining) on a year earlier") }
        if let onPath {
            return onPath ? t("\(path): \(yearValue) needed, reached")
                : t("\(path): \(yearValue) needed, not reached")
        }
        return t("\(path): \(yearValue) for the year")
    }
    func thisYearProjection(value: String, method: String) -> String {
        t("Projection, not a figure: \(value) for the full year (\(method)).")
    }
    var impliedPriorWords: String { t("implied by the growth the source states") }
}

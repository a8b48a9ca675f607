import NumberText
import TradeAnalysis
import TradeData

/// Names of the analysis' rates and words for its caveats and assumptions, in the pack's language.
extension BriefingText {
    /// "Last year's growth", "5-year compound rate", "Annual growth of 10–15%, low end".
    /// `goalLabel` names an annual growth goal by its target id (the dataset's label).
    public func rateName(_ id: RateID, goalLabel: (String) -> String? = { _ in nil }) -> String {
        switch id {
        case .momentum: return t("Last year's growth")
        case .compound(let years): return t("\(years)-year compound rate")
        case .goalLow(let target): return t("\(goalLabel(target) ?? target), low end")
        case .goalHigh(let target): return t("\(goalLabel(target) ?? target), high end")
        case .required(let target, let year): return t("Required for \(target) by \(year)")
        case .scenario(let id): return id
        }
    }

    /// A rate by its name, or by its actual window when a sparse series moved it ("Compound rate
    /// 2020→2024 (4 years)" for a 3- or 5-year rate, or for last year's growth without a figure the year before).
    public func rateName(_ rate: NamedRate, goalLabel: (String) -> String? = { _ in nil }) -> String {
        guard !rate.hasNominalWindow, let window = rate.window else { return rateName(rate.id, goalLabel: goalLabel) }
        return windowRateName(window)
    }

    /// "Compound rate 2020→2024 (4 years)" / "Tăng trưởng bình quân 2020→2024 (4 năm)".
    public func windowRateName(_ window: RateWindow) -> String {
        t("Compound rate \(window) (\(window.years) \(window.years == 1 ? "year" : "years"))")
    }

    /// Last year's growth in a phrase, or the rate a sparse series puts in its place (`moved`):
    /// "last year's growth" / "the 2022→2024 compound rate".
    func momentumWords(_ moved: RateWindow?) -> String {
        moved.map { t("the \($0) compound rate") } ?? t("last year's growth")
    }

    /// "last year's pace" / "the 2022→2024 pace" (vi: "tốc độ năm gần nhất" / "tốc độ bình quân 2022→2024").
    func paceWords(_ moved: RateWindow?) -> String {
        moved.map { t("the \($0) pace") } ?? t("last year's pace")
    }

    /// Why there is no target analysis, in the pack's language; a series with part-year figures only
    /// (quarters, months) says so and what to add.
    func analysisGap(_ error: AnalysisError, series: Series?) -> String {
        switch error {
        case .noFullYearFigure(let id):
            if let periods = series?.periods, let first = periods.first, let last = periods.last {
                return t("series '\(id)' has part-year figures only (\(first) to \(last)), no full-year figure to use as a base: add full-year figures to analyse its targets")
            }
            return t("series '\(id)' has no full-year figure to use as a base")
        case .unknownSeries(let id, let available):
            return t("no series '\(id)' in the dataset; choose one of: \(available.joined(separator: ", "))")
        case .baseNotFound, .baseNotFullYear, .baseNotPositive:
            return error.description
        }
    }

    /// "2025 is preliminary", "no 2019 figure in series 'trade_total'".
    public func caveat(_ caveat: RateCaveat, series: String) -> String {
        switch caveat {
        case .noFigure(let year): return t("no \(year) figure in series '\(series)'")
        case .partYearOnly(let year, let period):
            return t("\(year) has only a part-year figure (\(period)); a part-year figure is not compared with a full year")
        case .qualifiedEndPoint(let period, let fact): return "\(period) " + t("is") + " " + factWords(fact)
        case .boundEndPoint: return t("an end point is a bound, so the rate is not used")
        case .nearestYear(let nominal):
            return t("no full-year figure for \(nominal): measured from the nearest year with one")
        }
    }

    /// "preliminary", "a lower bound".
    func factWords(_ fact: QualifierFact) -> String {
        switch fact {
        case .approximate: t("approximate")
        case .atLeast: t("a lower bound")
        case .atMost: t("an upper bound")
        case .range: t("a range")
        case .preliminary: t("preliminary")
        case .estimate: t("estimate")
        }
    }

    /// A rate's caveats on one line: "2020 is approximate; 2025 is preliminary".
    public func caveats(_ caveats: [RateCaveat], series: String) -> String? {
        caveats.isEmpty ? nil : caveats.map { caveat($0, series: series) }.joined(separator: "; ")
    }

    /// One assumption of the analysis as a sentence.
    public func assumption(_ fact: AnalysisAssumption, analysis a: TargetAnalysis) -> String {
        switch fact {
        case .compoundFromPreferredFigures:
            return t("Growth rates are compound annual rates computed from the dataset's preferred full-year figures.")
        case .reachedInFirstYearAtOrAbove:
            return t("A target is reached in the first calendar year whose full-year figure is at or above it.")
        case .baseQualified(let qualifier):
            let words: String
            switch qualifier {
            case .exact: words = t("exact")
            case .approximate: words = t("approximate")
            case .atLeast: words = t("a lower bound")
            case .atMost: words = t("an upper bound")
            case .range: words = t("a range")
            }
            return t("The base figure is \(words); required rates are given as a range accordingly.")
        case .baseStatus(let status):
            return t("The base figure is \(self.status(status.rawValue)).")
        case .statedRate(let s):
            var text = t("The source states +\(HumanNumber.percent(s.stated)) for \(s.period), which implies a \(priorYear(s.period)) base of \(HumanNumber.billions(s.impliedBase, digits: 3))")
            if let prior = s.prior, let computed = s.computed {
                text += t("; from the dataset's preferred \(prior.year) figure (\(HumanNumber.billions(prior.value, digits: 2))) the growth is \(HumanNumber.percent(computed)), which is what this analysis uses")
            }
            return text + "."
        case .rateCaveats(let rate, let window, let caveats):
            let name = rateName(NamedRate(id: rate, rate: nil, window: window))
            let span = window.map { rateName(NamedRate(id: rate, rate: nil, window: $0)).contains($0.description) ? "" : " (\($0))" } ?? ""
            return "\(name)\(span): \(self.caveats(caveats, series: a.series) ?? "")."
        case .noYearStated(_, let label, let deadlineText, let assumed):
            let said = deadlineText.map { " (\"\($0)\")" } ?? ""
            if let assumed {
                return t("\(label): no year stated\(said); read at \(assumed), an assumed horizon, not the source's.")
            }
            return t("\(label): no year stated\(said); no deadline is assumed: the growth it needs is shown for several horizons.")
        }
    }

    private func priorYear(_ period: String) -> String {
        Int(period.prefix(4)).map { "\($0 - 1)" } ?? period
    }
}

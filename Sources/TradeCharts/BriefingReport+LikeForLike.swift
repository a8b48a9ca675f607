import NumberText
import ChartKit
import TradeAnalysis
import TradeData

extension BriefingReport {
    /// "Like for like": where a source's stated change differs from the dataset's own figures for the
    /// same months a year earlier (both shown, with the reason), a balance from rounded parts, the
    /// required growth if a preliminary base is revised, and the annual growth goal against the
    /// level targets with its record. Nil when there is nothing to say.
    func likeForLikeSection() -> ReportDocument.Section? {
        let t = ctx.text
        var paragraphs: [ReportDocument.Paragraph] = []
        var rows: [[String]] = []
        var tableFigures: [BriefingFigure] = []
        for series in ctx.dataset.series {
            for fact in Metrics.statedVersusRecomputed(series) where fact.preferred && fact.reason == .priorFigureDiffers {
                guard let period = Period(parsing: fact.period), let ratio = fact.recomputedRatio else { continue }
                // Differences below a fifth of a point (a tenth of a multiple) are rounding, not a different base.
                let material: Double = { if case .multiple = fact.stated { return 0.05 } else { return 0.002 } }()
                guard abs(ratio.value - fact.stated.ratio) >= material else { continue }
                let name = series.label?.text(in: ctx.language) ?? series.id
                let stated = stated(fact.stated)
                let recomputed = recomputedWords(fact.stated, ratio)
                var why = t.priorDiffers(prior: fact.priorValue.map { ctx.amount(Quantity($0, qualifier: Quantity.Qualifier(rawValue: fact.priorQualifier ?? "") ?? .exact), unit: series.unit) } ?? "",
                                         priorPeriod: Period(parsing: fact.comparedWith).map(ctx.periodLabel) ?? fact.comparedWith,
                                         implied: precise(fact.impliedPrior, beside: fact.priorValue),
                                         publisher: fact.priorSource.map(ctx.publisher) ?? "")
                if let whole = fact.fullYear {
                    let words = recomputedWords(fact.stated, Estimate(whole.ratio))
                    why += " " + t.fullYearToo(words, year: whole.period)
                    tableFigures.append(ctx.computed("report", t.recomputedChangeFigure(name) + " (" + t.fullYear.lowercased() + ")",
                                                     period: "\(Int(whole.period).map { $0 - 1 } ?? 0)→\(whole.period)", value: whole.ratio,
                                                     unit: "ratio", formatted: words, how: t.howRecomputed))
                }
                if let priorPeriod = Period(parsing: fact.comparedWith), let before = series.preferred(at: priorPeriod) {
                    tableFigures.append(ctx.figure("report", name, before, unit: series.unit))
                }
                tableFigures.append(ctx.computed("report", t.impliedPriorFigure(name), period: fact.comparedWith, value: fact.impliedPrior,
                                                 unit: "USD", formatted: precise(fact.impliedPrior, beside: fact.priorValue),
                                                 how: t.howImpliedPrior, qualifier: "approximate"))
                rows.append([name, ctx.periodLabel(period), stated + " (" + ctx.publisher(fact.source) + ")", recomputed, why])
                tableFigures.append(BriefingFigure(chart: "report", figure: t.statedChangeFigure(name), period: fact.period,
                                                   value: fact.stated.ratio, unit: "ratio", formatted: stated, status: "stated", qualifier: "",
                                                   source: fact.source, sourceDetail: ctx.publisher(fact.source)))
                tableFigures.append(ctx.computed("report", t.recomputedChangeFigure(name), period: "\(fact.comparedWith)→\(fact.period)",
                                                 value: ratio.value, unit: "ratio", formatted: recomputed, how: t.howRecomputed,
                                                 qualifier: BriefingCharts.qualifierColumn(ratio.qualifierName),
                                                 inputs: [fact.priorSource, fact.source].compactMap { $0 }))
            }
        }
        // The balance, when its parts are rounded or qualified.
        if let ex = ctx.dataset.series(SeriesID.exports), let im = ctx.dataset.series(SeriesID.imports),
           let latest = Metrics.balanceFigures(exports: ex, imports: im, total: ctx.dataset.series(ctx.series)).last, latest.approximate,
           let period = Period(parsing: latest.period) {
            let sum = latest.exports + latest.imports
            let text = t.balanceApproximate(year: ctx.periodLabel(period), balance: ctx.money(latest.balance.value),
                                            exports: ctx.money(latest.exports), imports: ctx.money(latest.imports), sum: ctx.money(sum),
                                            total: latest.total.map(ctx.money), rounded: latest.reasons.contains(.partsDisagreeWithTotal))
            let keys = [ex.preferred(at: period)?.source, im.preferred(at: period)?.source].compactMap { $0 }
            paragraphs.append(.init(text, figures: [
                ctx.computed("report", t.balance, period: latest.period, value: latest.balance.value, unit: "USD",
                             formatted: t.about + " " + ctx.money(latest.balance.value), how: t.howBalance, qualifier: "approximate", inputs: keys),
            ], sourceKeys: keys))
        }
        if let a = ctx.analysis {
            // The required growth if the preliminary base is revised.
            let revisions = a.revisionSensitivity
            if let first = revisions.first {
                var figures: [BriefingFigure] = []
                let items = revisions.map { r -> String in
                    let low = ctx.percent(r.requiredIfRevisedUp), high = ctx.percent(r.requiredIfRevisedDown)
                    let lowNumber = low.replacingOccurrences(of: "%", with: "")
                    figures.append(ctx.computed("report", t.revisedFigure(level: ctx.level(r.target), year: r.year, down: true),
                                                period: "\(a.base.year)→\(r.year)", value: r.requiredIfRevisedDown, unit: "rate", formatted: high,
                                                how: t.howRequired, inputs: [a.base.source]))
                    figures.append(ctx.computed("report", t.revisedFigure(level: ctx.level(r.target), year: r.year, down: false),
                                                period: "\(a.base.year)→\(r.year)", value: r.requiredIfRevisedUp, unit: "rate", formatted: low,
                                                how: t.howRequired, inputs: [a.base.source]))
                    return t.revisionItem(target: t.requiredCategory(level: ctx.level(r.target), year: r.year), low: lowNumber, high: high,
                                          central: ctx.percent(r.required))
                }
                paragraphs.append(.init(t.revisionSentence(year: a.base.year, base: ctx.money(first.baseValue), status: t.status(first.baseStatus),
                                                           revision: ctx.percent(first.revision), items: items), figures: figures))
            }
            // The annual growth goal against the level targets, and its record.
            for goal in a.policyConsistency where !goal.record.isEmpty || !goal.requirements.isEmpty {
                let label = ctx.dataset.targets.first { $0.id == goal.goalId }?.label.text(in: ctx.language) ?? goal.goalId
                let band = goal.low == goal.high ? ctx.percent(goal.low)
                    : ctx.percent(goal.low).replacingOccurrences(of: "%", with: "") + "–" + ctx.percent(goal.high)
                var figures: [BriefingFigure] = []
                let needs = goal.requirements.map { r -> String in
                    let rate = ctx.percent(r.requiredAnnualGrowth)
                    return t.goalNeedItem(target: t.requiredCategory(level: ctx.level(r.target), year: r.year), rate: rate, within: r.withinGoal,
                                          reachedAtHigh: r.yearAtHighEnd)
                }
                let source = ctx.dataset.targets.first { $0.id == goal.goalId }?.source ?? ""
                var text = t.goalAgainstTargets(goal: label, band: band, needs: needs)
                let judged = goal.metYears.count + goal.missedYears.count
                if judged > 0 {
                    text += " " + t.goalRecord(low: ctx.percent(goal.low), met: goal.metYears.count, of: judged + goal.uncertainYears.count,
                                               metYears: BriefingCharts.yearList(goal.metYears), missedYears: BriefingCharts.yearList(goal.missedYears),
                                               uncertain: BriefingCharts.yearList(goal.uncertainYears), joins: BriefingCharts.yearList(goal.joinYears))
                    figures.append(ctx.computed("report", t.goalMetFigure(label),
                                                period: BriefingCharts.yearList(goal.record.filter { !$0.sourceJoin }.map(\.year)),
                                                value: Double(goal.metYears.count), unit: "count", formatted: ctx.count(Double(goal.metYears.count)),
                                                how: t.howGoalRecord))
                    let total = Double(judged + goal.uncertainYears.count)
                    figures.append(ctx.computed("report", t.goalJudgedFigure(label), period: BriefingCharts.yearList(goal.record.filter { !$0.sourceJoin }.map(\.year)),
                                                value: total, unit: "count", formatted: ctx.count(total), how: t.howGoalJudged))
                }
                paragraphs.append(.init(text, figures: figures, sourceKeys: source.isEmpty ? [] : [source]))
            }
        }
        guard !rows.isEmpty || !paragraphs.isEmpty else { return nil }
        let table = rows.isEmpty ? nil : ReportDocument.SectionTable(
            header: [t.figureColumn, t.headings.period, t.statedColumn, t.recomputedColumn, t.whyColumn], rows: rows)
        let intro: [ReportDocument.Paragraph] = rows.isEmpty ? [] : [.init(t.likeForLikeIntro, figures: [], sourceKeys: [])]
        return ReportDocument.Section(id: "like-for-like", heading: t.likeForLikeHeading, paragraphs: intro, table: table, after: paragraphs)
            .withFigures(tableFigures)
    }

    /// "+38.2%", "7.5×" as the source states it.
    func stated(_ change: StatedChange) -> String {
        switch change {
        case let .growth(g): return ctx.signedPercent(g)
        case let .multiple(m): return ctx.text.times(ctx.count((m * 10).rounded() / 10))
        }
    }

    /// `value` in money words, with a digit more when it would read the same as `other`.
    func precise(_ value: Double, beside other: Double?) -> String {
        let plain = ctx.money(value)
        guard let other, plain == ctx.money(other), abs(value) >= 1e6 else { return plain }
        let m = Magnitude.of(value)
        return ValueFormat.decimal(value / m.divisor, decimals: 3, locale: ctx.language, trim: true) + " " + m.word(ctx.language) + " USD"
    }

    /// The dataset's own change in the same form as the stated one ("+40.6%", "3.7×"), qualified.
    func recomputedWords(_ stated: StatedChange, _ ratio: Estimate) -> String {
        let number: String
        switch stated {
        case .growth: number = ctx.signedPercent(ratio.value - 1)
        case .multiple: number = ctx.text.times(ValueFormat.decimal(ratio.value, decimals: 1, locale: ctx.language, trim: false))
        }
        // A change against a bound is a bound too ("at least +12%" from "more than 1 billion").
        switch ratio.qualifier {
        case .atLeast?: return ctx.text.t("at least \(number)")
        case .atMost?: return ctx.text.t("at most \(number)")
        case .approximate?, .range?: return ctx.text.t("about \(number)")
        case .exact?, nil: return number
        }
    }
}

extension BriefingText {
    var likeForLikeHeading: String { t("Like for like: stated and recomputed figures") }
    var likeForLikeIntro: String {
        t("Where a source states a change that the dataset's own figures for the same months a year earlier do not give, both are shown: usually the source compared with an earlier or later estimate of the year before than the one the dataset keeps. The analysis uses the recomputed one.")
    }
    var figureColumn: String { t("Figure") }
    var statedColumn: String { t("As stated") }
    var recomputedColumn: String { t("From the dataset") }
    var whyColumn: String { t("Why they differ") }
    func times(_ x: String) -> String { t("\(x)×") }
    func priorDiffers(prior: String, priorPeriod: String, implied: String, publisher: String) -> String {
        t("The dataset's \(priorPeriod) figure is \(prior)\(publisher.isEmpty ? "" : " (\(publisher))"); the stated change implies \(implied).")
    }
    func fullYearToo(_ ratio: String, year: String) -> String {
        t("Full year on full year (\(year)): \(ratio).")
    }
    func statedChangeFigure(_ name: String) -> String { t("Change as stated by the source: \(name)") }
    func recomputedChangeFigure(_ name: String) -> String { t("Change recomputed from the dataset: \(name)") }
    func impliedPriorFigure(_ name: String) -> String { t("Base implied by the stated change: \(name)") }
    var howRecomputed: String { t("computed: figure / the dataset's figure for the same months a year earlier") }
    func balanceApproximate(year: String, balance: String, exports: String, imports: String, sum: String, total: String?, rounded: Bool) -> String {
        let why = rounded && total != nil
            ? t("the parts are rounded: \(exports) and \(imports) add up to \(sum), not the \(total ?? "") total")
            : t("the parts (\(exports), \(imports)) are approximate or bounds")
        return t("The \(year) balance, about \(balance), is approximate: \(why).")
    }
    func revisedFigure(level: String, year: Int, down: Bool) -> String {
        down ? t("Growth a year needed for \(level) USD by \(year) if the base is revised down")
            : t("Growth a year needed for \(level) USD by \(year) if the base is revised up")
    }
    func revisionItem(target: String, low: String, high: String, central: String) -> String {
        t("\(target) needs \(low)–\(high) a year (\(central) as it stands)")
    }
    func revisionSentence(year: Int, base: String, status: String, revision: String, items: [String]) -> String {
        t("The \(year) base (\(base)) is \(status) and may be revised. Revised by ±\(revision): \(items.joined(separator: "; ")).")
    }
    func goalNeedItem(target: String, rate: String, within: Bool, reachedAtHigh: Int?) -> String {
        if within { return t("\(target) needs \(rate), within the goal") }
        let at = reachedAtHigh.map { t(" (at the goal's high end it comes in \($0))") } ?? ""
        return t("\(target) needs \(rate), above it\(at)")
    }
    func goalAgainstTargets(goal: String, band: String, needs: [String]) -> String {
        guard !needs.isEmpty else { return t("\(goal) (\(band) a year).") }
        return t("The stated goal (\(goal.lowercasedFirst)) against the level targets: \(needs.joined(separator: "; ")).")
    }
    func goalRecord(low: String, met: Int, of total: Int, metYears: String, missedYears: String, uncertain: String, joins: String = "") -> String {
        var s = t("Its record: growth reached \(low) or more in \(met) of \(total) years")
        if !metYears.isEmpty { s += " (\(metYears))" }
        if !missedYears.isEmpty { s += t("; it fell short in \(missedYears)") }
        if !uncertain.isEmpty { s += t("; \(uncertain) cannot be told (a bound or range)") }
        if !joins.isEmpty { s += t("; not counted: \(joins), a change that joins two sources, one figure computed from another publication") }
        return s + "."
    }
    func goalMetFigure(_ goal: String) -> String { t("Years the goal's low end was met: \(goal)") }
    func goalJudgedFigure(_ goal: String) -> String { t("Years the goal's record covers: \(goal)") }
    var howGoalJudged: String { t("computed: years with a full-year change on the year before, less those joining two sources") }
    var howGoalRecord: String { t("computed: years whose growth on the year before is at or above the goal's low end") }
}

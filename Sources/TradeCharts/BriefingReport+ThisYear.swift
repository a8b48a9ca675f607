import TradeAnalysis
import TradeData

extension BriefingReport {
    /// "This year so far": the latest year-to-date figure and its growth, the rest of the year after
    /// each earlier figure (so a slowdown shows), what each target's path needs, and the projection.
    /// Nil when the series has no sub-annual figures.
    func thisYearSection() -> ReportDocument.Section? {
        let t = ctx.text
        guard let tracker = try? YearTracker(dataset: ctx.dataset, seriesID: ctx.series.rawValue) else { return nil }
        let track = tracker.track()
        let l = track.latest
        let complete = track.projection.method == .none
        guard let latestPeriod = Period(parsing: l.period) else { return nil }
        let value = ctx.amount(Quantity(tracker.current.latest?.estimate ?? Estimate(l.value)), unit: .usd)
        let growth = l.growth.map { change($0, l.growthQualifier) }
        var figures: [BriefingFigure] = [
            ctx.computed("report", t.cumulativeFigure(year: track.year), period: l.period, value: l.value, unit: "USD", formatted: value,
                         how: t.howCumulative, status: l.status, qualifier: BriefingCharts.qualifierColumn(l.qualifier), inputs: l.sources),
        ]
        let prior = l.priorValue.map { v in
            ctx.money(v) + (l.priorBasis == .statedGrowth ? ", " + t.impliedPriorWords : "")
        }
        if let g = l.growth, let growth {
            figures.append(ctx.computed("report", t.growthFigure, period: l.period, value: g, unit: "rate", formatted: growth,
                                        how: t.howRate(l.period), qualifier: BriefingCharts.qualifierColumn(l.growthQualifier ?? ""),
                                        inputs: l.sources))
        }
        if let p = l.priorValue {
            figures.append(ctx.computed("report", t.cumulativeFigure(year: track.year - 1), period: latestPeriod.previousYear?.description ?? "",
                                        value: p, unit: "USD", formatted: ctx.money(p),
                                        how: l.priorBasis == .statedGrowth ? t.howImpliedPrior : t.howCumulative,
                                        qualifier: l.priorBasis == .statedGrowth ? "approximate" : ""))
        }
        var paragraphs: [ReportDocument.Paragraph] = [
            .init(t.thisYearLatest(period: ctx.periodLabel(latestPeriod), value: value, status: t.status(l.status), growth: growth,
                                   prior: prior, priorYear: track.year - 1, complete: complete), figures: figures),
        ]
        // The rest of the year after each earlier figure.
        var restFigures: [BriefingFigure] = []
        let rests = track.remainders.compactMap { r -> String? in
            guard let g = r.growth, let after = Period(parsing: r.after), let rest = Period(parsing: r.period) else { return nil }
            let shown = change(g, r.growthQualifier)
            let amount = ctx.amount(Quantity(r.value, qualifier: Quantity.Qualifier(rawValue: r.qualifier) ?? .approximate), unit: .usd)
            restFigures.append(ctx.computed("report", t.restFigure(ctx.periodLabel(rest)), period: r.period, value: g, unit: "rate",
                                            formatted: shown, how: t.howRest, qualifier: BriefingCharts.qualifierColumn(r.growthQualifier ?? "")))
            restFigures.append(ctx.computed("report", t.restValueFigure(ctx.periodLabel(rest)), period: r.period, value: r.value, unit: "USD",
                                            formatted: amount, how: t.howRestValue, qualifier: BriefingCharts.qualifierColumn(r.qualifier)))
            return t.restItem(after: ctx.periodLabel(after), rest: t.restOfYear(startMonth: rest.startMonth, endMonth: rest.endMonth),
                              value: amount, growth: shown)
        }
        if !rests.isEmpty { paragraphs.append(.init(t.thisYearRests(rests), figures: restFigures)) }
        // What each target's path needs.
        var needFigures: [BriefingFigure] = []
        let needs = track.required.map { r -> String in
            let name = r.targetValue.map { t.thisYearPath(level: ctx.level($0), deadline: r.deadline.map(String.init) ?? "", rate: ctx.percent(r.pathGrowth), from: track.year - 1) }
                ?? t.thisYearGoalPath(rate: ctx.percent(r.pathGrowth))
            needFigures.append(ctx.computed("report", t.pathYearValueFigure(name), period: "\(track.year)", value: r.yearValue, unit: "USD",
                                            formatted: ctx.money(r.yearValue), how: t.howPathYear, status: "target path"))
            needFigures.append(ctx.computed("report", t.pathRateFigure(name), period: "\(track.year - 1)→\(r.deadline.map(String.init) ?? "")",
                                            value: r.pathGrowth, unit: "rate", formatted: ctx.percent(r.pathGrowth), how: t.howRequired,
                                            status: "target path"))
            let remaining = r.remainingGrowth.map(ctx.signedPercent)
            if let g = r.remainingGrowth, let remaining {
                needFigures.append(ctx.computed("report", t.remainingGrowthFigure(name), period: "\(track.year)", value: g, unit: "rate",
                                                formatted: remaining, how: t.howRemaining))
            }
            return t.needItem(path: name, yearValue: ctx.money(r.yearValue), remaining: remaining, onPath: r.onPath)
        }
        if !needs.isEmpty { paragraphs.append(.init(t.thisYearNeeds(needs, complete: complete), figures: needFigures)) }
        if let v = track.projection.value {
            let f = ctx.computed("report", t.projectionName(track.projection.method), period: "\(track.year)", value: v, unit: "USD",
                                 formatted: ctx.money(v), how: t.howProjection(track.projection.method), status: "projection")
            paragraphs.append(.init(t.thisYearProjection(value: ctx.money(v), method: t.howProjection(track.projection.method)), figures: [f]))
        }
        return .init(id: "this-year", heading: t.thisYearHeading, paragraphs: paragraphs)
    }

    /// "+32.4%", "about −9.4%", "at most +12.8%".
    func change(_ growth: Double, _ qualifier: String?) -> String {
        let t = ctx.text
        let prefix: String
        switch qualifier ?? "exact" {
        case "approximate", "range": prefix = t.about + " "
        case "atLeast": prefix = t.t("at least ")
        case "atMost": prefix = t.t("at most ")
        default: prefix = ""
        }
        return prefix + ctx.signedPercent(growth)
    }
}

extension BriefingText {
    func restValueFigure(_ period: String) -> String { t("Value of the rest of the year, \(period)") }
    var howRestValue: String { t("computed: latest year to date − earlier year to date") }
    func pathRateFigure(_ path: String) -> String { t("Growth a year of the path: \(path)") }
    func restFigure(_ period: String) -> String { t("Growth of the rest of the year on a year earlier, \(period)") }
    var howRest: String {
        t("computed: (latest year to date − earlier year to date) / the same for a year earlier − 1")
    }
}

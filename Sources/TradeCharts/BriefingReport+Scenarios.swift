import TradeAnalysis
import TradeData

extension BriefingContext {
    /// True when the scenarios come from the user's files (the defaults appear only without one).
    var hasOwnScenarios: Bool {
        comparison?.entries.contains(where: \.projection.rate.isUserScenario) ?? false
    }
}

extension BriefingContext {
    /// How many of the comparison's scenarios reach each target: by its own year when it states one
    /// within the horizon, else within the years projected (a target without a year gets none).
    func reachCounts(_ c: ScenarioComparison) -> [(target: ScenarioComparison.TargetInfo, count: Int, by: ScenarioText.ReachBy)] {
        c.targets.map { target in
            let by: ScenarioText.ReachBy
            let last: Int
            if target.yearStated, let year = target.year, year <= c.horizon {
                by = .deadline(year); last = year
            } else if target.yearStated, let year = target.year {
                by = .pastHorizon(horizon: c.horizon, deadline: year); last = c.horizon
            } else {
                by = .noYear(horizon: c.horizon); last = c.horizon
            }
            let count = c.entries.filter { e in (e.standings.first { $0.targetId == target.targetId }?.reachYear).map { $0 <= last } ?? false }.count
            return (target, count, by)
        }
    }

    /// The counts in words: "Of the 10 scenarios in the scenario section, 3 reach 5 billion USD by 2028, its deadline; …".
    func reachSummary(_ c: ScenarioComparison, chart: Bool = false) -> String {
        scenarioText.reachSummary(total: c.entries.count, items: reachCounts(c).map { ($0.count, money($0.target.value), $0.by) }, chart: chart)
    }
}

extension BriefingReport {
    /// The analysis' one sentence on the scenarios: how many reach each target by its year, each
    /// count a figure; nil without scenarios or targets.
    func reachSummaryParagraph() -> ReportDocument.Paragraph? {
        guard let c = ctx.comparison, !c.entries.isEmpty, !c.targets.isEmpty else { return nil }
        let w = ctx.scenarioText
        let inputs = BriefingContext.unique(c.entries.flatMap(ctx.projectionInputs))
        let total = c.entries.count
        var figures = ctx.reachCounts(c).map { item -> BriefingFigure in
            let year: Int
            switch item.by {
            case .deadline(let y): year = y
            case .noYear(let h), .pastHorizon(let h, _): year = h
            }
            return ctx.computed("report", w.reachCountFigure(level: ctx.money(item.target.value), year: year), period: "\(c.baseYear)→\(year)",
                                value: Double(item.count), unit: "count",
                                formatted: w.reachCountItem(item.count, of: total, level: ctx.money(item.target.value), by: item.by), how: w.howCount,
                                status: "projection", inputs: BriefingContext.unique(inputs + ctx.targetInputs(item.target.targetId)))
        }
        if total > 1 {
            figures.insert(ctx.computed("report", w.scenarioCountFigure, period: "\(c.baseYear)→\(c.horizon)", value: Double(total), unit: "count",
                                        formatted: "\(total)", how: w.howTotal, status: "projection", inputs: inputs), at: 0)
        }
        return .init(ctx.reachSummary(c), figures: figures)
    }

    /// The scenario section: where the scenarios come from, each scenario's rule in words with the
    /// year it reaches each target (or "not by HORIZON"), the gap in the target's year and the value
    /// at the horizon, and, when the year after the base has part-year figures, which scenario the
    /// year is tracking so far. Nil without an analysis.
    func scenarioSection() -> ReportDocument.Section? {
        guard let c = ctx.comparison, !c.entries.isEmpty else { return nil }
        let w = ctx.scenarioText
        let own = ctx.hasOwnScenarios
        var blocks: [ReportDocument.Section.Block] = []
        let base = ctx.money(c.baseValue)
        let intro = own
            ? w.sectionIntro(sets: c.sets.map { ($0.title ?? w.defaultSet, $0.file, $0.scenarios.count) }, base: base, baseYear: c.baseYear, horizon: c.horizon)
            : w.defaultIntro(base: base, baseYear: c.baseYear, horizon: c.horizon)
        blocks.append(.paragraph(.init(intro)))
        let items = c.byEarliestReach.map { entry -> ReportDocument.Paragraph in
            let name = ctx.scenarioLabel(entry, in: c)
            var figures: [BriefingFigure] = []
            let standings = c.targets.map { target -> (reach: String, gap: String?) in
                let s = entry.standings.first { $0.targetId == target.targetId }
                let level = ctx.money(target.value)
                figures.append(ctx.computed("report", w.reachFigure(name: name, level: level), period: "\(c.baseYear)→\(c.horizon)",
                                            value: Double(s?.reachYear ?? min(entry.lastYear, c.horizon) + 1), unit: "year",
                                            formatted: w.reachYear(s?.reachYear, horizon: c.horizon, ends: entry.lastYear), how: w.rule(entry.rule),
                                            status: "projection", qualifier: s?.reachYear == nil ? "atLeast" : ""))
                var gapText: String?
                if let year = s?.year {
                    gapText = w.gap(s?.gap, year: year)
                    if let gap = s?.gap {
                        figures.append(ctx.computed("report", w.gapFigure(name: name, level: level), period: "\(year)", value: gap,
                                                    unit: "USD", formatted: w.gap(gap, year: year), how: w.rule(entry.rule), status: "projection"))
                    }
                }
                return (w.reachSentence(level: level, year: s?.reachYear, horizon: c.horizon, ends: entry.lastYear), gapText)
            }
            if let v = entry.horizonValue {
                figures.append(ctx.computed("report", w.valueFigure(name: name), period: "\(c.horizon)", value: v, unit: "USD",
                                            formatted: ctx.money(v), how: w.rule(entry.rule), status: "projection"))
            }
            // A scenario that holds last year's growth says when that year ended slower than it averaged.
            let caveat = ctx.heldRateCaveat(entry, in: c).map { " " + $0 } ?? ""
            return .init(w.summary(label: name, rule: w.rule(entry.rule), standings: standings,
                                   horizonValue: entry.horizonValue.map(ctx.money), horizon: c.horizon) + caveat, figures: figures)
        }
        blocks.append(.list(items))
        if let pace = c.pace { blocks.append(.paragraph(paceParagraph(pace, c))) }
        blocks.append(.paragraph(.init(w.assumptionsNote)))
        let heading = w.sectionHeading(titles: own ? c.sets.map { $0.title ?? w.defaultSet } : [])
        return ReportDocument.Section(id: "scenarios", heading: heading, blocks: blocks)
    }

    /// The year after the base so far against each scenario's value for it.
    func paceParagraph(_ pace: ScenarioPace, _ c: ScenarioComparison) -> ReportDocument.Paragraph {
        let w = ctx.scenarioText, t = ctx.text
        let months = t.period(year: pace.year, startMonth: 1, endMonth: pace.throughMonth)
        let period = Period(year: pace.year, startMonth: 1, endMonth: pace.throughMonth)?.description ?? "\(pace.year)"
        let annualised = pace.method == .annualised
        var figures = [BriefingFigure(chart: "report", figure: w.ytdFigure, period: period, value: pace.yearToDate, unit: "USD",
                                      formatted: ctx.money(pace.yearToDate), status: pace.status,
                                      qualifier: pace.qualifier == "exact" ? "" : pace.qualifier, source: pace.sources.joined(separator: ";"),
                                      sourceDetail: pace.sources.map(ctx.publisher).joined(separator: "; "))]
        if let g = pace.growth {
            figures.append(ctx.computed("report", w.ytdGrowthFigure, period: period, value: g, unit: "rate",
                                        formatted: ctx.signedPercent(g), how: w.howYearToDateGrowth, status: pace.status))
        }
        figures.append(ctx.computed("report", w.paceFigure(year: pace.year), period: "\(pace.year)", value: pace.projection, unit: "USD",
                                    formatted: ctx.money(pace.projection), how: annualised ? w.howAnnualised : w.howPace, status: "projection"))
        var text = w.paceOpening(year: pace.year, months: months, status: t.status(pace.status), value: ctx.money(pace.yearToDate),
                                 growth: pace.growth.map(ctx.signedPercent), projection: ctx.money(pace.projection), annualised: annualised)
        let name = { (key: String) in c.entry(key).map { ctx.scenarioLabel($0, in: c) } ?? key }
        let items = pace.entries.compactMap { row -> String? in
            guard let value = row.value, let d = row.difference else { return nil }
            figures.append(ctx.computed("report", w.scenarioYearFigure(name: name(row.key), year: pace.year), period: "\(pace.year)",
                                        value: value, unit: "USD", formatted: ctx.money(value),
                                        how: c.entry(row.key).map { w.rule($0.rule) } ?? "", status: "projection"))
            return w.paceItem(name: name(row.key), value: ctx.money(value), difference: w.signed(ctx.money(abs(d)), negative: d < 0))
        }
        if !items.isEmpty { text += " " + w.paceScenarios(year: pace.year, items: items) }
        if let tracking = pace.tracking {
            text += " " + w.tracking(year: pace.year, name: name(tracking), below: pace.below.map(name), above: pace.above.map(name))
        }
        return .init(text, figures: figures)
    }
}

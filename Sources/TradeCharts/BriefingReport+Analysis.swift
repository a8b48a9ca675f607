import TradeAnalysis
import TradeData

extension BriefingReport {
    /// The target analysis in plain sentences, each paragraph with the figures it quotes.
    func analysisParagraphs() -> [ReportDocument.Paragraph] {
        let t = ctx.text
        guard let a = ctx.analysis else { return [.init(t.noAnalysis(ctx.analysisGap ?? ""))] }
        var out: [ReportDocument.Paragraph] = []
        let base = ctx.money(a.base.value)
        // Required growth, one sentence per target.
        var byTarget: [(String, [TargetAnalysis.Requirement])] = []
        for r in a.targets {
            if let i = byTarget.firstIndex(where: { $0.0 == r.targetId }) { byTarget[i].1.append(r) } else { byTarget.append((r.targetId, [r])) }
        }
        for (_, reqs) in byTarget {
            guard let first = reqs.first else { continue }
            var figures = reqs.map { r in
                ctx.computed("report", t.requiredRateFigure(level: ctx.level(r.value), year: r.year),
                             period: "\(a.base.year)→\(r.year)", value: r.requiredAnnualGrowth, unit: "rate",
                             formatted: ctx.percent(r.requiredAnnualGrowth), how: t.howRequired)
            }
            figures.append(ctx.targetLevel(first.targetId, period: "\(first.year)", value: first.value))
            let parts = reqs.map { (year: $0.year, rate: ctx.percent($0.requiredAnnualGrowth)) }
            out.append(.init(t.requiredSentence(target: ctx.money(first.value), parts: parts, base: base, baseYear: a.base.year,
                                                noYear: !first.yearStated), figures: figures))
        }
        // Targets without a stated year: what they need at several horizons, no deadline assumed.
        for level in a.levelTargets where !level.yearStated && level.assumedHorizon == nil && !level.horizons.isEmpty {
            var figures = level.horizons.map { h in
                ctx.computed("report", t.horizonRateFigure(level: ctx.level(level.value), year: h.year),
                             period: "\(a.base.year)→\(h.year)", value: h.requiredAnnualGrowth, unit: "rate",
                             formatted: ctx.percent(h.requiredAnnualGrowth), how: t.howRequired)
            }
            figures.append(ctx.targetLevel(level.targetId, period: t.noYearStated, value: level.value))
            out.append(.init(t.horizonSentence(target: ctx.money(level.value), said: ctx.deadlineWords(level.targetId),
                                               parts: level.horizons.map { ($0.year, ctx.percent($0.requiredAnnualGrowth)) },
                                               base: base, baseYear: a.base.year), figures: figures))
        }
        let baseFigure = ctx.computed("report", t.twoWayTrade, period: "\(a.base.year)", value: a.base.value, unit: "USD",
                                      formatted: base, how: ctx.citation(a.base), status: a.base.status.rawValue)
        if out.isEmpty { out.append(.init("", figures: [baseFigure])) } else { out[out.count - 1].figures.append(baseFigure) }
        // Pace check.
        let rates = a.rates.compactMap { r in r.usableRate.map { (id: r.id, rate: $0, window: r.window?.description ?? "") } }
        if !rates.isEmpty {
            let figures = rates.map { r in
                ctx.computed("report", ctx.rateName(r.id), period: r.window, value: r.rate, unit: "rate",
                             formatted: ctx.ratePercent(r.id, r.rate), how: t.howRate(r.window), status: a.base.status.rawValue,
                             qualifier: ctx.rateQualifier(r.id))
            }
            let verdicts = a.targets.map { r -> String in
                let ok = rates.filter { $0.rate >= r.requiredAnnualGrowth }
                let which = ok.count == rates.count ? t.everyRecentRate : ok.isEmpty ? t.noRecentRate
                    : t.onlyRates(ok.map { ctx.rateName($0.id).lowercasedFirst })
                return t.verdict(target: t.requiredCategory(level: ctx.level(r.value), year: r.year), which: which)
            }
            let joined = verdicts.joined(separator: "; ")
            let verdictText = joined.isEmpty ? "" : " " + joined.prefix(1).uppercased() + joined.dropFirst() + "."
            let slowdown = ctx.slowdown.map { " " + ctx.slowdownSentence($0, year: a.base.year) } ?? ""
            let slowdownFigures = ctx.slowdown.map { [ctx.slowdownFigure($0, chart: "report")] } ?? []
            out.append(.init(t.paceSentence(rates.map { (ctx.rateName($0.id), ctx.ratePercent($0.id, $0.rate)) }) + verdictText + slowdown,
                             figures: figures + slowdownFigures))
        }
        // How many scenarios reach each target by its year: the scenario section (and the reach-year
        // chart) give each scenario's years; the analysis says it once, in sum.
        if let summary = reachSummaryParagraph() { out.append(summary) }
        // The fan: probabilities in words, with the spread across windows of history.
        if let fan = fanParagraph() { out.append(fan) }
        // Stated against computed growth.
        if let trade = ctx.dataset.series(a.series), let obs = trade.yearly.last,
           let stated = Metrics.statedRate(inNote: obs.note), let momentum = a.rates.first(where: { $0.id == .momentum })?.usableRate,
           let prior = obs.period.previousYear.flatMap({ trade.preferred(at: $0) }) {
            out.append(.init(t.statedSentence(stated: ctx.signedPercent(stated), year: obs.period.year, prior: ctx.money(prior.value),
                                              priorYear: prior.period.year, computed: ctx.percent(momentum)),
                             figures: [ctx.figure("report", t.twoWayTrade, prior, unit: trade.unit)]))
        }
        // The track record: missed targets (also those without a figure for their deadline year) and
        // targets met, in the year first reached, and whether the deadline year fell back below them.
        if let trade = ctx.dataset.series(a.series) {
            var missed: [String] = [], met: [String] = [], figures: [BriefingFigure] = [], keys: [String] = []
            for p in a.pastTargets {
                guard let value = p.value, let target = ctx.dataset.targets.first(where: { $0.id == p.targetId }),
                      let year = target.deadline?.upperBound else { continue }
                figures.append(BriefingFigure(chart: "report", figure: target.label.text(in: ctx.language), period: "\(year)", value: value,
                                              unit: "USD", formatted: ctx.money(value), status: "target", qualifier: "",
                                              source: target.source, sourceDetail: ctx.publisher(target.source)))
                keys.append(target.source)
                let got = Period.year(year).flatMap { trade.preferred(at: $0) }
                if let got { figures.append(ctx.figure("report", t.twoWayTrade, got, unit: trade.unit)) }
                switch p.outcome {
                case .missed:
                    missed.append(got.map { t.missedItem(target: ctx.money(value), year: year, reached: ctx.amount($0.quantity, unit: trade.unit)) }
                                  ?? t.missedNoFigure(target: ctx.money(value), year: year))
                case .met:
                    guard let first = trade.yearly.first(where: { $0.period.year <= year && $0.value >= value }) else { continue }
                    if first != got { figures.append(ctx.figure("report", t.twoWayTrade, first, unit: trade.unit)) }
                    // A lower bound below the target does not show a fall: it is quoted as stated.
                    let fell = got.flatMap { $0.value < value ? ctx.amount($0.quantity, unit: trade.unit) : nil }
                    met.append(t.metItem(target: ctx.money(value), year: year, first: first.period.year,
                                         reached: ctx.amount(first.quantity, unit: trade.unit), fellBack: fell,
                                         bound: got?.quantity.qualifier == .atLeast))
                case .open: continue
                }
            }
            let sentences = (missed.isEmpty ? [] : [t.missedSentence(missed)]) + (met.isEmpty ? [] : [t.metSentence(met)])
            if !sentences.isEmpty { out.append(.init(sentences.joined(separator: " "), figures: figures, sourceKeys: keys)) }
        }
        return out
    }
}

extension String {
    /// The string with its first letter lowercased ("Last year's growth" → "last year's growth").
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

import ChartKit
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// Year-on-year growth of two-way trade as bars (ranges and bounds kept), the annual growth
    /// goal as a band, and the rates the level targets require as rules. In a sparse series a bar
    /// after a gap is the compound growth a year since the previous full-year figure, and every text
    /// names those windows (`2016→2018, 2 years`) instead of calling them year-on-year.
    static func growth(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.growth
        let t = ctx.text
        let series = try series(ctx.series, ctx)
        let yearly = series.yearly
        var rows: [(period: String, from: Int, value: Double, low: Double, high: Double, status: String, qualifier: String, sources: [String])] = []
        for (prior, current) in zip(yearly, yearly.dropFirst()) {
            guard let estimate = Metrics.growth(from: prior, to: current).estimate else { continue }
            let statuses = [prior.status, current.status]
            let status = statuses.contains(.estimate) ? "estimate" : statuses.contains(.preliminary) ? "preliminary" : "final"
            let qualifier: String
            if estimate.low == nil { qualifier = "atMost" } else if estimate.high == nil { qualifier = "atLeast" }
            else if !estimate.isPoint { qualifier = "range" } else if estimate.isApproximate { qualifier = "approximate" } else { qualifier = "" }
            let ranged = qualifier == "range"
            rows.append(("\(current.period.year)", prior.period.year, estimate.value, ranged ? estimate.low ?? .nan : .nan,
                         ranged ? estimate.high ?? .nan : .nan, status, qualifier, [prior.source, current.source]))
        }
        guard let firstRow = rows.first, let lastRow = rows.last else {
            throw ChartSkip(reason: t.t("fewer than two full years of \(t.series.inline)"))
        }
        let windows = rows.compactMap { r in Int(r.period).map { RateWindow(from: r.from, to: $0) } }
        let gaps = windows.filter { $0.years > 1 }
        var figures = rows.map { r in
            ctx.computed(id, t.growthFigure, period: "\(r.from)→\(r.period)", value: r.value, unit: "rate",
                         formatted: qualifiedRate(r.value, r.qualifier, ctx), how: t.howGrowth(r.sources.map(ctx.publisher).joined(separator: "; ")),
                         status: r.status, qualifier: r.qualifier, inputs: r.sources)
        }
        let table = try DataTable(columns: [
            ("period", .text(rows.map(\.period))), ("value", .numbers(rows.map(\.value))),
            ("low", .numbers(rows.map(\.low))), ("high", .numbers(rows.map(\.high))),
            ("status", .text(rows.map(\.status))), ("qualifier", .text(rows.map(\.qualifier))),
        ])
        let top = max(rows.map { max($0.value, $0.high.isFinite ? $0.high : $0.value) }.max() ?? 0, 0.2)
        let end = Int(lastRow.period) ?? 0
        // A rate from a bound carries its qualifier on the bar too ("≤ +15%"), above its caret.
        var annotations: [Annotation] = rows.compactMap { r in
            guard let sign = ["atMost": "≤ ", "atLeast": "≥ "][r.qualifier] else { return nil }
            return Annotation(type: .callout, x: Cell(r.period), y: r.value, text: sign + ctx.signedPercent(r.value), dy: r.value < 0 ? 22 : -22)
        }
        let key = MarkKey(table)
        var notes = [gaps.isEmpty ? t.growthNote(key) : t.growthGapNote(gaps, key: key)]
        let ruleNotes = notes.count
        let horizon = end
        var goalLines = 0
        if let view = try? analysis(ctx) {
            for goal in view.target.growthGoals {
                // The goal band over the years drawn, labelled on the band (the axis ends with the data).
                if goal.low == goal.high {
                    // A goal of one rate is a labelled line, not a band of no height.
                    annotations.append(Annotation(type: .rule, y: goal.low, label: t.annualTarget(ctx.percent(goal.low)), role: .target))
                    goalLines += 1
                } else {
                    annotations.append(Annotation(type: .band, x0: Cell(firstRow.period), x1: Cell(lastRow.period), y0: goal.low, y1: goal.high,
                                                  label: t.annualTarget(ctx.percent(goal.low).replacingOccurrences(of: "%", with: ""), ctx.percent(goal.high))))
                }
                if let target = ctx.dataset.targets.first(where: { $0.id == goal.targetId }) {
                    for v in Array(Set([goal.low, goal.high])).sorted() {
                        figures.append(BriefingFigure(chart: id.rawValue, figure: target.label.text(in: ctx.language), period: t.everyYear, value: v,
                                                      unit: "rate", formatted: ctx.percent(v), status: "target", qualifier: "",
                                                      source: target.source, sourceDetail: ctx.publisher(target.source)))
                    }
                }
            }
            var offScale: [String] = []
            for r in view.target.targets {
                let label = t.requiredRule(level: ctx.level(r.value), year: r.year, rate: ctx.percent(r.requiredAnnualGrowth))
                figures.append(ctx.computed(id, t.requiredRateFigure(level: ctx.level(r.value), year: r.year),
                                            period: "\(view.target.base.year)→\(r.year)", value: r.requiredAnnualGrowth,
                                            unit: "rate", formatted: ctx.percent(r.requiredAnnualGrowth), how: t.howRequired,
                                            inputs: ctx.requiredInputs(r.targetId)))
                if r.requiredAnnualGrowth <= top * 1.25 {
                    annotations.append(Annotation(type: .rule, y: r.requiredAnnualGrowth, label: label, role: .required))
                } else {
                    offScale.append(label)
                }
            }
            if !offScale.isEmpty { notes.append(t.offScale(offScale.joined(separator: "; "))) }
        }
        let goal = annotations.contains { $0.type == .band } || goalLines > 0
        let rules = annotations.contains { $0.type == .rule && $0.role != .target } || notes.count > ruleNotes
        let goalLine = goalLines > 0 && !annotations.contains { $0.type == .band }
        let spec = ChartSpec(
            title: t.growthTitle(year: lastRow.period, rate: ctx.percent(abs(lastRow.value)), fell: lastRow.value < 0,
                                 window: windows.last.flatMap { $0.years > 1 ? $0 : nil })
                + (ctx.slowdown.map { ctx.slowdownClause($0) } ?? ""),
            subtitle: t.growthSubtitle(partner: ctx.dataset.partner, goal: goal, rules: rules, gaps: !gaps.isEmpty), notes: notes,
            language: ctx.language,
            data: ["growth": .inline(table)],
            x: XAxisSpec(type: .period, domain: [Cell(firstRow.period), Cell("\(horizon)")]),
            y: YAxisSpec(title: gaps.isEmpty ? t.growthAxisTitle : t.growthGapAxisTitle, format: .percent, zero: true),
            layers: [Layer(mark: .bar, data: "growth", x: "period", y: "value", low: "low", high: "high", name: t.growthFigure,
                           role: .history)],
            annotations: annotations,
            alt: t.growthAlt(from: firstRow.period, to: lastRow.period, last: ctx.signedPercent(lastRow.value), goal: goal, rules: rules,
                             gaps: !gaps.isEmpty, lastWindow: windows.last.flatMap { $0.years > 1 ? $0 : nil }, goalLine: goalLine))
        return BriefingChart(id: id, spec: spec, caption: t.growthCaption(goal: goal, rules: rules, gaps: !gaps.isEmpty, goalLine: goalLine), figures: figures)
    }

    /// A growth rate in figures.csv with the qualifier of the figures it comes from
    /// ("at most +15%" when its base is a lower bound, "about +12%" from a range or an approximate figure).
    static func qualifiedRate(_ value: Double, _ qualifier: String, _ ctx: BriefingContext) -> String {
        let rate = ctx.signedPercent(value), t = ctx.text
        switch qualifier {
        case "atMost": return t.t("at most \(rate)")
        case "atLeast": return t.t("at least \(rate)")
        case "range", "approximate": return t.t("about \(rate)")
        default: return rate
        }
    }
}

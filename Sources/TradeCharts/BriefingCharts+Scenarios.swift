import ChartKit
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// Every scenario's path from the base year (dashed), the 50% and 80% ranges of the simulated
    /// paths, recent history, and the target band.
    static func scenarios(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.scenarios
        let t = ctx.text
        let series = try series(ctx.series, ctx)
        let view = try analysis(ctx)
        let s = view.scenarios, a = view.target
        let history = series.yearly.filter { $0.period.year >= a.base.year - 5 && $0.period.year <= a.base.year }
        var figures = history.map { ctx.figure(id, t.twoWayTrade, $0, unit: series.unit) }
        var data: [String: DataSource] = ["history": .inline(try BriefingContext.table(history))]
        var layers: [Layer] = []
        // The fan: base value, then the percentiles per simulated year.
        let years = [s.fan.baseYear] + s.fan.years
        func percentile(_ p: Int) -> [Double]? {
            s.fan.percentiles.first { $0.p == p }.map { [s.fan.baseValue] + $0.values }
        }
        for (low, high, name, opacity) in [(10, 90, t.fanOuter, 0.14), (25, 75, t.fanInner, 0.22)] {
            guard let lo = percentile(low), let hi = percentile(high) else { continue }
            data["fan\(low)"] = .inline(try DataTable(columns: [
                ("period", .text(years.map { "\($0)" })), ("value", .numbers(lo)), ("upper", .numbers(hi)),
            ]))
            layers.append(Layer(mark: .band, data: "fan\(low)", x: "period", y: "value", y2: "upper", name: name,
                                style: LayerStyle(opacity: opacity), role: .fan))
            for (year, v) in zip(years.dropFirst(), hi.dropFirst()) where year == s.horizon {
                figures.append(ctx.computed(id, t.fanFigure(high), period: "\(year)", value: v, unit: "USD", formatted: ctx.money(v),
                                            how: t.howFan(s.fan.paths), status: "projection"))
                if let l = lo.last {
                    figures.append(ctx.computed(id, t.fanFigure(low), period: "\(year)", value: l, unit: "USD", formatted: ctx.money(l),
                                                how: t.howFan(s.fan.paths), status: "projection"))
                }
            }
        }
        layers.append(Layer(mark: .line, data: "history", x: "period", y: "value", name: t.reported,
                            role: .history))
        var reachWords: [String] = []
        for (i, scenario) in s.scenarios.enumerated() {
            let name = t.scenarioName(rate: scenario.rate, label: scenario.label,
                                      rate: scenario.points.dropFirst().first?.growth.map(ctx.percent))
            data["s\(i + 1)"] = .inline(try pathTable(scenario.points.map { YearValue(year: $0.year, value: $0.value) }, baseStatus: a.base.status.rawValue))
            layers.append(Layer(mark: .line, data: "s\(i + 1)", x: "period", y: "value", name: name,
                                style: LayerStyle(projection: true, markers: false), role: Self.role(of: scenario.rate)))
            if let last = scenario.points.last {
                figures.append(ctx.computed(id, name, period: "\(last.year)", value: last.value, unit: "USD",
                                            formatted: ctx.money(last.value), how: scenario.rateDescription, status: "projection"))
            }
            if let reach = scenario.reached.first, let year = reach.year {
                reachWords.append(t.reachWords(name: name, level: ctx.level(reach.target), year: year))
            }
        }
        let levels = a.targets.map(\.value), deadline = a.targets.map(\.year)
        var annotations: [Annotation] = []
        if let low = levels.min(), let high = levels.max(), let y0 = deadline.min(), let y1 = deadline.max() {
            let window = y0 == y1 ? "\(y0)" : "\(y0)–\(y1)"
            if low < high {
                annotations.append(Annotation(type: .band, x0: Cell("\(y0)"), x1: Cell("\(y1)"), y0: low, y1: high, label: t.target))
            } else {
                annotations.append(Annotation(type: .rule, y: low, label: t.targetBandName(ctx.money(low), window)))
            }
            figures += targetFigures(id, ctx, levels: Array(Set([low, high])).sorted(), period: window)
        }
        // The targets without a stated year the chart's reach years speak of, as lines.
        for target in a.levelTargets where !target.yearStated && !a.targets.contains(where: { $0.targetId == target.targetId }) {
            annotations.append(Annotation(type: .rule, y: target.value, label: t.noYearRule(ctx.money(target.value))))
            figures += targetFigures(id, ctx, levels: [target.value], period: t.noYearStated)
        }
        var subtitle = t.scenariosSubtitle(base: a.base.year, horizon: s.horizon)
        if let first = a.targets.first, let probability = s.fan.probabilities.first(where: { $0.targetId == first.targetId }),
           let index = s.fan.years.firstIndex(of: deadline.max() ?? first.year), index < probability.byYear.count {
            let p = probability.byYear[index]
            let words = ctx.chanceWords(target: first.targetId, year: s.fan.years[index], p: p)
            subtitle += " " + t.fanSentence(level: ctx.level(first.value), year: s.fan.years[index],
                                            share: words.chance.prefix(1).uppercased() + words.chance.dropFirst()
                                                + (words.spread.map { " (\($0))" } ?? ""))
            figures.append(ctx.computed(id, t.probabilityFigure(level: ctx.level(first.value), year: s.fan.years[index]),
                                        period: "\(s.fan.years[index])", value: p, unit: "rate", formatted: words.chance,
                                        how: t.howFan(s.fan.paths), status: "projection"))
        }
        let momentum = s.scenarios.first { $0.rate == .momentum }
        let title: String
        if let m = momentum, let reach = m.reached.first, let year = reach.year, let rate = m.points.dropFirst().first?.growth {
            title = t.scenariosTitle(rate: ctx.percent(rate), level: ctx.level(reach.target), year: year)
                + (ctx.slowdown.map { ctx.slowdownClause($0, year: a.base.year) } ?? "")
        } else {
            title = t.scenariosTitleFallback
        }
        let spec = ChartSpec(
            title: title, subtitle: subtitle, notes: [ctx.fanNote ?? t.scenariosNote],
            source: ctx.sourceLine(history.map(\.source)), language: ctx.chartLanguage, data: data,
            x: XAxisSpec(type: .period, domain: [Cell("\(a.base.year - 5)"), Cell("\(s.horizon)")]),
            y: YAxisSpec(title: t.twoWayTrade, unit: "USD", format: .currency, zero: true),
            layers: layers, annotations: annotations,
            alt: t.scenariosAlt(base: a.base.year, horizon: s.horizon, reaches: reachWords.joined(separator: "; ")))
        return BriefingChart(id: id, spec: spec, caption: t.scenariosCaption, figures: figures)
    }

    /// The chart role of a scenario's path: the momentum projection, a required path, or another path.
    static func role(of rate: RateID) -> MarkRole {
        switch rate {
        case .momentum: return .projection
        case .required: return .required
        default: return .path
        }
    }
}

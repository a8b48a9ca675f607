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
        var data: [String: DataSource] = ["history": .inline(try ctx.table(history))]
        var layers: [Layer] = []
        // The fan: base value, then the percentiles per simulated year.
        let years = [s.fan.baseYear] + s.fan.years
        func percentile(_ p: Int) -> [Double]? {
            s.fan.percentiles.first { $0.p == p }.map { [s.fan.baseValue] + $0.values }
        }
        let fanInputs = ctx.fanInputs
        for (low, high, name, opacity) in [(10, 90, t.fanOuter, 0.14), (25, 75, t.fanInner, 0.22)] {
            guard let lo = percentile(low), let hi = percentile(high) else { continue }
            data["fan\(low)"] = .inline(try DataTable(columns: [
                ("period", .text(years.map { "\($0)" })), ("value", .numbers(lo)), ("upper", .numbers(hi)),
            ]))
            layers.append(Layer(mark: .band, data: "fan\(low)", x: "period", y: "value", y2: "upper", name: name,
                                style: LayerStyle(opacity: opacity), role: .fan))
            for (year, v) in zip(years.dropFirst(), hi.dropFirst()) where year == s.horizon {
                figures.append(ctx.computed(id, t.fanFigure(high), period: "\(year)", value: v, unit: "USD", formatted: ctx.money(v),
                                            how: t.howFan(s.fan.paths), status: "projection", inputs: fanInputs))
                if let l = lo.last {
                    figures.append(ctx.computed(id, t.fanFigure(low), period: "\(year)", value: l, unit: "USD", formatted: ctx.money(l),
                                                how: t.howFan(s.fan.paths), status: "projection", inputs: fanInputs))
                }
            }
        }
        // History is named at its last point (left of the paths that start there), not in a legend.
        layers.append(Layer(mark: .line, data: "history", x: "period", y: "value", name: t.reported,
                            style: LayerStyle(label: .end), role: .history))
        // Each scenario of the comparison in its colour (the role's, the same in every chart); among
        // more than six, only the highlighted ones, the others grey behind them.
        guard let c = ctx.comparison else { throw ChartSkip(reason: ctx.analysisGap ?? "no analysis") }
        let w = ctx.scenarioText
        let coloured = ScenarioStyle.coloured(c)
        let greyed = c.entries.filter { !coloured.contains($0.key) }
        for (i, entry) in (greyed + c.entries.filter { coloured.contains($0.key) }).enumerated() {
            let name = ctx.scenarioLabel(entry, in: c)
            let points = entry.projection.points
            data["s\(i + 1)"] = .inline(try pathTable(points.map { YearValue(year: $0.year, value: $0.value) }, baseStatus: a.base.status.rawValue))
            if coloured.contains(entry.key) {
                layers.append(Layer(mark: .line, data: "s\(i + 1)", x: "period", y: "value", name: name,
                                    style: LayerStyle(projection: true, color: ScenarioStyle.color(entry, in: c), markers: false,
                                                      label: .end),
                                    role: Self.role(of: entry.projection.rate)))
            } else {
                layers.append(Layer(mark: .line, data: "s\(i + 1)", x: "period", y: "value", name: w.otherScenarios(greyed.count),
                                    style: LayerStyle(dash: true, color: ScenarioStyle.grey, markers: false, label: LabelPlacement.none,
                                                      width: 1.25)))
            }
        }
        for entry in c.byEarliestReach {
            let name = ctx.scenarioLabel(entry, in: c)
            let value = entry.horizonValue ?? entry.lastValue, year = entry.horizonValue == nil ? entry.lastYear : c.horizon
            figures.append(ctx.computed(id, w.valueFigure(name: name), period: "\(year)", value: value, unit: "USD",
                                        formatted: ctx.money(value), how: w.rule(entry.rule), status: "projection",
                                        inputs: ctx.projectionInputs(entry)))
        }
        let levels = a.targets.map(\.value), deadline = a.targets.map(\.year)
        var annotations: [Annotation] = []
        var bandLayer = false
        if let low = levels.min(), let high = levels.max(), let y0 = deadline.min(), let y1 = deadline.max() {
            let window = y0 == y1 ? "\(y0)" : "\(y0)–\(y1)"
            if low < high, y0 == y1 {
                // A range of levels by one year: a band one year wide has no room for its label inside, so the
                // legend names it (as on the trade-vs-target chart).
                data["target"] = .inline(try DataTable(columns: [
                    ("period", .text(["\(y0)-01", "\(y1)-12"])), ("value", .numbers([low, low])), ("upper", .numbers([high, high])),
                ]))
                layers.insert(Layer(mark: .band, data: "target", x: "period", y: "value", y2: "upper",
                                    name: t.targetBandName(bandText(ctx, levels), window), role: .goal), at: 0)
                bandLayer = true
            } else if low < high {
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
                                        how: t.howFan(s.fan.paths), status: "projection", inputs: fanInputs))
        }
        // Which lines are in colour goes to the notes: the subtitle stays within its lines at every size.
        var notes: [String] = []
        if !greyed.isEmpty {
            let marked = Set(c.entries.filter(\.presentation.highlight).map(\.key)) == coloured
            notes.append(w.highlighted(coloured.count, of: c.entries.count, marked: marked))
        }
        let title = scenariosTitle(ctx, c)
        notes.append(ctx.fanNote ?? t.scenariosNote)
        // Three or more long names drawn in colour may need the legend (wrapped) rather than the line ends:
        // the chart asks for the height of a line each, so the plot keeps its room at a small pack size.
        let long = c.entries.filter { coloured.contains($0.key) && ctx.scenarioLabel($0, in: c).count > longName }.count
        let spec = ChartSpec(
            title: title, subtitle: subtitle, notes: notes,
            size: ChartSize(width: 960, height: 540 + (long >= 3 ? 20 * Double(long) : 0)),
            language: ctx.language, data: data,
            x: XAxisSpec(type: .period, domain: [Cell("\(a.base.year - 5)"), Cell("\(s.horizon)")]),
            y: YAxisSpec(title: t.twoWayTrade, unit: "USD", format: .currency, zero: true),
            layers: layers, annotations: annotations,
            alt: t.scenariosAlt(base: a.base.year, horizon: s.horizon, reaches: scenariosAltSummary(ctx, c),
                                band: bandLayer || annotations.contains { $0.type == .band }, lines: annotations.contains { $0.type == .rule })
                + (c.entries.lazy.compactMap { ctx.heldRateCaveat($0, in: c) }.first.map { " " + $0 } ?? ""))
        return BriefingChart(id: id, spec: spec, caption: t.scenariosCaption, figures: figures)
    }

    /// The title: for the user's own scenarios, the spread of their values at the horizon; for the
    /// default set, when the momentum path reaches the first target.
    static func scenariosTitle(_ ctx: BriefingContext, _ c: ScenarioComparison) -> String {
        let t = ctx.text, w = ctx.scenarioText
        guard !c.entries.contains(where: \.projection.rate.isUserScenario) else {
            guard let ends = scenariosEnds(ctx, c) else { return t.scenariosTitleFallback }
            if ends.count == 1 {
                return ends.named ? w.singleTitle(name: ends.lowName, value: ends.low, horizon: c.horizon)
                    : t.t("One scenario is projected to \(c.horizon): \(ends.low)")
            }
            return ends.named ? w.rangeTitle(horizon: c.horizon, low: ends.low, lowName: ends.lowName, high: ends.high, highName: ends.highName)
                : t.t("In \(c.horizon), the scenarios range from \(ends.low) to \(ends.high)")
        }
        if let m = c.entries.first(where: { $0.projection.rate == .momentum }), let rate = m.rule.steadyRate,
           let reach = m.standings.first(where: { $0.reachYear != nil }), let year = reach.reachYear,
           let target = c.targets.first(where: { $0.targetId == reach.targetId }) {
            return t.scenariosTitle(rate: ctx.percent(rate), level: ctx.level(target.value), year: year, moved: ctx.momentumMoved)
                + (ctx.slowdown.map { ctx.slowdownClause($0, year: c.baseYear) } ?? "")
        }
        return t.scenariosTitleFallback
    }

    /// The user's scenarios with a value at the horizon: its lowest and highest, and whether the title
    /// names them (labels of at most `titleNames` characters together, so the title keeps to its
    /// lines at every size; longer ones are named by the alt text, the reach-year chart and the report).
    static func scenariosEnds(_ ctx: BriefingContext, _ c: ScenarioComparison)
        -> (low: String, lowName: String, high: String, highName: String, count: Int, named: Bool)? {
        let own = c.entries.filter(\.projection.rate.isUserScenario)
        let ends = own.filter { $0.horizonValue != nil }.sorted { ($0.horizonValue ?? 0) < ($1.horizonValue ?? 0) }
        guard let low = ends.first, let high = ends.last, let lv = low.horizonValue, let hv = high.horizonValue else { return nil }
        let lowName = ctx.scenarioLabel(low, in: c), highName = ctx.scenarioLabel(high, in: c)
        let length = ends.count == 1 ? lowName.count : lowName.count + highName.count
        return (ctx.money(lv), lowName, ctx.money(hv), highName, ends.count, length <= titleNames)
    }

    /// A scenario name longer than this (characters) is likely to need two lines at a line's end.
    static let longName = 28

    /// The most characters of scenario names a title of the paths chart carries.
    static let titleNames = 40

    /// The alt text's account of the paths: their spread at the horizon and how many reach each
    /// target (each scenario's own years are the reach-year chart's and the scenario section's).
    static func scenariosAltSummary(_ ctx: BriefingContext, _ c: ScenarioComparison) -> String {
        let w = ctx.scenarioText
        let ends = c.entries.filter { $0.horizonValue != nil }.sorted { ($0.horizonValue ?? 0) < ($1.horizonValue ?? 0) }
        var parts: [String] = []
        if let low = ends.first, let high = ends.last, let lv = low.horizonValue, let hv = high.horizonValue {
            parts.append(ends.count == 1 ? w.singleTitle(name: ctx.scenarioLabel(low, in: c), value: ctx.money(lv), horizon: c.horizon)
                : w.rangeTitle(horizon: c.horizon, low: ctx.money(lv), lowName: ctx.scenarioLabel(low, in: c),
                               high: ctx.money(hv), highName: ctx.scenarioLabel(high, in: c)))
        }
        if !c.targets.isEmpty { parts.append(String(ctx.reachSummary(c, chart: true).dropLast())) }  // its period is the alt text's
        return parts.joined(separator: ". ")
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

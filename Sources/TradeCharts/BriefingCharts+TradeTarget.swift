import NumberText
import ChartKit
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// Two-way trade by year against its targets as stated: a band for a stated range of levels, a
    /// labelled line for a single level (with its years) and for a target without a stated year; the
    /// required-growth paths from the base year and the momentum projection (dashed).
    static func tradeTarget(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.tradeVsTarget
        let t = ctx.text
        let series = try series(ctx.series, ctx)
        let view = try analysis(ctx)
        let a = view.target
        let yearly = series.yearly
        guard !a.levelTargets.isEmpty else {
            throw ChartSkip(reason: t.t("the dataset has no open level target for \(t.series.inline)"))
        }
        let first = a.targets.first
        var figures = yearly.map { ctx.figure(id, t.twoWayTrade, $0, unit: series.unit) }
        let trade = try ctx.table(yearly)
        var data: [String: DataSource] = ["trade": .inline(trade)]
        var layers = [Layer(mark: .line, data: "trade", x: "period", y: "value", name: t.reported, role: .history)]
        for (i, r) in a.targets.enumerated() {
            let name = t.requiredPath(level: ctx.level(r.value), year: r.year, rate: ctx.percent(r.requiredAnnualGrowth))
                + (r.yearStated ? "" : " (" + t.assumedHorizon + ")")
            data["path\(i + 1)"] = .inline(try pathTable(r.path, baseStatus: a.base.status.rawValue))
            layers.append(Layer(mark: .line, data: "path\(i + 1)", x: "period", y: "value", name: name,
                                style: LayerStyle(projection: true, markers: false), role: .required))
            figures.append(ctx.computed(id, t.requiredRateFigure(level: ctx.level(r.value), year: r.year),
                                        period: "\(a.base.year)→\(r.year)", value: r.requiredAnnualGrowth, unit: "rate",
                                        formatted: ctx.percent(r.requiredAnnualGrowth), how: t.howRequired,
                                        inputs: ctx.requiredInputs(r.targetId)))
        }
        if let momentum = view.scenarios.scenarios.first(where: { $0.rate == .momentum }), let rate = momentum.points.dropFirst().first?.growth {
            let path = momentum.points.map { YearValue(year: $0.year, value: $0.value) }
            data["momentum"] = .inline(try pathTable(path, baseStatus: a.base.status.rawValue))
            layers.append(Layer(mark: .line, data: "momentum", x: "period", y: "value", name: t.momentumPath(ctx.percent(rate), moved: ctx.momentumMoved),
                                style: LayerStyle(projection: true, markers: false), role: .projection))
            let window = a.rates.first { $0.id == .momentum }?.window?.description ?? "\(a.base.year - 1)→\(a.base.year)"
            figures.append(ctx.computed(id, t.momentumRateFigure(ctx.momentumMoved), period: window, value: rate,
                                        unit: "rate", formatted: ctx.percent(rate), how: t.howMomentum(ctx.momentumMoved),
                                        inputs: ctx.rateInputs(.momentum)))
            for p in momentum.points.dropFirst() {
                figures.append(ctx.computed(id, t.momentumProjection, period: "\(p.year)", value: p.value, unit: "USD",
                                            formatted: ctx.money(p.value), how: t.howMomentum(ctx.momentumMoved), status: "projection",
                                            inputs: BriefingContext.unique(ctx.baseInputs + ctx.rateInputs(.momentum))))
            }
        }
        var annotations: [Annotation] = []
        let levels = a.targets.map(\.value)
        let years = a.targets.map(\.year)
        if let low = levels.min(), let high = levels.max(), let y0 = years.min(), let y1 = years.max() {
            let window = y0 == y1 ? "\(y0)" : "\(y0)–\(y1)"
            if low < high {
                // A band layer from the first to the last month of the window, so the legend names it.
                data["target"] = .inline(try DataTable(columns: [
                    ("period", .text(["\(y0)-01", "\(y1)-12"])), ("value", .numbers([low, low])), ("upper", .numbers([high, high])),
                ]))
                layers.insert(Layer(mark: .band, data: "target", x: "period", y: "value", y2: "upper",
                                    name: t.targetBandName(bandText(ctx, levels), window),
                                    role: .goal), at: 0)
            } else {
                annotations.append(Annotation(type: .rule, y: low, label: t.targetBandName(ctx.money(low), window), role: .target))
            }
            figures += targetFigures(id, ctx, levels: Array(Set([low, high])).sorted(), period: window)
        }
        let undated = a.levelTargets.filter { target in !target.yearStated && !a.targets.contains { $0.targetId == target.targetId } }
        for target in undated {
            annotations.append(Annotation(type: .rule, y: target.value, label: t.noYearRule(ctx.money(target.value)), role: .target))
            figures += targetFigures(id, ctx, levels: [target.value], period: t.noYearStated)
        }
        let baseText = ctx.money(a.base.value)
        let lastYear = yearly.first.map { "\($0.period.year)" } ?? ""
        let end = years.max().map { max($0, a.base.year + 1) } ?? view.scenarios.horizon
        let title: String, subtitle: String, alt: String, callout: String
        if let first {
            callout = t.baseCallout(year: a.base.year, value: baseText, status: t.status(a.base.status.rawValue),
                                    level: ctx.level(first.value), by: first.year, rate: ctx.percent(first.requiredAnnualGrowth))
            title = t.tradeTargetTitle(level: ctx.level(first.value) + " USD", year: first.year, rate: ctx.percent(first.requiredAnnualGrowth))
                + (first.yearStated ? "" : " (" + t.assumedHorizon + ")")
            subtitle = t.tradeTargetSubtitle(partner: ctx.dataset.partner, from: lastYear, to: "\(a.base.year)",
                                             band: bandText(ctx, levels), window: years.min().map { $0 == years.max() ? "\($0)" : "\($0)–\(years.max() ?? $0)" } ?? "",
                                             lao: ctx.dataset.series(ctx.series)?.label?.lo)
            alt = t.tradeTargetAlt(from: lastYear, base: "\(a.base.year)", value: baseText,
                                   band: bandText(ctx, levels), rate: ctx.percent(first.requiredAnnualGrowth),
                                   level: ctx.level(first.value), year: first.year, line: Set(levels).count == 1)
        } else {
            let target = undated.first?.value ?? a.levelTargets[0].value
            let reach = a.reachedAt.first { $0.rateId == .momentum && $0.target == target }
            callout = t.baseOnlyCallout(year: a.base.year, value: baseText, status: t.status(a.base.status.rawValue))
            title = t.tradeTargetNoYearTitle(level: ctx.money(target), rate: reach.map { ctx.percent($0.rate) }, year: reach?.year,
                                             moved: ctx.momentumMoved)
                + (reach == nil ? "" : ctx.slowdown.map { ctx.slowdownClause($0, year: a.base.year) } ?? "")
            subtitle = t.tradeTargetNoYearSubtitle(partner: ctx.dataset.partner, from: lastYear, to: "\(a.base.year)", level: ctx.money(target))
            alt = t.tradeTargetNoYearAlt(from: lastYear, base: "\(a.base.year)", value: baseText, level: ctx.money(target), moved: ctx.momentumMoved)
        }
        annotations.insert(Annotation(type: .callout, x: Cell("\(a.base.year)"), y: a.base.value, text: callout, dx: -36, dy: -44), at: 0)
        let spec = ChartSpec(
            title: title, subtitle: subtitle, notes: [t.pointKey(MarkKey(trade))],
            language: ctx.language, data: data,
            x: XAxisSpec(type: .period, domain: [Cell(lastYear), Cell("\(end)")]),
            y: YAxisSpec(title: t.twoWayTrade, unit: "USD", format: .currency, zero: true),
            layers: layers, annotations: annotations, alt: alt)
        return BriefingChart(id: id, spec: spec, caption: first == nil ? t.tradeTargetNoYearCaption(ctx.momentumMoved) : t.tradeTargetCaption(ctx.momentumMoved, line: Set(a.targets.map(\.value)).count == 1),
                             figures: figures)
    }

    /// A required or projected path as a table: the base year keeps the base's status, the rest are projections.
    static func pathTable(_ path: [YearValue], baseStatus: String) throws -> DataTable {
        try DataTable(columns: [
            ("period", .text(path.map { "\($0.year)" })),
            ("value", .numbers(path.map(\.value))),
            ("status", .text(path.enumerated().map { $0.offset == 0 ? baseStatus : "projection" })),
        ])
    }

    /// "5–10 billion USD" from the target levels.
    static func bandText(_ ctx: BriefingContext, _ levels: [Double]) -> String {
        guard let low = levels.min(), let high = levels.max() else { return "" }
        if low == high { return ctx.money(low) }
        let m = Magnitude.of(high)
        let n: (Double) -> String = { ValueFormat.format($0 / m.divisor, locale: ctx.language, style: .number) }
        return "\(n(low))–\(n(high)) \(m.word(ctx.language)) USD"
    }

    /// figures.csv rows for target levels, citing the targets' sources.
    static func targetFigures(_ chart: BriefingChartID, _ ctx: BriefingContext, levels: [Double], period: String) -> [BriefingFigure] {
        levels.compactMap { level in
            guard let target = ctx.dataset.targets.first(where: {
                if case .level(let v) = $0.goal { return v == level && $0.outcome == .open } else { return false }
            }) else { return nil }
            return BriefingFigure(chart: chart.rawValue, figure: target.label.text(in: ctx.language), period: period, value: level,
                                  unit: "USD", formatted: ctx.money(level), status: "target", qualifier: "",
                                  source: target.source, sourceDetail: ctx.publisher(target.source))
        }
    }
}

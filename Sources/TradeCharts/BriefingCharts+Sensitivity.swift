import NumberText
import ChartKit
import Foundation
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// The rate × year grid as a heat map of the projected value, each target level as a contour
    /// (the rate that reaches it in each year), the rates the targets require by their years
    /// marked on the rate axis in their contours' colours, beside the recent actual rates.
    static func sensitivity(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.sensitivity
        let t = ctx.text, w = ctx.scenarioText
        let view = try analysis(ctx)
        let grid = view.scenarios.sensitivity, a = view.target
        guard grid.rates.count >= 2, !grid.years.isEmpty else { throw ChartSkip(reason: w.noGrid) }
        let step = zip(grid.rates, grid.rates.dropFirst()).map { $1 - $0 }.min() ?? 0.05
        let low = (grid.rates.first ?? 0) - step / 2, high = (grid.rates.last ?? 0) + step / 2
        var periods: [String] = [], rates: [Double] = [], values: [Double] = [], labels: [String] = []
        var figures: [BriefingFigure] = []
        let magnitude = Magnitude.of(grid.rows.flatMap { $0.cells.map(\.value) }.max() ?? grid.baseValue)
        for row in grid.rows {
            for cell in row.cells {
                periods.append("\(cell.year)"); rates.append(row.rate); values.append(cell.value)
                labels.append(ctx.number(cell.value / magnitude.divisor))
                figures.append(ctx.computed(id, w.gridFigure(rate: ctx.percent(row.rate)), period: "\(cell.year)", value: cell.value,
                                            unit: "USD", formatted: ctx.money(cell.value), how: w.howGrid(base: grid.baseYear),
                                            status: "projection", inputs: ctx.baseInputs))
            }
        }
        var data: [String: DataSource] = ["grid": .inline(try DataTable(columns: [
            ("period", .text(periods)), ("rate", .numbers(rates)), ("low", .numbers(rates.map { $0 - step / 2 })),
            ("high", .numbers(rates.map { $0 + step / 2 })), ("value", .numbers(values)), ("label", .text(labels)),
        ]))]
        var layers = [Layer(mark: .heatmap, data: "grid", x: "period", y: "rate", low: "low", high: "high", color: "value", label: "label")]
        // Contours: the rate that takes the base to each level in each year, (T/B)^(1/n) − 1.
        let contourColors = ["#D55E00", "#CC79A7", "#E69F00"]
        for (k, target) in grid.targets.enumerated() {
            let points = grid.years.compactMap { year -> (String, Double)? in
                guard let r = TargetMath.requiredGrowth(base: grid.baseValue, target: target.value, years: Double(year - grid.baseYear)),
                      r >= low, r <= high else { return nil }
                return ("\(year)", r)
            }
            guard !points.isEmpty else { continue }
            let table = "contour\(k + 1)"
            data[table] = .inline(try DataTable(columns: [("period", .text(points.map(\.0))), ("value", .numbers(points.map(\.1)))]))
            layers.append(Layer(mark: .line, data: table, x: "period", y: "value", name: w.contour(ctx.money(target.value)),
                                style: LayerStyle(color: contourColors[k % contourColors.count], markers: false, label: LabelPlacement.none, width: 2.5)))
        }
        // On the rate axis, where a reader looks up a rate: the recent actual rates (black) and the
        // rate each target needs by its year (in its contour's colour). No mark inside the grid, so
        // nothing covers a cell's number.
        var marks: [AxisMark] = []
        let required = a.targets.filter { $0.requiredAnnualGrowth >= low && $0.requiredAnnualGrowth <= high && grid.years.contains($0.year) }
        for target in required {
            let k = grid.targets.firstIndex { $0.value == target.value } ?? 0
            marks.append(AxisMark(value: target.requiredAnnualGrowth,
                                  label: w.requiredTick(year: target.year, rate: ctx.percent(target.requiredAnnualGrowth)),
                                  color: contourColors[k % contourColors.count]))
        }
        let actual = a.rates.compactMap { rate -> (NamedRate, Double)? in
            guard let r = rate.usableRate, r >= low, r <= high else { return nil }
            return (rate, r)
        }
        for (rate, r) in actual {
            marks.append(AxisMark(value: r, label: w.actualTick(window: rate.window, rate: ctx.ratePercent(rate.id, r)), color: "#1A1A1A"))
            figures.append(ctx.computed(id, ctx.rateName(rate.id), period: rate.window?.description ?? "\(grid.baseYear)", value: r, unit: "rate",
                                        formatted: ctx.ratePercent(rate.id, r), how: t.howRate(rate.window?.description ?? ""),
                                        status: a.base.status.rawValue, qualifier: ctx.rateQualifier(rate.id), inputs: ctx.rateInputs(rate.id)))
        }
        let horizon = grid.years.last ?? grid.baseYear
        let title: String
        if let first = a.targets.first {
            title = w.sensitivityTitle(level: ctx.money(first.value), year: first.year, rate: ctx.percent(first.requiredAnnualGrowth))
        } else {
            title = w.sensitivityTitleFallback
        }
        let spec = ChartSpec(
            title: title, subtitle: w.sensitivitySubtitle(base: ctx.money(grid.baseValue), year: grid.baseYear, unit: (magnitude == .unit ? "" : magnitude.word(ctx.language) + " ") + "USD"),
            notes: [w.sensitivityNote], language: ctx.language, data: data,
            x: XAxisSpec(type: .period, domain: [Cell("\(grid.years.first ?? horizon)"), Cell("\(horizon)")], partNote: false),
            y: YAxisSpec(title: w.growthRate, format: .percent, domain: [low, high], marks: marks.isEmpty ? nil : marks),
            layers: layers,
            alt: w.sensitivityAlt(base: grid.baseYear, horizon: horizon,
                                  required: required.map { w.requiredMark(rate: ctx.percent($0.requiredAnnualGrowth), level: ctx.level($0.value), year: $0.year) }
                                      .joined(separator: "; "),
                                  actual: actual.map { ctx.rateName($0.0.id) + " " + ctx.ratePercent($0.0.id, $0.1) }.joined(separator: "; ")))
        return BriefingChart(id: id, spec: spec, caption: w.sensitivityCaption, figures: figures)
    }
}

extension BriefingContext {
    /// "5.04" / "5,04": a value in the unit the chart's caption names.
    func number(_ value: Double) -> String {
        ValueFormat.decimal(value, decimals: value >= 100 ? 0 : value >= 10 ? 1 : 2, locale: language, trim: false)
    }
}

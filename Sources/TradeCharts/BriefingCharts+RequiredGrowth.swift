import ChartKit
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// For each target and deadline year, the growth it requires a year, beside the recent actual rates.
    static func requiredGrowth(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.requiredGrowth
        let t = ctx.text
        let a = try analysis(ctx).target
        guard !a.targets.isEmpty || a.levelTargets.contains(where: { !$0.horizons.isEmpty }) else {
            throw ChartSkip(reason: t.t("the dataset has no open level target for \(t.series.inline)"))
        }
        var figures: [BriefingFigure] = []
        var cats: [String] = [], values: [Double] = [], kinds: [String] = [], labels: [String] = [], statuses: [String] = []
        for r in a.targets {
            cats.append(t.requiredCategory(level: ctx.level(r.value), year: r.year))
            values.append(r.requiredAnnualGrowth); kinds.append(t.required); labels.append(ctx.percent(r.requiredAnnualGrowth))
            statuses.append("final")
            figures.append(ctx.computed(id, t.requiredRateFigure(level: ctx.level(r.value), year: r.year),
                                        period: "\(a.base.year)→\(r.year)", value: r.requiredAnnualGrowth, unit: "rate",
                                        formatted: ctx.percent(r.requiredAnnualGrowth), how: t.howRequired,
                                        inputs: ctx.requiredInputs(r.targetId)))
        }
        // Targets without a stated year: what they would need at each horizon, labelled as such.
        for level in a.levelTargets where !level.horizons.isEmpty {
            for h in level.horizons {
                cats.append(t.horizonCategory(level: ctx.level(level.value), year: h.year))
                values.append(h.requiredAnnualGrowth); kinds.append(t.required); labels.append(ctx.percent(h.requiredAnnualGrowth))
                statuses.append("final")
                figures.append(ctx.computed(id, t.horizonRateFigure(level: ctx.level(level.value), year: h.year),
                                            period: "\(a.base.year)→\(h.year)", value: h.requiredAnnualGrowth, unit: "rate",
                                            formatted: ctx.percent(h.requiredAnnualGrowth), how: t.howRequired,
                                            inputs: ctx.requiredInputs(level.targetId)))
            }
        }
        var actual: [Double] = []
        for rate in a.rates {
            guard let value = rate.usableRate, let window = rate.window else { continue }
            cats.append(t.actualCategory(id: rate.id, from: "\(window.from)", to: "\(window.to)"))
            values.append(value); kinds.append(t.actual); labels.append(ctx.ratePercent(rate.id, value)); actual.append(value)
            statuses.append(a.base.status.rawValue)
            figures.append(ctx.computed(id, ctx.rateName(rate.id), period: window.description, value: value, unit: "rate",
                                        formatted: ctx.ratePercent(rate.id, value), how: t.howRate(window.description), status: a.base.status.rawValue,
                                        qualifier: ctx.rateQualifier(rate.id), inputs: ctx.rateInputs(rate.id)))
        }
        func table(_ kind: String) throws -> DataTable {
            let rows = kinds.indices.filter { kinds[$0] == kind }
            return try DataTable(columns: [
                ("category", .text(rows.map { cats[$0] })), ("value", .numbers(rows.map { values[$0] })),
                ("label", .text(rows.map { labels[$0] })), ("status", .text(rows.map { statuses[$0] })),
            ])
        }
        let covered = a.targets.filter { r in actual.allSatisfy { $0 >= r.requiredAnnualGrowth } && !actual.isEmpty }
            .max { $0.requiredAnnualGrowth < $1.requiredAnnualGrowth }
        let beyond = a.targets.filter { r in actual.allSatisfy { $0 < r.requiredAnnualGrowth } }
            .min { $0.requiredAnnualGrowth < $1.requiredAnnualGrowth }
        let title: String
        if let lo = actual.min(), let hi = actual.max(), let covered, let beyond {
            title = t.requiredTitle(low: ctx.percent(lo), high: ctx.percent(hi),
                                    covered: t.requiredCategory(level: ctx.level(covered.value), year: covered.year),
                                    beyond: t.requiredCategory(level: ctx.level(beyond.value), year: beyond.year),
                                    beyondRate: ctx.percent(beyond.requiredAnnualGrowth))
        } else {
            title = t.requiredTitleFallback
        }
        let spec = ChartSpec(
            title: title, subtitle: t.requiredSubtitle(base: ctx.money(a.base.value), year: a.base.year),
            notes: [t.requiredNote(horizons: a.levelTargets.contains { !$0.horizons.isEmpty })], language: ctx.language,
            data: ["required": .inline(try table(t.required)), "actual": .inline(try table(t.actual))],
            x: XAxisSpec(type: .band), y: YAxisSpec(title: t.growthPerYear, format: .percent, zero: true),
            layers: [
                Layer(mark: .bar, data: "required", x: "category", y: "value", name: t.required, role: .required),
                Layer(mark: .bar, data: "actual", x: "category", y: "value", name: t.actual, role: .actual),
                Layer(mark: .text, data: "required", x: "category", y: "value", label: "label"),
                Layer(mark: .text, data: "actual", x: "category", y: "value", label: "label"),
            ],
            alt: t.requiredAlt(zip(cats, labels).map { "\($0.0): \($0.1)" }.joined(separator: "; ")))
        return BriefingChart(id: id, spec: spec, caption: t.requiredCaption, figures: figures)
    }
}

import ChartKit
import TradeData

extension BriefingCharts {
    /// Registered investment by full year (bars), the latest part-year figure and the same months
    /// a year earlier as hollow points spanning their months, and the cumulative stock in a note.
    static func investment(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.investment
        let t = ctx.text
        let series = try series(.investmentRegistered, ctx)
        let yearly = series.yearly
        guard let lastYear = yearly.last else {
            throw ChartSkip(reason: t.t("no full-year registered investment figure"))
        }
        var figures = yearly.map { ctx.figure(id, t.registeredInvestment, $0, unit: series.unit) }
        let labels = yearly.map { ctx.amount($0.quantity, unit: series.unit) }
        var data: [String: DataSource] = ["yearly": .inline(try ctx.table(yearly, extra: [("label", .text(labels))]))]
        var layers = [
            Layer(mark: .bar, data: "yearly", x: "period", y: "value", name: t.fullYear, role: .history),
            Layer(mark: .text, data: "yearly", x: "period", y: "value", label: "label"),
        ]
        var annotations: [Annotation] = []
        // The latest part-year figure and its same months one year earlier: what is often quoted as "the year".
        let partial = series.preferredObservations.filter { !$0.period.isFullYear && $0.period.monthCount > 1 }
        var partLabel: String?
        if let latest = partial.last {
            let pair = partial.filter { $0.period.startMonth == latest.period.startMonth && $0.period.endMonth == latest.period.endMonth
                && $0.period.year >= latest.period.year - 1 }
            partLabel = ctx.periodLabel(latest.period)
            data["part"] = .inline(try ctx.table(pair))
            layers.append(Layer(mark: .point, data: "part", x: "period", y: "value",
                                name: t.partYearName(t.months(latest.period.startMonth, latest.period.endMonth)),
                                role: .history))
            figures += pair.map { ctx.figure(id, t.registeredInvestment, $0, unit: series.unit) }
            annotations.append(Annotation(type: .callout, x: Cell(latest.period.description), y: latest.value,
                                          text: t.partYearCallout(period: ctx.periodLabel(latest.period), value: ctx.money(latest.value)),
                                          dx: -80, dy: -24))
        }
        var notes = [t.investmentNote]
        var stock: [String] = []
        if let cumulative = ctx.dataset.series(SeriesID.investmentCumulative)?.preferredObservations.last {
            stock.append(t.cumulativeText(ctx.amount(cumulative.quantity, unit: .usd), ctx.periodLabel(cumulative.period)))
            figures.append(ctx.figure(id, t.cumulativeInvestment, cumulative, unit: .usd))
        }
        if let projects = ctx.dataset.series(SeriesID.investmentProjects)?.preferredObservations.last {
            stock.append(t.projectsText(ctx.count(projects.value), ctx.periodLabel(projects.period)))
            figures.append(ctx.figure(id, t.validProjects, projects, unit: .count))
        }
        if !stock.isEmpty { notes.insert(stock.joined(separator: "; ") + ".", at: 0) }
        let spec = ChartSpec(
            title: t.investmentTitle(year: lastYear.period.year, full: ctx.money(lastYear.value),
                                     part: partial.last.flatMap { p in p.period.year == lastYear.period.year ? (ctx.money(p.value), t.months(p.period.startMonth, p.period.endMonth)) : nil }),
            subtitle: t.investmentSubtitle(reporter: ctx.dataset.reporter, partner: ctx.dataset.partner),
            notes: notes, language: ctx.language, data: data,
            x: XAxisSpec(type: .period, partNote: false), y: YAxisSpec(title: t.registeredInvestment, unit: "USD", format: .currency, zero: true),
            layers: layers, annotations: annotations,
            alt: t.investmentAlt(year: lastYear.period.year, full: ctx.money(lastYear.value), part: partLabel,
                                 partValue: partial.last.map { ctx.money($0.value) }, stock: stock.joined(separator: "; ")))
        return BriefingChart(id: id, spec: spec, caption: t.investmentCaption, figures: figures)
    }
}

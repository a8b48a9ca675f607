import Foundation
import TradeAnalysis
import TradeData

/// Builds the report model of a briefing pack in one pass: key figures, the target analysis in
/// sentences (each with the figures it quotes), the charts, caveats and the numbered sources,
/// which are assigned from the finished document in reading order.
struct BriefingReport {
    let ctx: BriefingContext

    init(_ ctx: BriefingContext) { self.ctx = ctx }

    /// The document for `charts` (in pack order) and the charts left out.
    func document(charts: [ReportDocument.Chart], skipped: [SkippedChart]) -> ReportDocument {
        let t = ctx.text
        var keyFigures = keyFigureRows()
        let analysis = analysisParagraphs()
        let sections = reportSections()
        let keys = ReportDocument.citedKeys(keyFigures: keyFigures, analysis: analysis, sections: sections, charts: charts)
        for i in keyFigures.indices {
            keyFigures[i].source = keyFigures[i].sourceKeys.last.flatMap { key in keys.firstIndex(of: key) }
        }
        let sources = keys.map { key -> ReportDocument.SourceEntry in
            .init(key: key, text: ctx.sourceCitation(key), url: ctx.dataset.source(key)?.url)
        }
        var headings = t.headings
        headings.notDrawn = t.notDrawn
        headings.altText = t.altTextLabel
        headings.chartFigures = t.chartFiguresLabel
        headings.embedTitle = t.embedTitle
        headings.embedIntro = t.embedIntro
        let title = ctx.dataset.title.text(in: ctx.language)
        return ReportDocument(
            language: ctx.language.rawValue, title: t.reportTitle(title), subtitle: ctx.dataset.title.lo, headings: headings,
            keyFigures: keyFigures, analysis: analysis, charts: charts,
            caveats: ctx.dataset.caveats.map { $0.text(in: ctx.language) }, sources: sources,
            skipped: skipped.map { t.skippedLine(id: $0.id.rawValue, reason: $0.reason) }, sections: sections)
    }

    // MARK: Key figures

    func keyFigureRows() -> [ReportDocument.KeyFigure] {
        let t = ctx.text
        var rows: [ReportDocument.KeyFigure] = []
        func row(_ label: String, _ obs: Observation, unit: MeasureUnit, series: Series, extra: String = "",
                 before: (keys: [String], figures: [BriefingFigure]) = ([], [])) -> ReportDocument.KeyFigure {
            let single = series.observations(at: obs.period).count == 1 && (obs.status == .preliminary || obs.status == .estimate)
            let status = t.status(obs.status.rawValue) + (single ? "; " + t.oneSourceOnly : "") + extra
            return .init(label: label, value: ctx.amount(obs.quantity, unit: unit), period: ctx.periodLabel(obs.period),
                         status: status, source: nil, sourceKeys: before.keys + [obs.source],
                         figures: before.figures + [ctx.figure("report", label, obs, unit: unit)])
        }
        // The analysed series first (two-way trade unless --series says otherwise), then the other
        // trade series; each by its latest full year, or its latest figure when it has no full year
        // (a quarterly-only series).
        let tradeIDs = [ctx.series] + [SeriesID.tradeTotal, .exports, .imports].filter { $0 != ctx.series }
        for id in tradeIDs {
            guard let trade = ctx.dataset.series(id), let base = trade.yearly.last ?? trade.preferredObservations.last else { continue }
            let words = ctx.words(for: id)
            var extra = "", keys: [String] = [], others: [BriefingFigure] = []
            for other in trade.observations(at: base.period) where other != base {
                others.append(ctx.figure("report", BriefingText(ctx.language, series: words).alsoReportedFigure, other, unit: trade.unit))
                extra += "; " + t.alsoReported(ctx.amount(other.quantity, unit: trade.unit), ctx.publisher(other.source))
                keys.append(other.source)
            }
            rows.append(row(words.title, base, unit: trade.unit, series: trade, extra: extra, before: (keys, others)))
            guard id == ctx.series, base.period.isFullYear else { continue }
            if let momentum = ctx.analysis?.rates.first(where: { $0.id == .momentum }), let rate = momentum.rate?.value {
                let window = momentum.window?.description ?? ""
                var value = ctx.signedPercent(rate) + " " + t.computedWord
                var figures = [ctx.computed("report", t.growthFigure, period: window, value: rate, unit: "rate",
                                            formatted: ctx.signedPercent(rate), how: t.howRate(window))]
                if let stated = Metrics.statedRate(inNote: base.note) {
                    value += "; " + ctx.signedPercent(stated) + " " + t.statedWord
                    figures.append(BriefingFigure(chart: "report", figure: t.statedGrowthFigure, period: base.period.description,
                                                  value: stated, unit: "rate", formatted: ctx.signedPercent(stated),
                                                  status: base.status.rawValue, qualifier: "", source: base.source,
                                                  sourceDetail: ctx.publisher(base.source)))
                }
                // A sparse series' rate is named by its window (2022→2024), not by the base year alone.
                let moved = momentum.hasNominalWindow ? nil : momentum.window
                rows.append(.init(label: t.growthFigure + (moved.map { ", " + t.windowRateName($0).lowercasedFirst } ?? ""), value: value,
                                  period: moved?.description ?? ctx.periodLabel(base.period),
                                  status: t.status(base.status.rawValue), source: nil, sourceKeys: [base.source], figures: figures))
            }
        }
        if let s = ctx.dataset.series(SeriesID.investmentRegistered) {
            if let full = s.yearly.last { rows.append(row(t.registeredInvestment, full, unit: s.unit, series: s)) }
            if let part = s.preferredObservations.last(where: { !$0.period.isFullYear }), part.period.year == s.yearly.last?.period.year {
                rows.append(row(t.registeredInvestment + " (" + t.partYearWord + ")", part, unit: s.unit, series: s))
            }
        }
        for id in [SeriesID.investmentCumulative, .investmentProjects] {
            if let s = ctx.dataset.series(id), let last = s.preferredObservations.last {
                rows.append(row(s.label?.text(in: ctx.language) ?? id.rawValue, last, unit: s.unit, series: s))
            }
        }
        for s in ctx.dataset.series where s.id.hasPrefix("scholarships") {
            if let last = s.preferredObservations.last { rows.append(row(s.label?.text(in: ctx.language) ?? s.id, last, unit: s.unit, series: s)) }
        }
        return rows
    }
}

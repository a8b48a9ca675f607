import Foundation
import TradeAnalysis
import TradeData

/// The report of a briefing pack: key figures, the target analysis in sentences, the charts,
/// caveats and sources, plus every number it writes as a figures.csv row (chart `report`).
struct BriefingReport {
    let ctx: BriefingContext
    var figures: [BriefingFigure] = []
    var sourceKeys: [String] = []

    init(_ ctx: BriefingContext) { self.ctx = ctx }

    /// The index of `key` in the numbered sources, adding it on first use; nil for computed figures.
    mutating func cite(_ key: String) -> Int? {
        guard key != "computed", !key.isEmpty else { return nil }
        if let i = sourceKeys.firstIndex(of: key) { return i }
        sourceKeys.append(key)
        return sourceKeys.count - 1
    }

    /// The document for `charts` (in pack order) and the charts left out.
    mutating func document(charts: [ReportDocument.Chart], chartFigures: [BriefingFigure], skipped: [SkippedChart]) -> ReportDocument {
        let t = ctx.text
        let keyFigures = keyFigureRows()
        let analysis = analysisParagraphs()
        for f in chartFigures { for key in f.source.split(separator: ";") { _ = cite(String(key)) } }
        let sources = sourceKeys.map { key -> ReportDocument.SourceEntry in
            let s = ctx.dataset.source(key)
            let text = s?.citation ?? key
            return .init(key: key, text: text, url: s?.url)
        }
        var headings = t.headings
        headings.notDrawn = t.notDrawn
        let title = ctx.dataset.title.text(for: ctx.code)
        return ReportDocument(
            language: ctx.code, title: t.reportTitle(title), subtitle: ctx.dataset.title.lo, headings: headings,
            keyFigures: keyFigures, analysis: analysis, charts: charts,
            caveats: ctx.dataset.caveats.map { $0.text(for: ctx.code) }, sources: sources,
            skipped: skipped.map { t.skippedLine(id: $0.id, reason: $0.reason) })
    }

    // MARK: Key figures

    mutating func keyFigureRows() -> [ReportDocument.KeyFigure] {
        let t = ctx.text
        var rows: [ReportDocument.KeyFigure] = []
        func add(_ label: String, _ obs: Observation, unit: MeasureUnit, series: Series, extra: String = "") {
            let single = series.observations(at: obs.period).count == 1 && (obs.status == .preliminary || obs.status == .estimate)
            var status = t.status(obs.status.rawValue) + (single ? "; " + t.oneSourceOnly : "")
            status += extra
            figures.append(ctx.figure("report", label, obs, unit: unit))
            rows.append(.init(label: label, value: ctx.amount(obs.quantity, unit: unit), period: ctx.periodLabel(obs.period),
                              status: status, source: cite(obs.source)))
        }
        if let trade = ctx.dataset.series(BriefingContext.tradeSeries), let base = trade.yearly.last {
            var extra = ""
            for other in trade.observations(at: base.period) where other != base {
                figures.append(ctx.figure("report", t.alsoReportedFigure, other, unit: trade.unit))
                extra += "; " + t.alsoReported(ctx.amount(other.quantity, unit: trade.unit), ctx.publisher(other.source))
                _ = cite(other.source)
            }
            add(t.twoWayTrade, base, unit: trade.unit, series: trade, extra: extra)
            if let momentum = ctx.analysis?.rates.first(where: { $0.id == "momentum" }), let rate = momentum.rate?.value {
                var value = ctx.signedPercent(rate) + " " + t.computedWord
                figures.append(ctx.computed("report", t.growthFigure, period: momentum.window ?? "", value: rate, unit: "rate",
                                            formatted: ctx.signedPercent(rate), how: t.howRate(momentum.window ?? "")))
                if let stated = Self.statedRate(base.note) {
                    value += "; " + ctx.signedPercent(stated) + " " + t.statedWord
                    figures.append(BriefingFigure(chart: "report", figure: t.statedGrowthFigure, period: base.period.description,
                                                  value: stated, unit: "rate", formatted: ctx.signedPercent(stated),
                                                  status: base.status.rawValue, qualifier: "", source: base.source,
                                                  sourceDetail: ctx.publisher(base.source)))
                }
                rows.append(.init(label: t.growthFigure, value: value, period: ctx.periodLabel(base.period),
                                  status: t.status(base.status.rawValue), source: cite(base.source)))
            }
        }
        for (id, label) in [("exports", t.exports), ("imports", t.imports)] {
            if let s = ctx.dataset.series(id), let last = s.yearly.last { add(label, last, unit: s.unit, series: s) }
        }
        if let s = ctx.dataset.series("investment_registered") {
            if let full = s.yearly.last { add(t.registeredInvestment, full, unit: s.unit, series: s) }
            if let part = s.preferredObservations.last(where: { !$0.period.isFullYear }), part.period.year == s.yearly.last?.period.year {
                add(t.registeredInvestment + " (" + t.partYearWord + ")", part, unit: s.unit, series: s)
            }
        }
        for id in ["investment_cumulative", "investment_projects"] {
            if let s = ctx.dataset.series(id), let last = s.preferredObservations.last {
                add(s.label?.text(for: ctx.code) ?? id, last, unit: s.unit, series: s)
            }
        }
        for s in ctx.dataset.series where s.id.hasPrefix("scholarships") {
            if let last = s.preferredObservations.last { add(s.label?.text(for: ctx.code) ?? s.id, last, unit: s.unit, series: s) }
        }
        return rows
    }

    /// The growth rate a note quotes ("up 32.7%"), as a fraction.
    static func statedRate(_ note: String?) -> Double? {
        guard let note, let match = note.firstMatch(of: /([0-9]+(?:\.[0-9]+)?)\s*(?:%|percent)/), let v = Double(match.1) else { return nil }
        return v / 100
    }
}

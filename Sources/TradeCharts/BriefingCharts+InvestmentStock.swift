import NumberText
import ChartKit
import TradeData

extension BriefingCharts {
    /// Cumulative registered against cumulative realised (disbursed) investment, each point at the
    /// month its stock was reported; the realised share at the dates both are reported in a note.
    static func investmentStock(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.investmentStock
        let t = ctx.text
        let registeredSeries = try series(.investmentCumulative, ctx)
        let realisedSeries = try series(.investmentRealizedCumulative, ctx)
        guard registeredSeries.unit == realisedSeries.unit else {
            throw ChartSkip(reason: t.stockUnitsDiffer(SeriesID.investmentCumulative.rawValue, SeriesID.investmentRealizedCumulative.rawValue))
        }
        let unit = registeredSeries.unit
        let registered = registeredSeries.preferredObservations, realised = realisedSeries.preferredObservations
        guard let firstRegistered = registered.first, let lastRegistered = registered.last,
              let firstRealised = realised.first, let lastRealised = realised.last else {
            throw ChartSkip(reason: t.noStockPair)
        }
        let first = min(firstRegistered.period, firstRealised.period)
        let end = max(lastRegistered.period, lastRealised.period)
        let pairs = stockPairs(registered: registered, realised: realised)
        var figures = registered.map { ctx.figure(id, t.cumulativeInvestment, $0, unit: unit) }
            + realised.map { ctx.figure(id, t.cumulativeRealised, $0, unit: unit) }
        for p in pairs {
            figures.append(ctx.computed(id, t.realisedShareFigure, period: p.period.description, value: p.share, unit: "rate",
                                        formatted: (p.approximate ? t.about + " " : "") + wholePercent(p.share, ctx),
                                        how: t.howRealisedShare, qualifier: p.approximate ? "approximate" : "",
                                        inputs: BriefingContext.unique([p.registered.source, p.realised.source])))
        }
        let data: [String: DataSource] = [
            "registered": .inline(try ctx.table(registered)),
            "realised": .inline(try ctx.table(realised)),
        ]
        let layers = [
            Layer(mark: .line, data: "registered", x: "period", y: "value", name: t.registeredStock,
                  style: LayerStyle(color: "#0072B2", markers: true, label: .end)),
            Layer(mark: .line, data: "realised", x: "period", y: "value", name: t.realisedStock,
                  style: LayerStyle(color: "#D55E00", markers: true, label: .end)),
        ]
        let share = shareSentence(pairs, ctx)
        let midYear = (registered + realised).contains { $0.period.isFullYear }
        let notes = (share.map { [$0] } ?? []) + [t.stockHonesty(midYear: midYear)]
        let title = pairs.last.map { p in
            t.stockTitle(realised: ctx.amount(p.realised.quantity, unit: unit), registered: ctx.amount(p.registered.quantity, unit: unit),
                         period: ctx.periodLabel(p.period))
        } ?? t.stockTitleFallback(ctx.periodLabel(end))
        let span: ([Observation]) -> String = { obs in
            guard let a = obs.first, let b = obs.last else { return "" }
            return a.period == b.period ? ctx.periodLabel(a.period) : ctx.periodLabel(a.period) + "–" + ctx.periodLabel(b.period)
        }
        let spec = ChartSpec(
            title: title,
            subtitle: t.stockSubtitle(reporter: ctx.dataset.reporter, partner: ctx.dataset.partner,
                                      from: ctx.periodLabel(first), to: ctx.periodLabel(end)),
            notes: notes, language: ctx.language, data: data,
            x: XAxisSpec(type: .period),
            y: YAxisSpec(title: t.cumulativeAxis, unit: unit == .usd ? "USD" : nil, format: unit == .usd ? .currency : .number, zero: true),
            layers: layers,
            alt: t.stockAlt(registered: ctx.amount(lastRegistered.quantity, unit: unit) + " (\(ctx.periodLabel(lastRegistered.period)))",
                            registeredSpan: span(registered),
                            realised: ctx.amount(lastRealised.quantity, unit: unit) + " (\(ctx.periodLabel(lastRealised.period)))",
                            realisedSpan: span(realised), share: share))
        return BriefingChart(id: id, spec: spec, caption: t.stockCaption, figures: figures)
    }

    /// A registered and a realised stock reported for the same period.
    struct StockPair {
        var registered: Observation
        var realised: Observation
        var period: Period { realised.period }
        var share: Double { realised.value / registered.value }
        var approximate: Bool { registered.quantity.qualifier == .approximate || realised.quantity.qualifier == .approximate }
    }

    /// The dates both stocks are reported as numbers (exact or approximate): a bound or a range
    /// gives no share.
    static func stockPairs(registered: [Observation], realised: [Observation]) -> [StockPair] {
        let usable: (Observation) -> Bool = { [.exact, .approximate].contains($0.quantity.qualifier) && $0.value > 0 }
        return realised.filter(usable).compactMap { r in
            registered.first { $0.period == r.period && usable($0) }.map { StockPair(registered: $0, realised: r) }
        }
    }

    /// The realised share in words: whole percents (the figures support no more), "about" when any
    /// figure is approximate, "about half" only when every share rounds to 45–55%.
    static func shareSentence(_ pairs: [StockPair], _ ctx: BriefingContext) -> String? {
        guard let firstPair = pairs.first, let lastPair = pairs.last else { return nil }
        let shares = pairs.map(\.share)
        let low = shares.min() ?? firstPair.share, high = shares.max() ?? firstPair.share
        let lowText = wholePercent(low, ctx), highText = wholePercent(high, ctx)
        var text = lowText == highText ? lowText : lowText.replacingOccurrences(of: "%", with: "") + "–" + highText
        if pairs.contains(where: \.approximate) { text = ctx.text.about + " " + text }
        let half = (low * 100).rounded() >= 45 && (high * 100).rounded() <= 55
        return ctx.text.stockShare(count: pairs.count, share: text, from: ctx.periodLabel(firstPair.period),
                                   to: ctx.periodLabel(lastPair.period), half: half)
    }

    /// "49%" / "49%": a share to a whole percent.
    static func wholePercent(_ share: Double, _ ctx: BriefingContext) -> String {
        ValueFormat.decimal(share * 100, decimals: 0, locale: ctx.language) + "%"
    }
}

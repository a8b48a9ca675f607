import ChartKit
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// Each earlier level target beside the figure reached in its deadline year, and each open
    /// dated target beside the latest full year so far.
    static func pastTargets(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.pastTargets
        let t = ctx.text
        let series = try series(ctx.series, ctx)
        let goals = ctx.dataset.targets.compactMap { target -> (Target, Double, ClosedRange<Int>)? in
            guard target.series == series.id, case .level(let v) = target.goal, let d = target.deadline else { return nil }
            return (target, v, d)
        }.sorted { ($0.2.upperBound, $0.1) < ($1.2.upperBound, $1.1) }
        var cats: [String] = [], values: [Double] = [], kinds: [String] = [], statuses: [String] = [], qualifiers: [String] = []
        var labelX: [String] = [], labelY: [Double] = [], labelText: [String] = []
        var figures: [BriefingFigure] = []
        var missed = 0, closed = 0
        for (target, level, deadline) in goals {
            let open = target.outcome == .open
            let when = deadline.lowerBound == deadline.upperBound ? "\(deadline.upperBound)" : "\(deadline.lowerBound)–\(deadline.upperBound)"
            let cat = t.pastCategory(level: ctx.level(level), when: when, open: open)
            let verdict = open ? t.open : target.outcome == .met ? t.met : t.missed
            if !open { closed += 1; if target.outcome == .missed { missed += 1 } }
            figures.append(BriefingFigure(chart: id.rawValue, figure: target.label.text(in: ctx.language), period: when, value: level, unit: "USD",
                                          formatted: ctx.money(level), status: "target", qualifier: "", source: target.source,
                                          sourceDetail: ctx.publisher(target.source)))
            // The year compared: the latest for an open target, else the first year at or above the level
            // up to the deadline (a target met early is shown met when it was first reached), else the deadline year.
            let firstReached = series.yearly.first { $0.period.year <= deadline.upperBound && $0.value >= level }
            let year = open ? series.yearly.last?.period.year : (firstReached?.period.year ?? deadline.upperBound)
            guard let year, let period = Period.year(year), let outcome = series.preferred(at: period) else {
                // No figure for the deadline year: the target is shown, and the gap said, not dropped.
                cats.append(cat); values.append(level); kinds.append(t.target); statuses.append("final"); qualifiers.append("")
                labelX.append(cat); labelY.append(level)
                labelText.append("\(verdict): " + t.noFigureFor(deadline.upperBound))
                continue
            }
            cats += [cat, cat]; values += [level, outcome.value]; kinds += [t.target, open ? t.soFar(year) : t.reachedIn(year)]
            statuses += ["final", outcome.status.rawValue]
            qualifiers += ["", outcome.quantity.qualifier == .exact ? "" : outcome.quantity.qualifier.rawValue]
            let share = outcome.value / level
            // A share of an approximate, bound or range figure says so ("about 25%").
            let shareEstimate = Estimate(outcome.quantity).mapIncreasing { $0 / level }
            let shareText = ctx.qualifiedPercent(shareEstimate)
            labelX.append(cat); labelY.append(max(level, outcome.value))
            var label = open ? t.shareBy(shareText, year) : "\(verdict) (\(shareText))"
            if !open, year < deadline.upperBound, let end = Period.year(deadline.upperBound).flatMap({ series.preferred(at: $0) }),
               end.value < level {
                label = t.metThenFellBack(year: year, deadline: deadline.upperBound,
                                          share: ctx.qualifiedPercent(Estimate(end.quantity).mapIncreasing { $0 / level }))
                figures.append(ctx.figure(id, t.twoWayTrade, end, unit: series.unit))
            }
            labelText.append(label)
            figures.append(ctx.figure(id, t.twoWayTrade, outcome, unit: series.unit))
            figures.append(ctx.computed(id, t.shareReached(target.label.text(in: ctx.language)), period: "\(year)", value: share, unit: "rate",
                                        formatted: shareText, how: t.howShare,
                                        qualifier: BriefingCharts.qualifierColumn(shareEstimate.qualifierName),
                                        inputs: BriefingContext.unique([outcome.source] + ctx.targetInputs(target.id))))
        }
        guard !cats.isEmpty else {
            throw ChartSkip(reason: t.t("the dataset has no dated level targets for \(t.series.inline)"))
        }
        let table = try DataTable(columns: [
            ("target", .text(cats)), ("value", .numbers(values)), ("kind", .text(kinds.map { $0 == t.target ? t.target : t.actual })),
            ("status", .text(statuses)), ("qualifier", .text(qualifiers)),
        ])
        let labels = try DataTable(columns: [("target", .text(labelX)), ("value", .numbers(labelY)), ("label", .text(labelText))])
        let spec = ChartSpec(
            title: closed > 0 ? t.pastTitle(missed: missed, of: closed) : t.pastTitleFallback,
            subtitle: t.pastSubtitle(partner: ctx.dataset.partner), notes: [t.pastNote(MarkKey(table))],
            language: ctx.language,
            data: ["targets": .inline(table), "labels": .inline(labels)],
            x: XAxisSpec(type: .band),
            y: YAxisSpec(title: t.twoWayTrade, unit: "USD", format: .currency, zero: true, domain: [0, (values.max() ?? 1) * 1.15]),
            layers: [
                Layer(mark: .bar, data: "targets", x: "target", y: "value", color: "kind",
                      roles: [t.target: .target, t.actual: .actual]),
                Layer(mark: .text, data: "labels", x: "target", y: "value", label: "label"),
            ],
            alt: t.pastAlt(zip(labelX, labelText).map { "\($0.0): \($0.1)" }.joined(separator: "; ")))
        return BriefingChart(id: id, spec: spec, caption: closed == 0 ? t.pastCaptionOpenOnly : t.pastCaption, figures: figures)
    }
}

import ChartKit
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// The current-year tracker: cumulative figures from January of the latest year with sub-annual
    /// figures, against the same months of the year before and each target's path for the year
    /// (its full-year value spread over the months like last year), months or quarters on the x-axis;
    /// the full year at the year-to-date pace as a dashed projection while the year is open.
    static func thisYear(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.thisYear
        let t = ctx.text
        let series = try series(ctx.series, ctx)
        guard let tracker = try? YearTracker(dataset: ctx.dataset, seriesID: series.id) else {
            throw ChartSkip(reason: t.t("the '\(series.id)' series has no monthly, quarterly, half-year or year-to-date figures"))
        }
        let track = tracker.track()
        let year = track.year
        let points = track.cumulative
        let quarters = points.allSatisfy { $0.month % 3 == 0 }
        func period(_ month: Int) -> String {
            quarters ? "\(year)-Q\(month / 3)" : "\(year)-\(month < 10 ? "0" : "")\(month)"
        }
        func monthsLabel(_ month: Int, of y: Int) -> String { t.period(year: y, startMonth: 1, endMonth: month) }
        var figures: [BriefingFigure] = []
        var data: [String: DataSource] = [:]
        var layers: [Layer] = []

        // This year: the figures as stated, or sums of months and quarters.
        let current = points.compactMap { p -> (CumulativePoint, YearToDate.Point)? in
            guard p.value != nil, let point = tracker.current.points[p.month] else { return nil }
            return (p, point)
        }
        for (p, point) in current {
            let label = t.cumulativeFigure(year: year)
            if point.isStated {
                figures.append(ctx.figure(id, label, point.observations[0], unit: series.unit))
            } else {
                let inputs = BriefingContext.unique(point.observations.map(\.source))
                figures.append(ctx.computed(id, label, period: monthsPeriod(p.month, year), value: point.estimate.value, unit: "USD",
                                            formatted: ctx.money(point.estimate.value), how: t.howCumulative,
                                            status: YearTracker.status(point.observations).rawValue,
                                            qualifier: qualifierColumn(point.estimate.qualifierName), inputs: inputs))
            }
        }
        data["current"] = .inline(try DataTable(columns: [
            ("period", .text(current.map { period($0.0.month) })), ("value", .numbers(current.map { $0.1.estimate.value })),
            ("status", .text(current.map { YearTracker.status($0.1.observations).rawValue })),
            ("qualifier", .text(current.map { qualifierColumn($0.1.estimate.qualifierName) })),
        ]))

        // Last year's same months: its own figures, or implied by the growth the source states.
        let prior = points.filter { $0.priorValue != nil }
        for p in prior {
            guard let value = p.priorValue else { continue }
            if p.priorBasis == .observed, let point = tracker.prior.points[p.month] {
                if point.isStated {
                    figures.append(ctx.figure(id, t.cumulativeFigure(year: year - 1), point.observations[0], unit: series.unit))
                } else {
                    figures.append(ctx.computed(id, t.cumulativeFigure(year: year - 1), period: monthsPeriod(p.month, year - 1), value: value,
                                                unit: "USD", formatted: ctx.money(value), how: t.howCumulative,
                                                inputs: BriefingContext.unique(point.observations.map(\.source))))
                }
            } else {
                let inputs = tracker.current.points[p.month].map { BriefingContext.unique($0.observations.map(\.source)) } ?? []
                figures.append(ctx.computed(id, t.cumulativeFigure(year: year - 1), period: monthsPeriod(p.month, year - 1), value: value,
                                            unit: "USD", formatted: t.about + " " + ctx.money(value), how: t.howImpliedPrior,
                                            qualifier: "approximate", inputs: inputs))
            }
        }
        data["prior"] = .inline(try DataTable(columns: [
            ("period", .text(prior.map { period($0.month) })), ("value", .numbers(prior.map { $0.priorValue ?? .nan })),
            ("status", .text(prior.map { _ in "final" })),
            ("qualifier", .text(prior.map { $0.priorBasis == .statedGrowth ? "approximate" : "" })),
        ]))
        layers.append(Layer(mark: .line, data: "prior", x: "period", y: "value", name: t.sameMonths(year - 1), role: .context))

        // What the latest year-to-date figure and its growth are read from (the projection and the rest's growth use them).
        let latestInputs = BriefingContext.unique(track.latest.sources
            + (current.last.flatMap { tracker.prior.points[$0.0.month] }?.observations.map(\.source) ?? []))
        // Each target's path for the year, spread over the months like last year.
        var pathNames: [String] = []
        if let whole = track.priorYearValue, whole > 0 {
            for (i, r) in track.required.enumerated() {
                let name = r.targetValue.map { level in
                    t.thisYearPath(level: ctx.level(level), deadline: r.deadline.map(String.init) ?? "", rate: ctx.percent(r.pathGrowth), from: track.year - 1)
                } ?? t.thisYearGoalPath(rate: ctx.percent(r.pathGrowth))
                let pathInputs = BriefingContext.unique((tracker.prior.fullYear.map { $0.observations.map(\.source) } ?? [])
                    + ctx.targetInputs(r.target))
                let values = prior.map { r.yearValue * ($0.priorValue ?? .nan) / whole }
                data["path\(i + 1)"] = .inline(try DataTable(columns: [
                    ("period", .text(prior.map { period($0.month) })), ("value", .numbers(values)),
                    ("status", .text(prior.map { _ in "projection" })),
                ]))
                layers.append(Layer(mark: .line, data: "path\(i + 1)", x: "period", y: "value", name: name,
                                    style: LayerStyle(projection: true, markers: false), role: r.targetValue == nil ? .goal : .required))
                figures.append(ctx.computed(id, t.pathYearValueFigure(name), period: "\(year)", value: r.yearValue, unit: "USD",
                                            formatted: ctx.money(r.yearValue), how: t.howPathYear, status: "target path",
                                            inputs: pathInputs))
                if let remaining = r.remainingGrowth {
                    figures.append(ctx.computed(id, t.remainingGrowthFigure(name), period: "\(year)", value: remaining, unit: "rate",
                                                formatted: ctx.signedPercent(remaining), how: t.howRemaining,
                                                inputs: BriefingContext.unique(pathInputs + latestInputs)))
                }
                pathNames.append(name)
            }
        }
        layers.append(Layer(mark: .line, data: "current", x: "period", y: "value", name: t.thisYearSoFar(year), role: .history))

        // The projection, while the year is open.
        if let value = track.projection.value, let last = current.last {
            data["projection"] = .inline(try DataTable(columns: [
                ("period", .text([period(last.0.month), period(12)])), ("value", .numbers([last.1.estimate.value, value])),
                ("status", .text(["final", "projection"])),
            ]))
            layers.append(Layer(mark: .line, data: "projection", x: "period", y: "value", name: t.projectionName(track.projection.method),
                                style: LayerStyle(projection: true, markers: false), role: .projection))
            figures.append(ctx.computed(id, t.projectionName(track.projection.method), period: "\(year)", value: value, unit: "USD",
                                        formatted: ctx.money(value), how: t.howProjection(track.projection.method), status: "projection",
                                        inputs: latestInputs))
        }
        guard let lastPoint = current.last else {
            throw ChartSkip(reason: t.t("no year-to-date figure for \(year)"))
        }
        let latest = track.latest
        let growth = latest.growth.map { ctx.signedPercent($0) }
        let slowdown = track.exitMomentum().flatMap { $0.decelerated ? $0 : nil }
        let title = t.thisYearTitle(period: monthsLabel(lastPoint.0.month, of: year), value: ctx.amount(Quantity(lastPoint.1.estimate), unit: series.unit),
                                    growth: growth, prior: year - 1, complete: lastPoint.0.month == 12)
            + (slowdown.map { ctx.slowdownClause($0) } ?? "")
        var notes = [t.thisYearNote(quarters: quarters, implied: prior.contains { $0.priorBasis == .statedGrowth })]
        if let r = track.required.first(where: { $0.remainingGrowth != nil }), let remaining = r.remainingGrowth, let name = pathNames.first {
            notes.append(t.restNeeds(path: name, growth: ctx.signedPercent(remaining)))
        }
        let spec = ChartSpec(
            title: title, subtitle: t.thisYearSubtitle(series: ctx.seriesName(series.id, fallback: t.twoWayTrade), year: year),
            notes: notes, language: ctx.language, data: data,
            x: XAxisSpec(type: .period, domain: [Cell(period(quarters ? 3 : 1)), Cell(period(12))]),
            y: YAxisSpec(title: t.yearToDateAxis, unit: "USD", format: .currency, zero: true),
            layers: layers,
            alt: t.thisYearAlt(year: year, latest: monthsLabel(lastPoint.0.month, of: year), value: ctx.money(lastPoint.1.estimate.value),
                               growth: growth, paths: pathNames.joined(separator: "; "),
                               slowdown: slowdown.map { ctx.slowdownClause($0) } ?? ""))
        return BriefingChart(id: id, spec: spec, caption: t.thisYearCaption, figures: figures)
    }

    /// `2025-01..2025-06` (or `2025` for the full year) in the dataset's period syntax.
    static func monthsPeriod(_ month: Int, _ year: Int) -> String {
        Period(year: year, startMonth: 1, endMonth: month)?.description ?? "\(year)"
    }

    /// The table's qualifier column for an estimate's qualifier name (`exact` → empty).
    static func qualifierColumn(_ name: String) -> String {
        name == "exact" || name == "unbounded" ? "" : name
    }
}

extension BriefingContext {
    /// `keys` with repeats removed, first occurrence kept.
    static func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}

extension Quantity {
    /// The quantity an estimate stands for: a point (approximate or not), a bound or a range.
    init(_ e: Estimate) {
        switch e.qualifier {
        case .atLeast: self.init(e.low ?? e.value, qualifier: .atLeast)
        case .atMost: self.init(e.high ?? e.value, qualifier: .atMost)
        case .range: self.init(low: e.low ?? e.value, high: e.high ?? e.value)
        case .approximate: self.init(e.value, qualifier: .approximate)
        default: self.init(e.value)
        }
    }
}

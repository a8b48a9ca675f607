import ChartKit
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// For each scenario (rows, earliest reach first) and target (markers), the year the target is
    /// first reached; the targets' own deadlines as reference lines; "not by HORIZON" as an arrow
    /// off the right end of the axis.
    static func reachYears(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.reachYears
        let w = ctx.scenarioText
        let c = try comparison(ctx)
        let rows = c.byEarliestReach
        let names = rows.map { ctx.scenarioLabel($0, in: c) }
        var data: [String: DataSource] = [:]
        var layers: [Layer] = []
        var figures: [BriefingFigure] = []
        var missed: [Int: [String]] = [:]
        var marks: [Int: [(year: Int, target: Int)]] = [:]
        for (k, target) in c.targets.enumerated() {
            for (row, entry) in rows.enumerated() {
                guard let standing = entry.standings.first(where: { $0.targetId == target.targetId }) else { continue }
                let level = ctx.money(target.value)
                let inputs = BriefingContext.unique(ctx.projectionInputs(entry) + ctx.targetInputs(target.targetId))
                figures.append(ctx.computed(id, w.reachFigure(name: names[row], level: level), period: "\(c.baseYear)→\(c.horizon)",
                                            value: Double(standing.reachYear ?? min(entry.lastYear, c.horizon) + 1), unit: "year",
                                            formatted: w.reachYear(standing.reachYear, horizon: c.horizon, ends: entry.lastYear), how: w.rule(entry.rule),
                                            status: "projection", qualifier: standing.reachYear == nil ? "atLeast" : "",
                                            inputs: inputs))
                if let gap = standing.gap, let year = standing.year {
                    figures.append(ctx.computed(id, w.gapFigure(name: names[row], level: level), period: "\(year)",
                                                value: gap, unit: "USD", formatted: w.gap(gap, year: year),
                                                how: w.rule(entry.rule), status: "projection",
                                                inputs: inputs))
                }
                if let year = standing.reachYear {
                    marks[row, default: []].append((year, k))
                } else {
                    missed[row, default: []].append(ctx.level(target.value))
                }
            }
        }
        // A row's markers in its scenario's colour (the role's, as in the paths chart; grey for the
        // scenarios that chart greys), each named by its target when there are several; the legend
        // names the roles.
        let coloured = ScenarioStyle.coloured(c)
        var labelPeriods: [String] = [], labelRows: [Double] = [], labelTexts: [String] = []
        for (row, entry) in rows.enumerated() {
            // A row that reaches no target keeps its layer, without markers, so the legend still names its
            // role (its colour is that of its arrow).
            let own = marks[row] ?? []
            let table = "r\(row + 1)"
            data[table] = .inline(try DataTable(columns: [("period", .text(own.map { "\($0.year)" })),
                                                          ("value", .numbers(own.map { _ in Double(row) }))]))
            let inColour = coloured.contains(entry.key)
            layers.append(Layer(mark: .point, data: table, x: "period", y: "value",
                                name: inColour ? ScenarioStyle.legendRole(entry).map(w.role) : w.otherScenarios(rows.count - coloured.count),
                                style: LayerStyle(color: inColour ? ScenarioStyle.color(entry, in: c) : ScenarioStyle.greyMarker)))
            if c.targets.count > 1 {
                for mark in own {
                    labelPeriods.append("\(mark.year)"); labelRows.append(Double(row)); labelTexts.append(ctx.level(c.targets[mark.target].value))
                }
            }
        }
        if !labelTexts.isEmpty {
            data["targets"] = .inline(try DataTable(columns: [("period", .text(labelPeriods)), ("value", .numbers(labelRows)),
                                                              ("label", .text(labelTexts))]))
            layers.append(Layer(mark: .text, data: "targets", x: "period", y: "value", label: "label"))
        }
        // The axis runs over every projected year, from the first after the base (so a reader sees how
        // soon a target is reached) to the horizon, whatever the markers span: an empty text layer
        // at both ends (the arrows alone stand over it when no scenario reaches any target).
        let ends = Array(Set([c.baseYear + 1, c.horizon])).sorted()
        data["years"] = .inline(try DataTable(columns: [("period", .text(ends.map { "\($0)" })), ("value", .numbers(ends.map { _ in 0 })),
                                                        ("label", .text(ends.map { _ in "" }))]))
        layers.append(Layer(mark: .text, data: "years", x: "period", y: "value", label: "label"))
        // "Not by the horizon" as an arrow off the axis, from the row's marker in the last year when it has one.
        // The arrow in its row's colour (a row reaching nothing shows its role's colour there).
        var annotations: [Annotation] = missed.keys.sorted().map { row in
            let atHorizon = marks[row]?.contains { $0.year == c.horizon } ?? false
            let inColour = coloured.contains(rows[row].key)
            return Annotation(type: .arrow, x: atHorizon ? Cell("\(c.horizon)") : nil, y: Double(row),
                              label: w.notReached(levels: missed[row] ?? [], horizon: c.horizon, ends: rows[row].lastYear),
                              color: inColour ? ScenarioStyle.color(rows[row], in: c) : ScenarioStyle.greyMarker)
        }
        for target in c.targets where target.yearStated {
            guard let year = target.year, year <= c.horizon else { continue }
            annotations.append(Annotation(type: .rule, x: Cell("\(year)"), label: w.deadline(level: ctx.level(target.value), year: year)))
        }
        let first = c.targets.first { $0.year != nil }
        let onTime = first.map { target in rows.filter { $0.standings.first { $0.targetId == target.targetId }?.onTime ?? false }.count } ?? 0
        let title = first.flatMap { f in f.year.map { w.reachTitle(count: onTime, of: rows.count, level: ctx.money(f.value), year: $0) } }
            ?? w.reachTitleFallback
        let reaches = rows.enumerated().map { row, entry in
            names[row] + ": " + c.targets.map { target in
                w.reachSentence(level: ctx.money(target.value),
                                year: entry.standings.first { $0.targetId == target.targetId }?.reachYear, horizon: c.horizon, ends: entry.lastYear)
            }.joined(separator: ", ")
        }
        let spec = ChartSpec(
            title: title, subtitle: w.reachSubtitle(base: c.baseYear, horizon: c.horizon),
            notes: [w.reachNote(horizon: c.horizon)],
            // 42 px a row: room for a long name wrapped onto two lines, apart from the next row's.
            size: ChartSize(width: 960, height: max(540, 220 + 42 * Double(rows.count))),
            language: ctx.language, data: data,
            x: XAxisSpec(type: .period, domain: [Cell("\(c.baseYear + 1)"), Cell("\(c.horizon)")]),
            y: YAxisSpec(rows: names), layers: layers, annotations: annotations,
            // The same caveat as the paths chart's alt text: a rate held from a year that slowed late.
            alt: w.reachAlt(base: c.baseYear, horizon: c.horizon, reaches: reaches.joined(separator: "; "))
                + (rows.lazy.compactMap { ctx.heldRateCaveat($0, in: c) }.first.map { " " + $0 } ?? ""))
        return BriefingChart(id: id, spec: spec, caption: w.reachCaption, figures: figures)
    }

    /// The comparison, or a skip with the reason.
    static func comparison(_ ctx: BriefingContext) throws -> ScenarioComparison {
        guard let c = ctx.comparison else { throw ChartSkip(reason: ctx.analysisGap ?? "no analysis") }
        guard !c.targets.isEmpty else {
            throw ChartSkip(reason: ctx.text.t("the dataset has no open level target for \(ctx.text.series.inline)"))
        }
        return c
    }
}

extension BriefingContext {
    /// The scenario words of the pack's language, numbers formatted as the pack formats them.
    var scenarioText: ScenarioText {
        let ctx = self
        return ScenarioText(language, numbers: .init(percent: { ctx.percent($0) }, money: { ctx.money($0) },
                                                     number: { ctx.count($0) }), series: text.series)
    }

    /// A scenario's name on charts and in the report: the file's label ("Bold 35% · Independent view" when
    /// sets are compared), or the pack's own words for a default scenario.
    func scenarioLabel(_ entry: ScenarioComparison.Entry, in c: ScenarioComparison) -> String {
        guard case .scenario = entry.projection.rate else {
            return text.scenarioName(rate: entry.projection.rate, label: entry.label, rate: entry.rule.steadyRate.map { ratePercent(entry.projection.rate, $0) },
                                     window: movedWindow(entry.projection.rate))
        }
        guard c.isComparison, let set = c.sets.first(where: { $0.id == entry.set }) else { return entry.label }
        return "\(entry.label) · \(set.title ?? scenarioText.defaultSet)"
    }
}

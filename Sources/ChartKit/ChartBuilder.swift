import ChartScene
import Foundation

/// Builds a `Scene` from a `ChartSpec`: resolves data, trains scales, lays out text measured by
/// `measurer`, and emits marks. Deterministic: the same spec gives the same scene.
///
/// ```swift
/// let scene = try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: spec)
/// ```
public struct ChartBuilder: Sendable {
    public let measurer: any TextMeasurer

    public init(measurer: any TextMeasurer) { self.measurer = measurer }

    /// The scene for `spec`. CSV and dataset references are loaded through `resolver`.
    /// Lines and bands are labelled directly where their labels fit; those whose label finds no
    /// room go to the legend (the chart is laid out again with them there).
    ///
    /// A spec read from a file (`spec.origin`) is checked against its data first: every problem
    /// (a table that does not load, a column it lacks, an x value or domain the axis cannot read)
    /// is reported at once with its line and column, and any later error names the file too.
    public func scene(for spec: ChartSpec, resolver: (any ChartDataResolver)? = nil) throws -> Scene {
        guard let origin = spec.origin else { return try draw(spec, tables: try resolveTables(spec, resolver: resolver)) }
        let (tables, loadProblems) = resolveTables(spec, resolver: resolver, origin: origin)
        let problems = loadProblems + dataProblems(spec, tables: tables, origin: origin)
        guard problems.isEmpty else { throw ChartError.located(file: origin.file, problems) }
        do {
            return try draw(spec, tables: tables)
        } catch let error as ChartError {
            throw Self.locate(error, origin: origin)
        }
    }

    /// A builder error at the place in the spec it concerns (the canvas size, the layers).
    static func locate(_ error: ChartError, origin: SpecOrigin) -> ChartError {
        let path: [SpecOrigin.Step]
        switch error {
        case .spec, .problems: return error
        case .invalidSize, .canvasTooSmall: path = ["size"]
        case .invalidTextScale: path = ["size", "textScale"]
        case .noLayers: path = ["layers"]
        case .unknownTable(let layer, _, _): path = ["layers", .index(layer), "data"]
        case .unknownColumn, .unresolvedData, .invalidData: path = []
        }
        return .located(file: origin.file, [origin.problem(path, error.description)])
    }

    /// The scene for `spec` over its loaded `tables`.
    func draw(_ spec: ChartSpec, tables: [String: DataTable]) throws -> Scene {
        try spec.size.validate()
        guard !spec.layers.isEmpty else { throw ChartError.noLayers }
        let theme = Theme.named(spec.theme).sized(for: spec.size)
        if let facet = spec.facet { return try facetScene(spec, facet: facet, tables: tables, theme: theme) }
        if spec.layers.contains(where: \.isHorizontal) { return try horizontalScene(spec, tables: tables, theme: theme) }
        // A label that finds no room sends its series to the legend; the legend then takes room from the
        // plot, so a third pass names there what the second could not place either.
        var legendOnly = Set<Int>()
        var pass = try build(spec, tables: tables, theme: theme, legendOnly: legendOnly)
        for _ in 0..<2 where !pass.unplaced.isSubset(of: legendOnly) {
            legendOnly.formUnion(pass.unplaced)
            // A legend that leaves the plot no room: the pass before stands.
            guard let next = try? build(spec, tables: tables, theme: theme, legendOnly: legendOnly) else { break }
            pass = next
        }
        return pass.scene
    }

    /// One layout pass; `legendOnly` series are named in the legend instead of directly.
    /// A `panel` of small multiples takes its x extent, categories and series colours from the
    /// whole chart and draws neither legend nor direct labels (the chart has one legend).
    func build(_ spec: ChartSpec, tables: [String: DataTable], theme: Theme,
               legendOnly: Set<Int>, panel: PanelFrame? = nil) throws -> (scene: Scene, unplaced: Set<Int>) {
        var spec = spec
        let xType = try panel?.xType ?? xType(spec, tables: tables)
        var categories: [String] = panel?.categories ?? []
        var series = try series(spec, tables: tables, xType: xType, categories: &categories)
        if let panel { series = panel.recolor(series) }
        let xDomain = panel?.xDomain ?? xDomain(spec, series: series, xType: xType, categories: &categories)
        if spec.x.domain != nil, xType == .period || xType == .linear { series = Self.cut(series, to: xDomain) }
        let granularity = panel?.granularity ?? (xType == .period ? Self.granularity(series) : .year)
        if spec.x.partNote != false, let note = Self.partYearNote(series, language: spec.language) { spec.notes.append(note) }

        let width = spec.size.width, height = spec.size.height
        let pad = min(24, max(8, (width * 0.02).rounded()))
        let canvas = Rect(x: pad, y: pad, width: width - 2 * pad, height: height - 2 * pad)
        let axisLine = lineHeight(theme.axis)

        // Top: title, subtitle, legend, y caption.
        var (items, top) = header(spec, theme: theme, canvas: canvas)
        // End labels may take a larger share of a narrow canvas (an A4 column), where a name that
        // takes 22% of a slide-wide one would otherwise be cut or wrapped.
        let narrow = canvas.width * Theme.print.axis.size / theme.axis.size < Theme.compactWidth
        let endCap = max(60, canvas.width * (narrow ? 0.28 : 0.22))
        let labelled = panel != nil ? [] : endLabelled(series, maxWidth: endCap, font: theme.label, legendOnly: legendOnly)
        let bandLabelled = panel != nil ? [] : self.bandLabelled(series, legendOnly: legendOnly)
        let entries = panel != nil ? [] : legendEntries(series, labelled: labelled + bandLabelled, theme: theme)
        if !entries.isEmpty {
            let (legendItems, legendHeight) = legend(entries, theme: theme, x: canvas.minX, top: top + 8, maxWidth: canvas.width)
            items += legendItems
            top += 8 + legendHeight
        }
        let plotTop = top + 8 + axisLine * 1.5 + 4

        // Bottom: footer, x labels, x title.
        let (footerItems, footerTop) = footer(spec, theme: theme, canvas: canvas)
        let hasXTitle = !(spec.x.title ?? "").isEmpty || xType == .linear
        let endWidth = labelled.map { min(measurer.measure(series[$0].name ?? "", font: theme.label).width, endCap) + 10 }.max() ?? 0
        let categoryLabels = xType == .band
            ? self.categoryLabels(categories, bandWidth: (canvas.width - 80 - endWidth) / Double(max(1, categories.count)),
                                  font: theme.axis, maxLength: min(180, height * 0.25))
            : nil
        let plotBottom = footerTop - (footerItems.isEmpty ? 0 : 12) - axisLine * 1.5 - 4 - (hasXTitle ? axisLine + 2 : 0)
            - (categoryLabels?.extraHeight ?? 0) - (granularity != .year ? axisLine : 0)
        guard plotBottom - plotTop >= 24 else { throw ChartError.canvasTooSmall(width: width, height: height) }

        // Left and right: y tick labels, end labels.
        // Value labels written above the highest marks need room under the top of the plot.
        let textTop = series.filter { $0.layer.mark == .text }.flatMap(\.y).filter(\.isFinite).max()
        let dataTop = series.filter { $0.layer.mark != .text }.flatMap { $0.y + $0.high }.filter(\.isFinite).max()
        let hasValueLabels = textTop.map { t in dataTop.map { t >= $0 * 0.9 } ?? true } ?? false
        // A callout set below a value under zero (a bound's label under a negative bar) needs room under it.
        let footroom = spec.annotations.compactMap { a -> (value: Double, room: Double)? in
            guard a.type == .callout, let y = a.y, y < 0, let dy = a.dy, dy > 0 else { return nil }
            return (y, dy + lineHeight(theme.label) + 4)
        }
        let yAxis = yAxis(spec, series: series, top: plotTop, bottom: plotBottom, spacing: panel?.tickSpacing ?? 60,
                          headroom: hasValueLabels ? lineHeight(theme.axis) + 10 : 0, footroom: footroom)
        let yLabelWidth = yLabelWidth(yAxis, theme: theme)
        let left = canvas.minX + yLabelWidth + 8
        let right = canvas.maxX - max(endWidth, xType == .linear || xType == .log ? 24 : 0)
        guard right - left >= 40 else { throw ChartError.canvasTooSmall(width: width, height: height) }
        let plot = Rect(x: left, y: plotTop, width: right - left, height: plotBottom - plotTop)
        let xAxis = xAxis(spec, domain: xDomain, xType: xType, categories: categories,
                            categoryLabels: categoryLabels, left: left, right: right, theme: theme,
                            granularity: granularity)

        let context = PlotContext(rect: plot, x: xAxis.map, y: yAxis.map, xType: xType, theme: theme,
                                  language: spec.language, labelStyle: spec.y.labelStyle(), measurer: measurer,
                                  source: nfc(spec.source).flatMap { $0.isEmpty ? nil : PlotContext.sourceLine($0, language: spec.language) })
        var body = yAxisItems(yAxis, plot: plot, theme: theme, canvas: canvas)
        body += annotationBands(spec, context: context, categories: categories)
        let allMarks = marks(spec, series: series, context: context)
        let textMarks = allMarks.compactMap { item -> TextItem? in
            if case .text(let t) = item, t.role == "label" { return t }
            return nil
        }
        let markItems = textMarks.isEmpty ? allMarks : allMarks.filter { if case .text(let t) = $0, t.role == "label" { return false } else { return true } }
        body.append(.group(GroupItem(items: markItems, clip: plot.insetBy(dx: -6, dy: -6), role: "plot")))
        let rules = annotationRules(spec, context: context, categories: categories)
            + annotationArrows(spec, context: context, categories: categories)
        body += rules
        body += xAxisItems(xAxis, plot: plot, theme: theme)

        // In-plot labels, each placed where it covers the least data, over a halo.
        var placer = LabelPlacer(measurer: measurer, background: theme.background, obstacles: Obstacles())
        placer.obstacles.add(marks: markItems)
        let (leaders, calloutLabels) = callouts(spec, context: context, categories: categories, rules: rules, placer: &placer)
        let endArea = Rect(x: plot.minX, y: plot.minY - 6, width: canvas.maxX - plot.minX, height: plot.height + 12)
        body += leaders
        body += calloutLabels
        let (ends, endFailed) = endLabels(series, labelled: labelled, context: context, maxWidth: endCap, area: endArea, placer: &placer)
        body += ends
        let (bands, bandFailed) = bandLayerLabels(series, labelled: bandLabelled, context: context, placer: &placer)
        body += bands
        body += bandLabels(spec, context: context, categories: categories, placer: &placer)
        placer.obstacles.add(marks: rules)
        body += ruleLabels(spec, context: context, categories: categories, placer: &placer)
        body += pointLabels(textMarks, context: context, placer: &placer)
        body += arrowLabels(spec, context: context, categories: categories, placer: &placer)
        let scene = Scene(size: Size(width: width, height: height), background: theme.background,
                          items: body + items + footerItems, title: nfc(spec.title),
                          description: nfc(spec.alt) ?? defaultAlt(spec, series: series, xAxis: xAxis), language: spec.language.rawValue)
        return (scene, endFailed.union(bandFailed))
    }

    /// All marks of all layers, in layer order.
    func marks(_ spec: ChartSpec, series: [SeriesData], context: PlotContext) -> [SceneItem] {
        var out: [SceneItem] = []
        for (index, layer) in spec.layers.enumerated() {
            let own = series.filter { $0.layerIndex == index }
            switch layer.mark {
            case .line: out += own.flatMap { lineItems($0, context: context) }
            case .bar: out += barItems(own, stacked: layer.stack == true, context: context)
            case .area: out += areaItems(own, stacked: layer.stack == true, context: context)
            case .band: out += own.flatMap { bandItems($0, context: context) }
            case .rule: out += own.flatMap { ruleItems($0, context: context) }
            case .range: out += own.flatMap { rangeItems($0, context: context) + pointItems($0.withRangesOnly(), context: context, always: true) }
            case .point: out += own.flatMap { rangeItems($0, context: context) + pointItems($0, context: context, always: true) }
            case .text: out += own.flatMap { textItems($0, context: context) }
            case .heatmap: out += own.flatMap { heatmapItems($0, context: context) }
            }
        }
        // Heat-map cell numbers (and their backings) go on top of every other mark.
        func onTop(_ item: SceneItem) -> Bool {
            switch item {
            case .text(let t): return t.role == "heat-label"
            case .path(let p): return p.role == "heat-label-halo"
            case .group: return false
            }
        }
        return out.filter { !onTop($0) } + out.filter(onTop)
    }

    /// Lines that get a direct label at their end: named lines when there are 2–6 of them and
    /// the name fits in `maxWidth`, or when the style asks (`label: end`); never when it says
    /// `label: none` or the line is in `legendOnly` (its label found no room).
    func endLabelled(_ series: [SeriesData], maxWidth: Double = .infinity, font: Font = Font(size: 12),
                     legendOnly: Set<Int> = []) -> [Int] {
        let lines = series.indices.filter { series[$0].layer.mark == .line && series[$0].name != nil }
        return lines.filter { i in
            if legendOnly.contains(i) { return false }
            switch series[i].style.label {
            case .some(.end): return true
            case .some(.none): return false
            case nil:
                return (2...6).contains(lines.count) && measurer.measure(series[i].name ?? "", font: font).width <= maxWidth
            }
        }
    }

    /// Named band layers labelled on the band itself (unless `label: none` or in `legendOnly`),
    /// when the chart has other named series to tell them from.
    func bandLabelled(_ series: [SeriesData], legendOnly: Set<Int>) -> [Int] {
        guard series.count > 1 else { return [] }
        return series.indices.filter { i in
            series[i].layer.mark == .band && series[i].name != nil && series[i].style.label != LabelPlacement.none
                && !legendOnly.contains(i)
        }
    }

    /// Legend entries for named series without end labels; none when the chart has one series.
    func legendEntries(_ series: [SeriesData], labelled: [Int], theme: Theme) -> [LegendEntry] {
        guard series.count > 1 else { return [] }
        var seen = Set<String>()
        return series.indices.compactMap { i in
            let s = series[i]
            guard let name = s.name, !labelled.contains(i), !seen.contains(name) else { return nil }
            seen.insert(name)
            let color = s.style.color.flatMap(Color.init(hexString:)) ?? theme.seriesColor(s)
            let filled = [MarkType.band, .area].contains(s.layer.mark)
            return LegendEntry(name: name, color: filled ? color.withAlpha(theme.fillOpacity(s, fallback: 0.25) + 0.15) : color,
                               mark: s.layer.mark, dash: theme.lineDash(s), hatch: theme.fillHatch(s))
        }
    }
}

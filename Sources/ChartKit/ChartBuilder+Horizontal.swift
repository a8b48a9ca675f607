import ChartScene
import Foundation

/// Horizontal bars: categories down the left, written in full (wrapped, never cut), values
/// rightwards from zero with the value at each bar's end; sorted, and cut to the top N with the
/// rest summed into one "others" bar.
extension ChartBuilder {
    /// The categories in drawing order (top first) and, when `top` cuts them, the rest.
    static func rankedCategories(_ categories: [String], totals: [Double], sort: CategorySort,
                                 top: Int?) -> (shown: [Int], others: [Int]) {
        let byValue = categories.indices.sorted { a, b in
            let ta = totals[a].isFinite ? totals[a] : -.infinity, tb = totals[b].isFinite ? totals[b] : -.infinity
            return ta != tb ? ta > tb : a < b
        }
        var order: [Int]
        switch sort {
        case .value: order = byValue
        case .label: order = categories.indices.sorted { categories[$0].compare(categories[$1], options: [.caseInsensitive]) == .orderedAscending }
        case .given: order = Array(categories.indices)
        }
        guard let top, top >= 1, top < categories.count - 1 else { return (order, []) }
        let keep = Set(byValue.prefix(top))
        return (order.filter { keep.contains($0) }, order.filter { !keep.contains($0) })
    }

    /// The bars of a horizontal chart, one row per shown category (and the "others" row).
    struct HorizontalRows {
        var series: [SeriesData]
        var rowNames: [String]
        var othersCount: Int
    }

    /// The series of a horizontal bar chart, ranked and cut to its rows.
    func horizontalRows(_ spec: ChartSpec, tables: [String: DataTable]) throws -> HorizontalRows {
        guard spec.layers.allSatisfy({ $0.mark == .bar }) else {
            throw ChartError.invalidData("horizontal bars cannot be combined with other marks: every layer must be a bar layer")
        }
        var categories: [String] = []
        let raw = try series(spec, tables: tables, xType: .band, categories: &categories)
        let layer = spec.layers[0]
        let stacked = layer.stack == true
        var totals = Array(repeating: 0.0, count: categories.count)
        for s in raw {
            for i in 0..<s.count where s.y[i].isFinite {
                let k = Int(s.x[i])
                if totals.indices.contains(k) { totals[k] += stacked || raw.count == 1 ? s.y[i] : abs(s.y[i]) }
            }
        }
        let (shown, others) = Self.rankedCategories(categories, totals: totals, sort: layer.sort ?? .value, top: layer.top)
        let othersName = (nfc(layer.others) ?? (spec.language == .vi ? "Khác" : "Others")) + " (\(others.count))"
        let rowNames = shown.map { categories[$0] } + (others.isEmpty ? [] : [othersName])
        let series = raw.map { s -> SeriesData in
            var first: [Int: Int] = [:]
            for i in 0..<s.count where first[Int(s.x[i])] == nil { first[Int(s.x[i])] = i }
            var out = SeriesData(name: s.name, layerIndex: s.layerIndex, layer: s.layer, slot: s.slot,
                                 x: rowNames.indices.map(Double.init), y: [])
            out.roleOccurrence = s.roleOccurrence
            out.y = shown.map { k in first[k].map { s.y[$0] } ?? .nan }
            if !others.isEmpty {
                let values = others.compactMap { first[$0].map { s.y[$0] } }.filter(\.isFinite)
                out.y.append(values.isEmpty ? .nan : values.reduce(0, +))
            }
            if !s.status.isEmpty { out.status = shown.map { k in first[k].map { s.status[$0] } ?? .final } + (others.isEmpty ? [] : [.final]) }
            out.periodText = rowNames
            if !s.source.isEmpty {
                let rest = others.compactMap { first[$0].map { s.source[$0] } }
                out.source = shown.map { k in first[k].map { s.source[$0] } ?? "" }
                    + (others.isEmpty ? [] : [rest.reduce(into: [String]()) { if !$1.isEmpty, !$0.contains($1) { $0.append($1) } }.joined(separator: "; ")])
            }
            return out
        }

        return HorizontalRows(series: series, rowNames: rowNames, othersCount: others.count)
    }

    /// A horizontal bar chart; a `panel` of small multiples has the whole chart's colours and no legend.
    func horizontalScene(_ spec: ChartSpec, tables: [String: DataTable], theme: Theme, panel: PanelFrame? = nil) throws -> Scene {
        let rows = try horizontalRows(spec, tables: tables)
        let series = panel.map { $0.recolor(rows.series) } ?? rows.series, rowNames = rows.rowNames
        let stacked = spec.layers[0].stack == true
        let hasOthers = rows.othersCount > 0
        let width = spec.size.width, height = spec.size.height
        let pad = min(24, max(8, (width * 0.02).rounded()))
        let canvas = Rect(x: pad, y: pad, width: width - 2 * pad, height: height - 2 * pad)
        let font = theme.axis, lh = lineHeight(font)
        var (items, top) = header(spec, theme: theme, canvas: canvas)
        let entries = panel == nil ? legendEntries(series, labelled: [], theme: theme) : []
        if !entries.isEmpty {
            let (legendItems, legendHeight) = legend(entries, theme: theme, x: canvas.minX, top: top + 8, maxWidth: canvas.width)
            items += legendItems
            top += 8 + legendHeight
        }
        let plotTop = top + 8 + lh * 1.5 + 4
        let (footerItems, footerTop) = footer(spec, theme: theme, canvas: canvas)
        let plotBottom = footerTop - (footerItems.isEmpty ? 0 : 12) - lh * 1.5 - 4
        guard plotBottom - plotTop >= Double(rowNames.count) * 6 else { throw ChartError.canvasTooSmall(width: width, height: height) }

        // Category labels: as wide as the longest needs, up to 38% (then 50%) of the canvas, wrapped.
        let layout = TextLayout(measurer: measurer)
        let band = (plotBottom - plotTop) / Double(max(1, rowNames.count))
        let longest = rowNames.map { layout.width($0, font) }.max() ?? 0
        var labelWidth = min(longest, canvas.width * 0.38)
        var labelLines = rowNames.map { layout.wrap($0, font: font, maxWidth: max(labelWidth, 20), maxLines: 12) }
        if labelLines.contains(where: { Double($0.count) * lh > band }), longest > labelWidth {
            labelWidth = min(longest, canvas.width * 0.5)
            labelLines = rowNames.map { layout.wrap($0, font: font, maxWidth: max(labelWidth, 20), maxLines: 12) }
        }
        labelWidth = labelLines.flatMap { $0 }.map { layout.width($0, font) }.max() ?? labelWidth
        let left = canvas.minX + labelWidth + 10

        // The value axis, with room right of the plot for the value at the longest bar's end.
        var axis = yAxis(spec, series: series, top: canvas.maxX - 60, bottom: left, spacing: 90)
        var valueFormat = axis.format
        if valueFormat.magnitude != .unit || valueFormat.percent { valueFormat.decimals = max(valueFormat.decimals, 1) }
        let ends = Self.barEnds(series, stacked: stacked)
        let labelRoom = ends.map { measurer.measure(valueFormat.label($0), font: font).width }.max() ?? 0
        let right = canvas.maxX - labelRoom - 6
        guard right - left >= 40 else { throw ChartError.canvasTooSmall(width: width, height: height) }
        axis = yAxis(spec, series: series, top: right, bottom: left, spacing: 90)
        valueFormat = axis.format
        if valueFormat.magnitude != .unit || valueFormat.percent { valueFormat.decimals = max(valueFormat.decimals, 1) }
        let plot = Rect(x: left, y: plotTop, width: right - left, height: plotBottom - plotTop)

        var body: [SceneItem] = []
        for (value, label) in zip(axis.ticks, axis.labels) {
            let x = axis.map(value)
            let isZero = value == 0 && !axis.map.isLog
            body.append(.path(.polyline([Point(x: x, y: plot.minY), Point(x: x, y: plot.maxY)],
                                        stroke: Stroke(color: isZero ? theme.axisLine : theme.gridline, width: isZero ? 1 : 0.75),
                                        role: isZero ? "axis" : "gridline")))
            body.append(.text(TextItem(text: label, position: Point(x: x, y: plot.maxY + lh / 2 + 2), font: font,
                                       color: theme.mutedText, anchor: .middle, baseline: .top, role: "tick-label")))
        }
        if !axis.caption.isEmpty {
            body.append(.text(TextItem(text: layout.ellipsize(axis.caption, font: font, maxWidth: canvas.width),
                                       position: Point(x: canvas.minX, y: plot.minY - lh / 2 - 4), font: font,
                                       color: theme.mutedText, anchor: .start, baseline: .bottom, role: "axis-label")))
        }
        for (row, lines) in labelLines.enumerated() {
            let mid = plot.minY + (Double(row) + 0.5) * band
            let start = mid - Double(lines.count) * lh / 2
            for (j, line) in lines.enumerated() {
                body.append(.text(TextItem(text: line, position: Point(x: left - 8, y: start + Double(j) * lh), font: font,
                                           color: theme.text, anchor: .end, baseline: .top, role: "category-label")))
            }
        }
        let zero = axis.map.isLog ? plot.minX : min(max(axis.map(0), plot.minX), plot.maxX)
        let groups = stacked ? 1 : series.count
        let thickness = min(band * 0.72, 44)
        let each = thickness / Double(groups)
        var base = Array(repeating: (pos: 0.0, neg: 0.0), count: rowNames.count)
        var marks: [SceneItem] = [], labels: [SceneItem] = []
        for (j, s) in series.enumerated() {
            let context = PlotContext(rect: plot, x: axis.map, y: axis.map, xType: .band, theme: theme,
                                      language: spec.language, labelStyle: spec.y.labelStyle(), measurer: measurer,
                                  source: nfc(spec.source).flatMap { $0.isEmpty ? nil : PlotContext.sourceLine($0, language: spec.language) })
            let color = c(context, s)
            for row in rowNames.indices where s.y[row].isFinite {
                let v = s.y[row]
                let isOthers = hasOthers && row == rowNames.count - 1
                let from = stacked ? (v >= 0 ? base[row].pos : base[row].neg) : 0
                let to = from + v
                if stacked { if v >= 0 { base[row].pos = to } else { base[row].neg = to } }
                let x0 = stacked ? axis.map(from) : zero, x1 = axis.map(to)
                let top = plot.minY + Double(row) * band + (band - thickness) / 2 + Double(stacked ? 0 : j) * each
                let rect = Rect(x: min(x0, x1), y: top, width: max(0.5, abs(x1 - x0)), height: max(0.5, each - (groups > 1 ? 1 : 0)))
                let hollow = s.isHollow(row)
                let fill = isOthers && series.count == 1 ? theme.style(.context).color : color
                marks.append(.path(.rect(rect, fill: hollow ? fill.withAlpha(0.35) : fill, hatch: theme.fillHatch(s),
                                         stroke: hollow ? Stroke(color: fill, width: 1.25) : nil, role: "bar")
                                    .with(data: context.datum(s, row).map { [$0] })))
                let showValue = stacked ? j == series.count - 1 || series[(j + 1)...].allSatisfy { !$0.y[row].isFinite } : true
                if showValue, each >= lh * 0.8 || stacked {
                    let end = stacked ? base[row].pos + base[row].neg : v
                    let endX = stacked ? axis.map(end) : x1
                    let negative = end < 0
                    labels.append(.text(TextItem(text: valueFormat.label(end), position: Point(x: endX + (negative ? -4 : 4), y: top + (stacked ? thickness : each) / 2),
                                                 font: font, color: theme.text, anchor: negative ? .end : .start,
                                                 baseline: .middle, role: "value-label")))
                }
            }
        }
        body.append(.group(GroupItem(items: marks, clip: plot.insetBy(dx: -2, dy: -2), role: "plot")))
        body += labels
        let vi = spec.language == .vi
        var alt = (vi ? "Biểu đồ thanh ngang" : "Horizontal bar chart") + (spec.title.map { ": " + nfc($0) } ?? "") + ". "
        alt += (vi ? "Thứ tự: " : "In order: ") + rowNames.joined(separator: ", ") + "."
        return Scene(size: Size(width: width, height: height), background: theme.background,
                     items: body + items + footerItems, title: nfc(spec.title), description: nfc(spec.alt) ?? alt,
                     language: spec.language.rawValue)
    }

    private func c(_ context: PlotContext, _ s: SeriesData) -> Color { context.color(s) }

    /// Where each bar (or stack) ends, for the room its value label needs.
    static func barEnds(_ series: [SeriesData], stacked: Bool) -> [Double] {
        guard stacked, let first = series.first else { return series.flatMap(\.y).filter(\.isFinite) }
        return first.y.indices.map { row in series.map { $0.y[row] }.filter(\.isFinite).reduce(0, +) }
    }
}

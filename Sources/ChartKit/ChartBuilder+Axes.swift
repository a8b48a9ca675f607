import ChartScene
import Foundation

/// A laid-out y axis.
struct YAxisModel {
    var map: AxisMap
    var ticks: [Double]
    var format: AxisFormat
    var caption: String
    /// Row names of a row axis (`y.rows`), in place of formatted tick values.
    var names: [String]?
    /// The lines of each row name (two for a name wrapped to stay whole).
    var nameLines: [[String]]?
    var labels: [String] { names ?? ticks.map(format.label) }
    /// The lines of each tick's label, top to bottom.
    var labelLines: [[String]] { nameLines ?? labels.map { [$0] } }
    /// Values marked on the axis with their own labels (`y.marks`).
    var marks: [AxisMark] = []
}

/// A laid-out x axis: tick positions in domain units with their labels.
struct XAxisModel {
    var map: AxisMap
    var ticks: [(value: Double, label: String)]
    var caption: String?
    /// The lines of each tick's label (several for wrapped category labels).
    var tickLines: [[String]] = []
    /// Labels turned −90°, reading upwards.
    var rotated = false
    /// Height of the tick labels beyond one line.
    var extraHeight = 0.0
    /// Year starts marked across the plot (sub-annual axes).
    var boundaries: [Double] = []
}

extension ChartBuilder {
    /// The value axis from `bottom` (its low end, in px) to `top`, about one tick per `spacing` px.
    /// `headroom` px are kept free above the highest value (for value labels above bars).
    /// `footroom` lists values with the room (px) a label needs below them (callouts under negative bars):
    /// the axis goes low enough for it, so the label sits at the value instead of being pushed into the data.
    func yAxis(_ spec: ChartSpec, series: [SeriesData], top: Double, bottom: Double, spacing: Double = 60,
               headroom: Double = 0, footroom: [(value: Double, room: Double)] = []) -> YAxisModel {
        var model = valueAxis(spec, series: series, top: top, bottom: bottom, spacing: spacing, headroom: headroom, footroom: footroom)
        model.marks = (spec.y.marks ?? []).filter { $0.value.isFinite && !$0.label.isEmpty }
            .map { AxisMark(value: $0.value, label: nfc($0.label) as String, color: $0.color) }
        return model
    }

    private func valueAxis(_ spec: ChartSpec, series: [SeriesData], top: Double, bottom: Double, spacing: Double,
                           headroom: Double, footroom: [(value: Double, room: Double)]) -> YAxisModel {
        if let rows = spec.y.rows, !rows.isEmpty { return rowAxis(rows, spec: spec, top: top, bottom: bottom) }
        var extent = yExtent(spec, series: series)
        let length = abs(bottom - top)
        if headroom > 0, length > headroom * 2, extent.hi > 0, spec.y.log != true {
            let lo = extent.forceZero ? min(extent.lo, 0) : extent.lo
            extent.hi += (extent.hi - lo) * headroom / (length - headroom)
        }
        if spec.y.log != true {
            // (value − lo) / (hi − lo) ≥ room / length keeps `room` px under the value.
            let hi = extent.forceZero ? max(extent.hi, 0) : extent.hi
            for below in footroom where below.value.isFinite && below.value < hi && length > below.room * 2 {
                let k = below.room / length
                extent.lo = min(extent.lo, (below.value - k * hi) / (1 - k))
            }
        }
        let percent = spec.y.format == .percent
        let count = max(2, min(10, Int(abs(bottom - top) / spacing)))
        let map: AxisMap
        let ticks: [Double]
        var trimmed = false
        if spec.y.log == true {
            let positive = series.flatMap { $0.y + $0.low + $0.high }.filter { $0 > 0 }
            var scale = LogScale(domain: (positive.min() ?? 1)...(positive.max() ?? 10), range: (bottom, top))
            if let d = spec.y.domain, d.count == 2, d[0] > 0, d[1] > d[0] {
                scale = LogScale(domain: d[0]...d[1], range: (bottom, top))
            } else {
                scale = scale.niced(count: count + 2)
            }
            map = .log(scale); ticks = scale.ticks(count: count + 2); trimmed = true
        } else {
            var lo = extent.lo, hi = extent.hi
            if extent.forceZero { lo = min(lo, 0); hi = max(hi, 0) }
            if lo == hi { lo -= 1; hi += 1 }
            var scale = LinearScale(domain: lo...hi, range: (bottom, top))
            if let d = spec.y.domain, d.count == 2, d[0] < d[1] {
                scale = LinearScale(domain: d[0]...d[1], range: (bottom, top))
            } else {
                scale = scale.niced(count: count)
            }
            map = .linear(scale); ticks = scale.ticks(count: count)
        }
        var format = AxisFormat(ticks: ticks, percent: percent, scaleMagnitude: true, language: spec.language, logarithmic: trimmed)
        format.trimmed = trimmed
        let unitPart = format.unitCaption(unit: spec.y.unit)
        let title = nfc(spec.y.title) ?? ""
        // Without a title the unit starts the caption: "Billion USD", "Tỷ USD".
        let unitText = title.isEmpty ? unitPart.prefix(1).uppercased() + unitPart.dropFirst() : unitPart
        let caption = [title, unitText].filter { !$0.isEmpty }.joined(separator: ", ")
        return YAxisModel(map: map, ticks: ticks, format: format, caption: caption)
    }

    func xAxis(_ spec: ChartSpec, domain: ClosedRange<Double>, xType: XScaleType, categories: [String],
               categoryLabels: CategoryLabels?, left: Double, right: Double, theme: Theme,
               granularity: PeriodGranularity = .year) -> XAxisModel {
        let font = theme.axis
        let map: AxisMap = xType == .log
            ? .log(LogScale(domain: domain, range: (left, right)))
            : .linear(LinearScale(domain: domain, range: (left, right)))
        func fits(_ ticks: [(value: Double, label: String)]) -> Bool {
            let boxes = ticks.map { t -> (Double, Double) in
                let w = measurer.measure(t.label, font: font).width
                return (map(t.value) - w / 2, map(t.value) + w / 2)
            }
            return zip(boxes, boxes.dropFirst()).allSatisfy { $1.0 - $0.1 >= 10 }
        }
        var caption = nfc(spec.x.title)
        var ticks: [(value: Double, label: String)] = []
        switch xType {
        case .period:
            if granularity != .year,
               let sub = subAnnualAxis(domain: domain, granularity: granularity, language: spec.language, map: map, font: font) {
                var model = XAxisModel(map: map, ticks: sub.ticks, caption: caption)
                model.tickLines = sub.lines
                model.extraHeight = sub.lines.contains { $0.count > 1 } ? lineHeight(font) : 0
                model.boundaries = Self.yearBoundaries(domain)
                return model
            }
            let first = Int(floor(domain.lowerBound)), last = Int(floor(domain.upperBound - 0.5))
            let years = first <= last ? Array(first...last).filter { Double($0) + 0.5 >= domain.lowerBound } : []
            for step in [1, 2, 5, 10, 20, 50, 100, 200] {
                ticks = years.filter { $0 % step == 0 }.map { (Double($0) + 0.5, String($0)) }
                if fits(ticks) { break }
            }
        case .band:
            if let labels = categoryLabels {
                let band = (right - left) / Double(max(1, categories.count))
                let picked = categoryTicks(labels, bandWidth: band, font: font)
                var model = XAxisModel(map: map, ticks: picked.map { ($0.value, categories[Int($0.value)]) }, caption: caption)
                model.tickLines = picked.map(\.lines)
                model.rotated = labels.layout == .rotated
                model.extraHeight = labels.extraHeight
                return model
            }
        case .linear, .log:
            let percent = spec.x.format == .percent
            var count = max(2, Int((right - left) / 80))
            while true {
                let values: [Double]
                if case .log(let s) = map { values = s.ticks(count: count) } else { values = Ticks.values(domain.lowerBound, domain.upperBound, count: count) }
                var format = AxisFormat(ticks: values, percent: percent, scaleMagnitude: true, language: spec.language, logarithmic: xType == .log)
                format.trimmed = xType == .log
                ticks = values.map { ($0, format.label($0)) }
                let word = format.magnitude.word(spec.language)
                if !word.isEmpty { caption = [caption ?? "", word].filter { !$0.isEmpty }.joined(separator: ", ") }
                if fits(ticks) || count <= 2 || xType == .log { break }
                count -= 1
            }
        }
        return XAxisModel(map: map, ticks: ticks, caption: caption)
    }

    /// The widest label left of the plot: tick labels and the labels of marked values.
    func yLabelWidth(_ axis: YAxisModel, theme: Theme) -> Double {
        let ticks = axis.labelLines.flatMap { $0 }.map { measurer.measure($0, font: theme.axis).width }.max() ?? 0
        let marks = axis.marks.map { measurer.measure($0.label, font: Self.markFont(theme)).width + Self.markPointer + Self.markFan }.max() ?? 0
        return max(ticks, marks)
    }

    /// Width of the pointer of a marked value, between its label and the plot.
    static let markPointer = 7.0
    /// Room between the pointers and the column of mark labels, where the leaders of labels moved
    /// apart fan out to their own pointers (so close values, 3.5% and 3.6%, are told apart).
    static let markFan = 12.0
    static func markFont(_ theme: Theme) -> Font { Font(family: theme.axis.family, size: theme.axis.size, weight: .bold) }

    /// Marked values (`y.marks`) left of the plot: a pointer at the value, its label before it,
    /// labels moved apart (top to bottom) so no two meet, a short leader when a label had to move.
    func yAxisMarks(_ axis: YAxisModel, plot: Rect, theme: Theme) -> [SceneItem] {
        let font = Self.markFont(theme)
        let height = lineHeight(font)
        let placed = axis.marks.map { (mark: $0, y: axis.map($0.value)) }
            .filter { $0.y >= plot.minY - 0.5 && $0.y <= plot.maxY + 0.5 }
            .sorted { $0.y < $1.y }
        guard !placed.isEmpty else { return [] }
        // Spread downwards, then pull back up from the bottom so the last label stays by the plot.
        var ys = placed.map(\.y)
        for i in ys.indices.dropFirst() { ys[i] = max(ys[i], ys[i - 1] + height) }
        if let last = ys.indices.last, ys[last] > plot.maxY {
            ys[last] = plot.maxY
            for i in ys.indices.reversed().dropFirst() { ys[i] = min(ys[i], ys[i + 1] - height) }
        }
        var items: [SceneItem] = []
        let tip = plot.minX - 1, back = plot.minX - Self.markPointer
        // The labels' column, left of the fan; a label that kept its place is joined to its pointer by a
        // short level leader, a moved one by a slanted one, each to its own pointer.
        let column = back - Self.markFan
        for (entry, labelY) in zip(placed, ys) {
            let color = entry.mark.color.flatMap(Color.init(hexString:)) ?? theme.text
            let y = entry.y
            items.append(.path(PathItem(elements: [.move(Point(x: back, y: y - 4)), .line(Point(x: tip, y: y)),
                                                   .line(Point(x: back, y: y + 4)), .close],
                                        fill: color, role: "axis-mark")))
            items.append(.path(.polyline([Point(x: back, y: y), Point(x: column + 2, y: labelY)],
                                         stroke: Stroke(color: color, width: 1), role: "leader")))
            items.append(.text(TextItem(text: entry.mark.label, position: Point(x: column, y: labelY), font: font,
                                        color: color, anchor: .end, baseline: .middle, role: "axis-mark-label")))
        }
        return items
    }

    /// Gridlines, the zero line, y tick labels right-aligned left of the plot, and the caption above.
    /// Marked values come with their labels; a tick label that would meet one is left out.
    func yAxisItems(_ axis: YAxisModel, plot: Rect, theme: Theme, canvas: Rect) -> [SceneItem] {
        var items: [SceneItem] = []
        let font = theme.axis
        var hasZeroLine = false
        let marks = yAxisMarks(axis, plot: plot, theme: theme)
        let markBoxes = marks.compactMap { item -> Rect? in
            if case .text(let t) = item { return t.bounds(measurer: measurer).insetBy(dx: 0, dy: -1) }
            return nil
        }
        // The lines of a wrapped name a little closer than the rows, so each name reads as one.
        let lh = lineHeight(font) - 2
        for (value, lines) in zip(axis.ticks, axis.labelLines) {
            let y = axis.map(value)
            let isZero = value == 0 && !(axis.map.isLog) && axis.names == nil
            hasZeroLine = hasZeroLine || isZero
            items.append(.path(.polyline([Point(x: plot.minX, y: y), Point(x: plot.maxX, y: y)],
                                         stroke: Stroke(color: isZero ? theme.axisLine : theme.gridline, width: isZero ? 1 : 0.75),
                                         role: isZero ? "axis" : "gridline")))
            // A wrapped row name: its lines centred on the row.
            let ticks = lines.enumerated().map { j, line in
                TextItem(text: line, position: Point(x: plot.minX - 8, y: y + (Double(j) - Double(lines.count - 1) / 2) * lh), font: font,
                         color: theme.mutedText, anchor: .end, baseline: .middle, role: "tick-label")
            }
            if ticks.contains(where: { tick in markBoxes.contains { $0.intersects(tick.bounds(measurer: measurer)) } }) { continue }
            items += ticks.map { .text($0) }
        }
        items += marks
        if !hasZeroLine {
            items.append(.path(.polyline([Point(x: plot.minX, y: plot.maxY), Point(x: plot.maxX, y: plot.maxY)],
                                         stroke: Stroke(color: theme.axisLine, width: 1), role: "axis")))
        }
        if !axis.caption.isEmpty {
            let top = plot.minY - lineHeight(font) / 2 - 4
            let text = TextLayout(measurer: measurer).ellipsize(axis.caption, font: font, maxWidth: canvas.maxX - canvas.minX)
            items.append(.text(TextItem(text: text, position: Point(x: canvas.minX, y: top), font: font,
                                        color: theme.mutedText, anchor: .start, baseline: .bottom, role: "axis-label")))
        }
        return items
    }

    /// X tick labels below the plot, short tick marks, and the axis title under them.
    func xAxisItems(_ axis: XAxisModel, plot: Rect, theme: Theme) -> [SceneItem] {
        var items: [SceneItem] = []
        let font = theme.axis
        let top = plot.maxY + lineHeight(font) / 2 + 2
        let lh = lineHeight(font)
        for b in axis.boundaries {
            let x = axis.map(b)
            items.append(.path(.polyline([Point(x: x, y: plot.minY), Point(x: x, y: plot.maxY + lh + 4)],
                                         stroke: Stroke(color: theme.axisLine.withAlpha(0.45), width: 1), role: "year-boundary")))
        }
        for (k, t) in axis.ticks.enumerated() {
            let x = axis.map(t.value)
            items.append(.path(.polyline([Point(x: x, y: plot.maxY), Point(x: x, y: plot.maxY + 4)],
                                         stroke: Stroke(color: theme.axisLine, width: 1), role: "tick")))
            let lines = k < axis.tickLines.count ? axis.tickLines[k] : [t.label]
            for (j, line) in lines.enumerated() {
                let item = axis.rotated
                    ? TextItem(text: line, position: Point(x: x, y: plot.maxY + 6), font: font, color: theme.mutedText,
                               anchor: .end, baseline: .middle, rotation: -90, role: "tick-label")
                    : TextItem(text: line, position: Point(x: x, y: top + Double(j) * lh), font: font, color: theme.mutedText,
                               anchor: .middle, baseline: .top, role: "tick-label")
                items.append(.text(item))
            }
        }
        if let caption = axis.caption, !caption.isEmpty {
            items.append(.text(TextItem(text: caption, position: Point(x: (plot.minX + plot.maxX) / 2, y: top + lh + 2 + axis.extraHeight),
                                        font: font, color: theme.mutedText, anchor: .middle, baseline: .top, role: "axis-label")))
        }
        return items
    }
}

extension AxisMap {
    var isLog: Bool {
        if case .log = self { return true }
        return false
    }
}

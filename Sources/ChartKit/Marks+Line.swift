import ChartScene

/// Line mark: gaps at missing values, dashed segments for projections, dense input reduced to
/// the pixel grid before the path is emitted, markers (hollow for non-final values).
extension ChartBuilder {
    func lineItems(_ s: SeriesData, context c: PlotContext) -> [SceneItem] {
        let color = c.color(s)
        let width = c.theme.lineWidth(s)
        let styleDashed = s.style.dash == true || s.style.projection == true || s.layer.role?.isPath == true
        let solidDash = c.theme.lineDash(s)
        let projectionDash = c.theme.pathDash(s)
        var items: [SceneItem] = []
        let n = s.count
        var xs = [Double](repeating: 0, count: n), ys = [Double](repeating: .nan, count: n)
        for i in 0..<n where s.x[i].isFinite && s.y[i].isFinite {
            xs[i] = c.px(s.x[i]); ys[i] = c.py(s.y[i])
        }
        // Each value's datum once, on the first piece that draws it; none for a line reduced to the pixel grid.
        var described = -1
        func emit(_ range: Range<Int>, dashed: Bool) {
            guard range.count >= 2 else { return }
            let reduced = range.count > Int(c.rect.width) * 2
            let points = reduced
                ? PixelReducer.reduce(xs: xs[range], ys: ys[range])
                : range.map { Point(x: xs[$0], y: ys[$0]) }
            let stroke = Stroke(color: color, width: width, dash: dashed ? projectionDash : solidDash, cap: .round, join: .round)
            let data = reduced ? [] : range.filter { $0 > described }.compactMap { c.datum(s, $0, at: Point(x: xs[$0], y: ys[$0])) }
            described = max(described, range.upperBound - 1)
            items.append(.path(.polyline(points, stroke: stroke, role: "line").with(data: data.isEmpty ? nil : data)))
        }
        // Runs of consecutive finite values; inside a run, pieces of equal dashing.
        var i = 0
        while i < n {
            guard ys[i].isFinite else { i += 1; continue }
            var end = i
            while end + 1 < n, ys[end + 1].isFinite { end += 1 }
            if s.status.isEmpty {
                emit(i..<(end + 1), dashed: styleDashed)
            } else {
                var start = i
                while start < end {
                    let dashed = styleDashed || s.status[start + 1] == .projection
                    var stop = start + 1
                    while stop < end, (styleDashed || s.status[stop + 1] == .projection) == dashed { stop += 1 }
                    emit(start..<(stop + 1), dashed: dashed)
                    start = stop
                }
            }
            i = end + 1
        }
        if s.cutEnd, let last = (0..<n).last(where: { ys[$0].isFinite }),
           let previous = (0..<last).last(where: { ys[$0].isFinite }) {
            items.append(.path(Shapes.arrowhead(at: Point(x: xs[last], y: ys[last]), from: Point(x: xs[previous], y: ys[previous]),
                                                size: 5 + width * 1.5, fill: color, role: "cut-arrow")))
        }
        items += pointItems(s, context: c, always: s.style.markers ?? (n <= 24))
        items += rangeItems(s, context: c)
        return items
    }

    /// Direct labels right of each labelled line's last value, pushed apart (in order, by their
    /// heights) so they never overlap. A name wider than `maxWidth` is wrapped onto up to three
    /// lines; one that would still be cut is never shortened: its series goes to the legend. A label whose slot covers data (a
    /// projection that continues from the last value, another line, a callout) moves below,
    /// above or left of the point instead (or, for a line that ends early, into the column of the
    /// others' labels), wherever it covers least.
    /// Returns the labels and the series whose label found no room (or had to be shortened).
    func endLabels(_ series: [SeriesData], labelled: [Int], context c: PlotContext, maxWidth: Double,
                   area: Rect, placer: inout LabelPlacer) -> ([SceneItem], Set<Int>) {
        let font = c.theme.label
        let h = lineHeight(font)
        let layout = TextLayout(measurer: measurer)
        var labels: [(y: Double, x: Double, text: String, lines: [String], color: Color, point: Point, index: Int)] = []
        var cut = Set<Int>()
        for i in labelled {
            let s = series[i]
            guard let last = s.y.indices.last(where: { s.y[$0].isFinite && s.x[$0].isFinite }), let name = s.name else { continue }
            let p = Point(x: c.px(s.x[last]), y: c.py(s.y[last]))
            let text = layout.ellipsize(name, font: font, maxWidth: maxWidth)
            let lines = text == name ? [name] : layout.wrap(name, font: font, maxWidth: maxWidth, maxLines: 3)
            // A name three lines cannot hold is named in the legend instead (whole there, wrapped if need be).
            if text != name, lines.last?.hasSuffix("…") == true, !name.hasSuffix("…") { cut.insert(i) }
            labels.append((p.y, p.x + 8, text, lines, c.theme.textSafe(c.color(s).withAlpha(1)), p, i))
        }
        labels.sort { ($0.y, $0.text) < ($1.y, $1.text) }
        func gap(_ k: Int) -> Double { h * Double(labels[k - 1].lines.count + labels[k].lines.count) / 2 }
        for k in labels.indices.dropFirst() { labels[k].y = max(labels[k].y, labels[k - 1].y + gap(k)) }
        if let overflow = labels.last.map({ $0.y + h * Double($0.lines.count) / 2 - c.rect.maxY }), overflow > 0 {
            for k in labels.indices { labels[k].y -= overflow }
            for k in labels.indices.reversed().dropFirst() { labels[k].y = min(labels[k].y, labels[k + 1].y - gap(k + 1)) }
        }
        let right = labels.map(\.x).max() ?? 0
        var items: [SceneItem] = []
        var failed = cut
        for l in labels {
            let item = TextItem(text: l.text, position: Point(x: min(l.x, right), y: l.y), font: font, color: l.color,
                                anchor: .start, baseline: .middle, role: "end-label")
            let p = l.point
            // Last resort for a line that ends before the others: its label in their column,
            // clear of the lines that go on past its end.
            let column: [(Double, Double, TextAnchor, TextBaseline)] = l.x < right && right - l.x < c.rect.width * 0.1
                ? [(right, l.y, .start, .middle)] : []
            let around: [(Double, Double, TextAnchor, TextBaseline)] = [
                (p.x + 6, p.y + 6, .start, .top), (p.x + 6, p.y - 6, .start, .bottom),
                (p.x, p.y + 8, .middle, .top), (p.x, p.y - 8, .middle, .bottom),
                (p.x - 8, p.y - 6, .end, .bottom), (p.x - 8, p.y + 6, .end, .top),
                (p.x + 6, p.y + 14, .start, .top), (p.x - 8, p.y + 14, .end, .top),
            ] + column
            if l.lines.count > 1 {
                let spots = [(item.position.x, item.position.y, TextAnchor.start, TextBaseline.middle)] + around
                let blocks = spots.map { TextBlock(l.lines, like: item, at: Point(x: $0.0, y: $0.1), anchor: $0.2, baseline: $0.3, lineHeight: h) }
                if let block = placer.place(blocks: blocks, within: area) {
                    items += placer.withHalo(block)
                    continue
                }
            }
            let placed = placer.placed([item] + around.map { item.moved(to: Point(x: $0.0, y: $0.1), anchor: $0.2, baseline: $0.3) },
                                       within: area)
            // Shortened ("…") or left out: the series is named in the legend instead.
            let text = placed.compactMap { if case .text(let t) = $0 { return t.text } else { return nil } }.first
            if text != series[l.index].name { failed.insert(l.index) }
            items += placed
        }
        // When one label finds no room, the wrapped ones go to the legend with it: they take the most
        // room, and one legend naming the long names reads better than some ends labelled and some not.
        if !failed.isEmpty { failed.formUnion(labels.filter { $0.lines.count > 1 }.map(\.index)) }
        return (items, failed)
    }

    /// Each labelled band's name inside it near its right end (else just above or below it);
    /// returns the labels and the bands whose label found no room.
    func bandLayerLabels(_ series: [SeriesData], labelled: [Int], context c: PlotContext,
                         placer: inout LabelPlacer) -> ([SceneItem], Set<Int>) {
        var items: [SceneItem] = []
        var failed = Set<Int>()
        let font = c.theme.axis
        for i in labelled {
            let s = series[i]
            let rows = s.x.indices.filter { s.x[$0].isFinite && s.y[$0].isFinite && $0 < s.y2.count && s.y2[$0].isFinite }
            guard let name = s.name, let last = rows.last, let first = rows.first else { continue }
            let xs = rows.map { c.px(s.x[$0]) }, tops = rows.map { c.py(max(s.y[$0], s.y2[$0])) }, bottoms = rows.map { c.py(min(s.y[$0], s.y2[$0])) }
            let box = Rect(x: (xs.min() ?? 0), y: tops.min() ?? 0, width: (xs.max() ?? 0) - (xs.min() ?? 0),
                           height: (bottoms.max() ?? 0) - (tops.min() ?? 0))
            let right = c.px(s.x[last]) - 6, left = c.px(s.x[first]) + 6
            let top = c.py(max(s.y[last], s.y2[last])), bottom = c.py(min(s.y[last], s.y2[last]))
            let item = TextItem(text: name, position: Point(x: 0, y: 0), font: font, color: c.theme.textSafe(c.color(s).withAlpha(1)),
                                role: "band-label")
            let spots: [(Double, Double, TextAnchor, TextBaseline)] = [
                (right, top + 4, .end, .top), (right, bottom - 4, .end, .bottom), (right, (top + bottom) / 2, .end, .middle),
                (left, c.py(max(s.y[first], s.y2[first])) + 4, .start, .top),
                (right, top - 3, .end, .bottom), (right, bottom + 3, .end, .top),
            ]
            // A narrow band's label may reach left beyond it.
            let reach = max(0, measurer.measure(name, font: font).width + 12 - box.width)
            let area = Rect(x: box.minX - reach - 2, y: box.minY - lineHeight(font) - 6, width: box.width + reach + 4,
                            height: box.height + 2 * (lineHeight(font) + 6))
            let clipped = Rect(x: max(area.minX, c.rect.minX), y: max(area.minY, c.rect.minY),
                               width: min(area.maxX, c.rect.maxX) - max(area.minX, c.rect.minX),
                               height: min(area.maxY, c.rect.maxY) - max(area.minY, c.rect.minY))
            let placed = placer.placed(spots.map { item.moved(to: Point(x: $0.0, y: $0.1), anchor: $0.2, baseline: $0.3) }, within: clipped)
            let text = placed.compactMap { if case .text(let t) = $0 { return t.text } else { return nil } }.first
            if text != name { failed.insert(i) }
            items += placed
        }
        return (items, failed)
    }

    /// Point labels of text marks: above the point unless that covers data, else below, right or left.
    func pointLabels(_ texts: [TextItem], context c: PlotContext, placer: inout LabelPlacer) -> [SceneItem] {
        texts.flatMap { t -> [SceneItem] in
            let p = Point(x: t.position.x, y: t.position.y + 6)
            let spots: [(Double, Double, TextAnchor, TextBaseline)] = [
                (p.x, p.y + 6, .middle, .top), (p.x + 8, p.y, .start, .middle), (p.x - 8, p.y, .end, .middle),
            ]
            return placer.placed([t] + spots.map { t.moved(to: Point(x: $0.0, y: $0.1), anchor: $0.2, baseline: $0.3) },
                                 within: c.rect.insetBy(dx: -6, dy: -6))
        }
    }
}

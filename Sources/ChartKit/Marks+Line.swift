import ChartScene

/// Line mark: gaps at missing values, dashed segments for projections, dense input reduced to
/// the pixel grid before the path is emitted, markers (hollow for non-final values).
extension ChartBuilder {
    func lineItems(_ s: SeriesData, context c: PlotContext) -> [SceneItem] {
        let color = c.color(s)
        let width = s.style.width ?? c.theme.lineWidth
        let styleDashed = s.style.dash == true || s.style.projection == true
        let solidDash = styleDashed ? [6.0, 4] : c.theme.dash(s.slot)
        let projectionDash = [6.0, 4]
        var items: [SceneItem] = []
        let n = s.count
        var xs = [Double](repeating: 0, count: n), ys = [Double](repeating: .nan, count: n)
        for i in 0..<n where s.x[i].isFinite && s.y[i].isFinite {
            xs[i] = c.px(s.x[i]); ys[i] = c.py(s.y[i])
        }
        func emit(_ range: Range<Int>, dashed: Bool) {
            guard range.count >= 2 else { return }
            let points = range.count > Int(c.rect.width) * 2
                ? PixelReducer.reduce(xs: xs[range], ys: ys[range])
                : range.map { Point(x: xs[$0], y: ys[$0]) }
            let stroke = Stroke(color: color, width: width, dash: dashed ? projectionDash : solidDash, cap: .round, join: .round)
            items.append(.path(.polyline(points, stroke: stroke, role: "line")))
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
        items += pointItems(s, context: c, always: s.style.markers ?? (n <= 24))
        items += rangeItems(s, context: c)
        return items
    }

    /// Direct labels right of each labelled line's last value, pushed apart so they never overlap.
    func endLabels(_ series: [SeriesData], labelled: [Int], context c: PlotContext) -> [SceneItem] {
        let font = c.theme.label
        let h = lineHeight(font)
        var labels: [(y: Double, x: Double, text: String, color: Color)] = []
        for i in labelled {
            let s = series[i]
            guard let last = s.y.indices.last(where: { s.y[$0].isFinite && s.x[$0].isFinite }), let name = s.name else { continue }
            labels.append((c.py(s.y[last]), c.px(s.x[last]) + 8, name, c.color(s).withAlpha(1)))
        }
        labels.sort { ($0.y, $0.text) < ($1.y, $1.text) }
        for k in labels.indices.dropFirst() { labels[k].y = max(labels[k].y, labels[k - 1].y + h) }
        if let overflow = labels.last.map({ $0.y + h / 2 - c.rect.maxY }), overflow > 0 {
            for k in labels.indices { labels[k].y -= overflow }
            for k in labels.indices.reversed().dropFirst() { labels[k].y = min(labels[k].y, labels[k + 1].y - h) }
        }
        let right = labels.map(\.x).max() ?? 0
        return labels.map { l in
            .text(TextItem(text: l.text, position: Point(x: min(l.x, right), y: l.y), font: font, color: l.color,
                           anchor: .start, baseline: .middle, role: "end-label"))
        }
    }
}

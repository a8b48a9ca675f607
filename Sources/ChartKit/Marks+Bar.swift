import ChartScene

/// Bars (single, grouped, stacked, negatives) and areas (single or stacked).
extension ChartBuilder {
    /// The widest a bar is drawn, in scene units (px at 96 dpi: 2.1 cm).
    static let widestBar = 80.0

    func barItems(_ series: [SeriesData], stacked: Bool, context c: PlotContext) -> [SceneItem] {
        guard !series.isEmpty else { return [] }
        let stacks = stacked ? Stacking.stack(series) : []
        let gap = Self.minimumGap(series)
        let groups = stacked ? 1 : series.count
        var items: [SceneItem] = []
        for (j, s) in series.enumerated() {
            let color = c.color(s)
            for i in 0..<s.count where s.y[i].isFinite && s.x[i].isFinite {
                let (lo, hi) = s.xLo.isEmpty ? (s.x[i] - gap / 2, s.x[i] + gap / 2) : (s.xLo[i], s.xHi[i])
                let a = min(c.px(lo), c.px(hi)), b = max(c.px(lo), c.px(hi))
                let full = c.xType == .period && s.isPartial(i) ? c.pixelsPerUnit : b - a
                let pad = min(0.15 * full, 0.3 * (b - a))
                // A bar is at most `widestBar` wide, centred in its slot: one or two categories do not
                // stretch into slabs across the plot.
                let slot = (b - a - 2 * pad) / Double(groups)
                let w = min(slot, Self.widestBar)
                let inset = (slot - w) * Double(groups) / 2
                let left = a + pad + inset + Double(stacked ? 0 : j) * w
                let (base, top) = stacked ? stacks[j][i] : (0, s.y[i])
                let y0 = stacked ? c.py(base) : c.baseline, y1 = c.py(top)
                let rect = Rect(x: left, y: min(y0, y1), width: max(0.5, w - (groups > 1 ? 1 : 0)), height: abs(y1 - y0))
                let hollow = s.isHollow(i)
                let partial = s.isPartial(i)
                let fill = hollow ? color.withAlpha(0.35) : color
                let hatch = partial ? Hatch(color: color, spacing: 5, angle: 45, lineWidth: 1) : c.theme.fillHatch(s)
                let stroke = hollow ? Stroke(color: color, width: 1.25) : nil
                items.append(.path(.rect(rect, fill: fill, hatch: hatch, stroke: stroke, role: "bar")
                    .with(data: c.datum(s, i).map { [$0] })))
                if case let bound = s.qualifierAt(i), bound == .atLeast || bound == .atMost {
                    // The caret points the way the value may lie: up for "at least", down for "at most".
                    // When that lengthens the bar (a lower bound above zero, an upper bound below it) it sits
                    // on the bar's end; when it shortens it (an upper bound above zero, a lower bound below),
                    // it stands beyond the end pointing back at it.
                    let size = 4.0, up = bound == .atLeast
                    let lengthens = up == (top >= 0)
                    let outward = top >= 0 ? -1.0 : 1.0
                    let tip = Point(x: rect.minX + rect.width / 2, y: y1 + outward * 2)
                    let at = lengthens ? tip : Point(x: tip.x, y: tip.y + outward * size * 2.2)
                    items.append(.path(Shapes.caret(at: at, up: up, size: size,
                                                    stroke: Stroke(color: color, width: 1.5, cap: .round, join: .round), role: "bound")))
                }
            }
            items += rangeItems(s, context: c)
        }
        return items
    }

    func areaItems(_ series: [SeriesData], stacked: Bool, context c: PlotContext) -> [SceneItem] {
        let stacks = stacked ? Stacking.stack(series) : []
        var items: [SceneItem] = []
        for (j, s) in series.enumerated() {
            let color = c.color(s)
            var run: [Int] = []
            func flush() {
                defer { run = [] }
                guard run.count >= 2 else { return }
                let tops = run.map { i in Point(x: c.px(s.x[i]), y: c.py(stacked ? stacks[j][i].top : s.y[i])) }
                let bases = run.reversed().map { i in
                    Point(x: c.px(s.x[i]), y: stacked ? c.py(stacks[j][i].base) : c.baseline)
                }
                let fill = color.withAlpha(c.theme.fillOpacity(s, fallback: stacked ? 0.85 : 0.25))
                let data = zip(run, tops).compactMap { i, p in c.datum(s, i, at: p) }
                items.append(.path(Shapes.polygon(tops + bases, fill: fill, hatch: c.theme.fillHatch(s), role: "area")
                    .with(data: data.isEmpty ? nil : data)))
                items.append(.path(.polyline(tops, stroke: Stroke(color: color.withAlpha(1), width: stacked ? 1 : c.theme.lineWidth(s),
                                                                  dash: c.theme.lineDash(s), join: .round), role: "area-line")))
            }
            for i in 0..<s.count {
                if s.y[i].isFinite, s.x[i].isFinite { run.append(i) } else { flush() }
            }
            flush()
        }
        return items
    }
}

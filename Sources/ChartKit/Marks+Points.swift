import NumberText
import ChartScene

/// Points, range bars, rules, bands between series and text labels.
extension ChartBuilder {
    /// Markers: filled for final values, hollow for estimates, preliminary, approximate and
    /// part-year values (part-years also get a thin span line), carets for bounds. With
    /// `always` false only the non-final values are marked.
    func pointItems(_ s: SeriesData, context c: PlotContext, always: Bool) -> [SceneItem] {
        let color = c.color(s)
        let r = s.layer.mark == .point || s.layer.mark == .range ? 4.5 : 3.75
        var items: [SceneItem] = []
        for i in 0..<s.count where s.y[i].isFinite && s.x[i].isFinite {
            let hollow = s.isHollow(i)
            let q = s.qualifierAt(i)
            guard always || hollow || q == .atLeast || q == .atMost else { continue }
            let p = Point(x: c.px(s.x[i]), y: c.py(s.y[i]))
            if s.isPartial(i) {
                items.append(.path(.polyline([Point(x: c.px(s.xLo[i]), y: p.y), Point(x: c.px(s.xHi[i]), y: p.y)],
                                             stroke: Stroke(color: color, width: 1.25), role: "span")))
            }
            let data = c.datum(s, i).map { [$0] }
            if hollow {
                items.append(.path(Shapes.circle(center: p, radius: r, fill: c.theme.background,
                                                 stroke: Stroke(color: color, width: 1.75), role: "point-hollow").with(data: data)))
            } else {
                items.append(.path(Shapes.circle(center: p, radius: r, fill: color, stroke: nil, role: "point").with(data: data)))
            }
            if q == .atLeast || q == .atMost {
                let edge = Point(x: p.x, y: p.y + (q == .atLeast ? -r - 1 : r + 1))
                items.append(.path(Shapes.caret(at: edge, up: q == .atLeast, size: 3.5,
                                                stroke: Stroke(color: color, width: 1.5, cap: .round, join: .round), role: "bound")))
            }
        }
        return items
    }

    /// Vertical bars from `low` to `high` with short caps, where both are present.
    func rangeItems(_ s: SeriesData, context c: PlotContext) -> [SceneItem] {
        guard !s.low.isEmpty, !s.high.isEmpty else { return [] }
        let stroke = Stroke(color: c.color(s), width: 1.5, cap: .butt)
        var items: [SceneItem] = []
        for i in 0..<s.count where s.low[i].isFinite && s.high[i].isFinite && s.x[i].isFinite {
            let x = c.px(s.x[i]), y0 = c.py(s.low[i]), y1 = c.py(s.high[i])
            items.append(.path(PathItem(elements: [
                .move(Point(x: x, y: y0)), .line(Point(x: x, y: y1)),
                .move(Point(x: x - 4, y: y0)), .line(Point(x: x + 4, y: y0)),
                .move(Point(x: x - 4, y: y1)), .line(Point(x: x + 4, y: y1)),
            ], stroke: stroke, role: "range", data: c.datum(s, i).map { [$0] })))
        }
        return items
    }

    /// A translucent band between `y` and `y2` along x.
    func bandItems(_ s: SeriesData, context c: PlotContext) -> [SceneItem] {
        var items: [SceneItem] = []
        var run: [Int] = []
        func flush() {
            if run.count >= 2 {
                let upper = run.map { Point(x: c.px(s.x[$0]), y: c.py(s.y2[$0])) }
                let lower = run.reversed().map { Point(x: c.px(s.x[$0]), y: c.py(s.y[$0])) }
                let fill = c.color(s).withAlpha(c.theme.fillOpacity(s, fallback: 0.2))
                let data = run.compactMap { i in
                    c.datum(s, i, value: "\(c.format(min(s.y[i], s.y2[i])))–\(c.format(max(s.y[i], s.y2[i])))",
                            at: Point(x: c.px(s.x[i]), y: c.py(s.y2[i])))
                }
                items.append(.path(Shapes.polygon(upper + lower, fill: fill, hatch: c.theme.fillHatch(s), role: "band")
                    .with(data: data.isEmpty ? nil : data)))
            }
            run = []
        }
        for i in 0..<s.count {
            if s.y[i].isFinite, s.y2[i].isFinite, s.x[i].isFinite { run.append(i) } else { flush() }
        }
        flush()
        return items
    }

    /// A horizontal line across the plot at each row's `y`.
    func ruleItems(_ s: SeriesData, context c: PlotContext) -> [SceneItem] {
        let dash = c.theme.lineDash(s)
        return s.y.indices.filter { s.y[$0].isFinite }.map { i in
            .path(.polyline([Point(x: c.rect.minX, y: c.py(s.y[i])), Point(x: c.rect.maxX, y: c.py(s.y[i]))],
                            stroke: Stroke(color: c.color(s), width: s.style.width ?? 1.5, dash: dash), role: "rule")
                .with(data: c.datum(s, i).map { [$0] }))
        }
    }

    /// Text from the `label` column above each point (the formatted value when there is no label).
    func textItems(_ s: SeriesData, context c: PlotContext) -> [SceneItem] {
        (0..<s.count).compactMap { i in
            guard s.y[i].isFinite, s.x[i].isFinite else { return nil }
            let text = s.label.isEmpty ? ValueFormat.format(s.y[i], locale: c.language, style: c.labelStyle) : s.label[i]
            guard !text.isEmpty else { return nil }
            return .text(TextItem(text: text, position: Point(x: c.px(s.x[i]), y: c.py(s.y[i]) - 6), font: c.theme.axis,
                                  color: c.theme.text, anchor: .middle, baseline: .bottom, role: "label"))
        }
    }
}

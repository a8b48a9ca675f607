import ChartScene

/// Callouts with leader lines, reference/target rules and target bands.
extension ChartBuilder {
    /// The x position (domain units) of an annotation's x cell: start, middle or end of its span.
    private func xValue(_ cell: Cell?, _ c: PlotContext, _ categories: [String], part: Int) -> Double? {
        guard let cell else { return nil }
        var cats = categories
        guard let span = Self.xSpan(cell.text, type: c.xType, categories: &cats), cats.count == categories.count else { return nil }
        return [span.0, span.1, span.2][part]
    }

    /// Translucent bands behind the data, labelled inside their top-left corner.
    func annotationBands(_ spec: ChartSpec, context c: PlotContext, categories: [String]) -> [SceneItem] {
        var items: [SceneItem] = []
        for a in spec.annotations where a.type == .band {
            guard let y0 = a.y0, let y1 = a.y1 else { continue }
            let xa = xValue(a.x0, c, categories, part: 0).map(c.px) ?? c.rect.minX
            let xb = xValue(a.x1, c, categories, part: 2).map(c.px) ?? c.rect.maxX
            let left = max(c.rect.minX, min(xa, xb)), right = min(c.rect.maxX, max(xa, xb))
            let top = max(c.rect.minY, min(c.py(y0), c.py(y1))), bottom = min(c.rect.maxY, max(c.py(y0), c.py(y1)))
            guard right > left, bottom > top else { continue }
            let accent = c.theme.color(2)
            let rect = Rect(x: left, y: top, width: right - left, height: bottom - top)
            let hatch = c.theme.name == .print ? Hatch(color: c.theme.mutedText, spacing: 6, angle: 45, lineWidth: 0.6) : nil
            items.append(.path(.rect(rect, fill: accent.withAlpha(0.14), hatch: hatch, role: "band")))
            if let label = nfc(a.label ?? a.text), !label.isEmpty {
                let text = TextLayout(measurer: measurer).ellipsize(label, font: c.theme.axis, maxWidth: max(rect.width - 12, 12))
                items.append(.text(TextItem(text: text, position: Point(x: left + 6, y: top + 4), font: c.theme.axis,
                                            color: c.theme.text, anchor: .start, baseline: .top, role: "band-label")))
            }
        }
        return items
    }

    /// Dashed reference lines over the data, labelled at their right end (or top for x rules).
    func annotationRules(_ spec: ChartSpec, context c: PlotContext, categories: [String]) -> [SceneItem] {
        var items: [SceneItem] = []
        let stroke = Stroke(color: c.theme.text.withAlpha(0.75), width: 1.25, dash: [5, 3])
        for a in spec.annotations where a.type == .rule {
            let label = nfc(a.label ?? a.text) ?? ""
            if let y = a.y {
                let py = c.py(y)
                guard py >= c.rect.minY - 0.5, py <= c.rect.maxY + 0.5 else { continue }
                items.append(.path(.polyline([Point(x: c.rect.minX, y: py), Point(x: c.rect.maxX, y: py)], stroke: stroke, role: "rule")))
                if !label.isEmpty {
                    items.append(.text(TextItem(text: label, position: Point(x: c.rect.maxX - 2, y: py - 3), font: c.theme.axis,
                                                color: c.theme.text, anchor: .end, baseline: .bottom, role: "rule-label")))
                }
            } else if let x = xValue(a.x, c, categories, part: 1) {
                let px = c.px(x)
                guard px >= c.rect.minX - 0.5, px <= c.rect.maxX + 0.5 else { continue }
                items.append(.path(.polyline([Point(x: px, y: c.rect.minY), Point(x: px, y: c.rect.maxY)], stroke: stroke, role: "rule")))
                if !label.isEmpty {
                    items.append(.text(TextItem(text: label, position: Point(x: px + 4, y: c.rect.minY + 2), font: c.theme.axis,
                                                color: c.theme.text, anchor: .start, baseline: .top, role: "rule-label")))
                }
            }
        }
        return items
    }

    /// Callout text offset by (`dx`, `dy`) from its point, kept inside the plot, with a leader line.
    func callouts(_ spec: ChartSpec, context c: PlotContext, categories: [String]) -> [SceneItem] {
        var items: [SceneItem] = []
        for a in spec.annotations where a.type == .callout {
            guard let y = a.y, let x = xValue(a.x, c, categories, part: 1), let raw = nfc(a.text ?? a.label), !raw.isEmpty else { continue }
            let p = Point(x: c.px(x), y: c.py(y))
            let dx = a.dx ?? 0, dy = a.dy ?? -32
            let text = TextLayout(measurer: measurer).ellipsize(raw, font: c.theme.label, maxWidth: c.rect.width)
            var item = TextItem(text: text, position: Point(x: p.x + dx, y: p.y + dy), font: c.theme.label, color: c.theme.text,
                                anchor: dx > 8 ? .start : dx < -8 ? .end : .middle, baseline: dy < 0 ? .bottom : .top, role: "callout")
            var box = item.bounds(measurer: measurer)
            let shiftX = max(0, c.rect.minX - box.minX) - max(0, box.maxX - c.rect.maxX)
            let shiftY = max(0, c.rect.minY - box.minY) - max(0, box.maxY - c.rect.maxY)
            item.position = Point(x: item.position.x + shiftX, y: item.position.y + shiftY)
            box = item.bounds(measurer: measurer)
            let target = Point(x: min(max(p.x, box.minX - 3), box.maxX + 3), y: min(max(p.y, box.minY - 3), box.maxY + 3))
            let distance = ((target.x - p.x) * (target.x - p.x) + (target.y - p.y) * (target.y - p.y)).squareRoot()
            if distance > 10 {
                let start = Point(x: p.x + (target.x - p.x) * 5 / distance, y: p.y + (target.y - p.y) * 5 / distance)
                items.append(.path(.polyline([start, target], stroke: Stroke(color: c.theme.mutedText, width: 1), role: "leader")))
            }
            items.append(.text(item))
        }
        return items
    }

    /// "Line chart: <title>. Series: a, b. From 2010 to 2025." (in the chart's language).
    func defaultAlt(_ spec: ChartSpec, series: [SeriesData], xAxis: XAxisModel) -> String {
        let vi = spec.language == .vi
        let kind: String
        switch spec.layers.first?.mark {
        case .line: kind = vi ? "Biểu đồ đường" : "Line chart"
        case .bar: kind = vi ? "Biểu đồ cột" : "Bar chart"
        case .area: kind = vi ? "Biểu đồ vùng" : "Area chart"
        default: kind = vi ? "Biểu đồ" : "Chart"
        }
        var parts = [kind + (spec.title.map { ": " + nfc($0) } ?? "") + "."]
        let names = series.compactMap(\.name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !names.isEmpty { parts.append((vi ? "Chuỗi: " : "Series: ") + names.joined(separator: ", ") + ".") }
        if let first = xAxis.ticks.first?.label, let last = xAxis.ticks.last?.label, first != last {
            parts.append(vi ? "Từ \(first) đến \(last)." : "From \(first) to \(last).")
        }
        return parts.joined(separator: " ")
    }
}

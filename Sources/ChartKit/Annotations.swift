import ChartScene

/// Callouts with leader lines, reference/target rules and target bands.
extension ChartBuilder {
    /// The x position (domain units) of an annotation's x cell: start, middle or end of its span.
    func xValue(_ cell: Cell?, _ c: PlotContext, _ categories: [String], part: Int) -> Double? {
        guard let cell else { return nil }
        var cats = categories
        guard let span = Self.xSpan(cell.text, type: c.xType, categories: &cats), cats.count == categories.count else { return nil }
        return [span.0, span.1, span.2][part]
    }

    /// The pixel rect of a band annotation, clipped to the plot; nil when empty or off the plot.
    private func bandRect(_ a: Annotation, _ c: PlotContext, _ categories: [String]) -> Rect? {
        guard let y0 = a.y0, let y1 = a.y1 else { return nil }
        let xa = xValue(a.x0, c, categories, part: 0).map(c.px) ?? c.rect.minX
        let xb = xValue(a.x1, c, categories, part: 2).map(c.px) ?? c.rect.maxX
        let left = max(c.rect.minX, min(xa, xb)), right = min(c.rect.maxX, max(xa, xb))
        let top = max(c.rect.minY, min(c.py(y0), c.py(y1))), bottom = min(c.rect.maxY, max(c.py(y0), c.py(y1)))
        guard right > left, bottom > top else { return nil }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Translucent bands behind the data (their labels come later, over the data: `bandLabels`).
    func annotationBands(_ spec: ChartSpec, context c: PlotContext, categories: [String]) -> [SceneItem] {
        spec.annotations.filter { $0.type == .band }.compactMap { a in
            guard let rect = bandRect(a, c, categories) else { return nil }
            let style = c.theme.style(a.role ?? .goal)
            let opacity = style.fillOpacity < 1 ? style.fillOpacity : 0.16
            return .path(.rect(rect, fill: style.color.withAlpha(opacity), hatch: style.hatch, role: "band"))
        }
    }

    /// Band labels inside a corner of their band: top-left unless that covers data.
    func bandLabels(_ spec: ChartSpec, context c: PlotContext, categories: [String], placer: inout LabelPlacer) -> [SceneItem] {
        var items: [SceneItem] = []
        for a in spec.annotations where a.type == .band {
            guard let rect = bandRect(a, c, categories), let label = nfc(a.label ?? a.text), !label.isEmpty else { continue }
            let text = TextLayout(measurer: measurer).ellipsize(label, font: c.theme.axis, maxWidth: max(rect.width - 12, 12))
            let item = TextItem(text: text, position: .init(x: 0, y: 0), font: c.theme.axis, color: c.theme.text, role: "band-label")
            // Inside a corner first; a band too thin for its label gets it across its middle,
            // then just above or below it (still inside the plot).
            let corners: [(Double, Double, TextAnchor, TextBaseline)] = [
                (rect.minX + 6, rect.minY + 4, .start, .top), (rect.maxX - 6, rect.minY + 4, .end, .top),
                (rect.minX + 6, rect.maxY - 4, .start, .bottom), (rect.maxX - 6, rect.maxY - 4, .end, .bottom),
                (rect.maxX - 6, rect.midY, .end, .middle), (rect.minX + 6, rect.midY, .start, .middle),
                (rect.maxX - 6, rect.minY - 3, .end, .bottom), (rect.minX + 6, rect.minY - 3, .start, .bottom),
                (rect.maxX - 6, rect.maxY + 3, .end, .top), (rect.minX + 6, rect.maxY + 3, .start, .top),
            ]
            let reach = item.bounds(measurer: measurer).height + 6
            let area = rect.insetBy(dx: -1, dy: -reach)
            let inPlot = Rect(x: area.minX, y: max(area.minY, c.rect.minY), width: area.width,
                              height: min(area.maxY, c.rect.maxY) - max(area.minY, c.rect.minY))
            items += placer.placed(corners.map { item.moved(to: Point(x: $0.0, y: $0.1), anchor: $0.2, baseline: $0.3) },
                                   within: inPlot)
        }
        return items
    }

    /// Dashed reference lines over the data (their labels come later: `ruleLabels`).
    func annotationRules(_ spec: ChartSpec, context c: PlotContext, categories: [String]) -> [SceneItem] {
        return spec.annotations.filter { $0.type == .rule }.compactMap { a in
            let stroke = a.role.map { role -> Stroke in
                let style = c.theme.style(role)
                return Stroke(color: style.color, width: min(style.width, 1.75), dash: style.dash)
            } ?? Stroke(color: c.theme.text.withAlpha(0.6), width: 1.25)
            if let y = a.y {
                let py = c.py(y)
                guard py >= c.rect.minY - 0.5, py <= c.rect.maxY + 0.5 else { return nil }
                return .path(.polyline([Point(x: c.rect.minX, y: py), Point(x: c.rect.maxX, y: py)], stroke: stroke, role: "rule"))
            } else if let x = xValue(a.x, c, categories, part: 1) {
                let px = c.px(x)
                guard px >= c.rect.minX - 0.5, px <= c.rect.maxX + 0.5 else { return nil }
                return .path(.polyline([Point(x: px, y: c.rect.minY), Point(x: px, y: c.rect.maxY)], stroke: stroke, role: "rule"))
            }
            return nil
        }
    }

    /// Rule labels where they cover the least data: at the right or left end, above or below a
    /// horizontal rule (else slid along it); at the top or bottom, right or left of a vertical one.
    func ruleLabels(_ spec: ChartSpec, context c: PlotContext, categories: [String], placer: inout LabelPlacer) -> [SceneItem] {
        var items: [SceneItem] = []
        let r = c.rect
        for a in spec.annotations where a.type == .rule {
            guard let raw = nfc(a.label ?? a.text), !raw.isEmpty else { continue }
            let text = TextLayout(measurer: measurer).ellipsize(raw, font: c.theme.axis, maxWidth: max(r.width - 8, 12))
            let item = TextItem(text: text, position: .init(x: 0, y: 0), font: c.theme.axis, color: c.theme.text, role: "rule-label")
            var spots: [(Double, Double, TextAnchor, TextBaseline)] = []
            if let y = a.y {
                let py = c.py(y)
                guard py >= r.minY - 0.5, py <= r.maxY + 0.5 else { continue }
                for (dy, baseline) in [(-3.0, TextBaseline.bottom), (3, .top)] {
                    spots += [(r.maxX - 4, py + dy, .end, baseline), (r.minX + 4, py + dy, .start, baseline)]
                }
                for (dy, baseline) in [(-3.0, TextBaseline.bottom), (3, .top)] {
                    spots += (1...9).map { (r.minX + r.width * Double($0) / 10, py + dy, .middle, baseline) }
                }
            } else if let x = xValue(a.x, c, categories, part: 1) {
                let px = c.px(x)
                guard px >= r.minX - 0.5, px <= r.maxX + 0.5 else { continue }
                spots = [(px + 4, r.minY + 2, .start, .top), (px - 4, r.minY + 2, .end, .top),
                         (px + 4, r.maxY - 2, .start, .bottom), (px - 4, r.maxY - 2, .end, .bottom)]
            } else {
                continue
            }
            // Whole on one line; else wrapped onto two (at most 60% of the plot wide) at the same spots; only then shortened.
            let singles = spots.map { item.moved(to: Point(x: $0.0, y: $0.1), anchor: $0.2, baseline: $0.3) }
            if let placed = placer.place(singles, within: r, shorten: false) {
                items += placer.withHalo(placed)
                continue
            }
            let layout = TextLayout(measurer: measurer)
            let lines = layout.wrap(raw, font: c.theme.axis, maxWidth: max(r.width * 0.6, 12), maxLines: 2)
            if lines.count == 2, lines.last?.hasSuffix("…") != true {
                let blocks = spots.map { TextBlock(lines, like: item, at: Point(x: $0.0, y: $0.1), anchor: $0.2, baseline: $0.3,
                                                   lineHeight: lineHeight(c.theme.axis)) }
                if let block = placer.place(blocks: blocks, within: r) {
                    items += placer.withHalo(block)
                    continue
                }
            }
            items += placer.placed(singles, within: r)
        }
        return items
    }

    /// Callout text offset by (`dx`, `dy`) from its point (mirrored when that covers data), kept
    /// inside the plot, with a leader line; when the offset makes it cross a reference line in
    /// `rules`, it tries 0.6 of the offset too. Text wider than `calloutShare` of the plot is
    /// wrapped (up to 3 lines) so that on a narrow chart it does not cross the plot. Returns the
    /// leaders and the labels separately.
    func callouts(_ spec: ChartSpec, context c: PlotContext, categories: [String], rules: [SceneItem] = [],
                  placer: inout LabelPlacer) -> (leaders: [SceneItem], labels: [SceneItem]) {
        var leaders: [SceneItem] = [], labels: [SceneItem] = []
        let marksOnly = placer.obstacles
        placer.obstacles.add(marks: rules)
        defer {
            placer.obstacles = marksOnly
            placer.obstacles.add(marks: leaders)
        }
        let layout = TextLayout(measurer: measurer)
        let font = c.theme.label, lh = lineHeight(font)
        for a in spec.annotations where a.type == .callout {
            guard let y = a.y, let x = xValue(a.x, c, categories, part: 1), let raw = nfc(a.text ?? a.label), !raw.isEmpty else { continue }
            let p = Point(x: c.px(x), y: c.py(y))
            let text = layout.ellipsize(raw, font: font, maxWidth: c.rect.width)
            let dx = a.dx ?? 0, dy = a.dy ?? -32
            let offsets = [(dx, dy), (dx, dy * 0.6), (-dx, dy), (dx, -dy), (-dx, -dy)]
            let lines = layout.width(raw, font) > c.rect.width * Self.calloutShare
                ? layout.wrap(raw, font: font, maxWidth: c.rect.width * Self.calloutShare, maxLines: 3) : [text]
            let area = c.rect.insetBy(dx: -1, dy: -1)
            func inPlot(_ box: Rect) -> (Double, Double) {
                (max(0, c.rect.minX - box.minX) - max(0, box.maxX - c.rect.maxX), max(0, c.rect.minY - box.minY) - max(0, box.maxY - c.rect.maxY))
            }
            let singles = offsets.map { dx, dy in
                var item = TextItem(text: text, position: Point(x: p.x + dx, y: p.y + dy), font: font, color: c.theme.text,
                                    anchor: dx > 8 ? .start : dx < -8 ? .end : .middle, baseline: dy < 0 ? .bottom : .top, role: "callout")
                let (shiftX, shiftY) = inPlot(item.bounds(measurer: measurer))
                item.position = Point(x: item.position.x + shiftX, y: item.position.y + shiftY)
                return item
            }
            let blocks: [TextBlock] = lines.count < 2 ? [] : offsets.map { dx, dy -> TextBlock in
                let block = TextBlock(lines, like: singles[0], at: Point(x: p.x + dx, y: p.y + dy),
                                      anchor: dx > 8 ? .start : dx < -8 ? .end : .middle, baseline: dy < 0 ? .bottom : .top, lineHeight: lh)
                let (shiftX, shiftY) = inPlot(block.bounds(measurer: measurer))
                return block.shifted(dx: shiftX, dy: shiftY)
            }
            let block: TextBlock
            if let placed = placer.place(blocks: blocks, within: area) {
                block = placed
            } else if let item = placer.place(singles, within: area) {
                block = TextBlock(lines: [item])
            } else {
                continue
            }
            let box = block.bounds(measurer: measurer)
            let target = Point(x: min(max(p.x, box.minX - 3), box.maxX + 3), y: min(max(p.y, box.minY - 3), box.maxY + 3))
            let distance = ((target.x - p.x) * (target.x - p.x) + (target.y - p.y) * (target.y - p.y)).squareRoot()
            if distance > 10 {
                let start = Point(x: p.x + (target.x - p.x) * 5 / distance, y: p.y + (target.y - p.y) * 5 / distance)
                let leader = SceneItem.path(.polyline([start, target], stroke: Stroke(color: c.theme.mutedText, width: 1), role: "leader"))
                leaders.append(leader)
                placer.obstacles.add(marks: [leader])
            }
            labels += block.lines.count == 1 ? placer.withHalo(block.lines[0]) : placer.withHalo(block)
        }
        return (leaders, labels)
    }

    /// The widest a callout's line may be, as a share of the plot width, before it is wrapped.
    static let calloutShare = 0.6

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

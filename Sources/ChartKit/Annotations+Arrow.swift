import ChartScene

/// Arrows off the right end of the x axis: a value beyond the axis (a year past the horizon),
/// drawn at its row rather than written only as text.
extension ChartBuilder {
    /// The shaft and head of each `arrow` annotation: from the middle of its `x` (32 px inside the
    /// plot's right edge when absent) to 10 px past the edge, at `y`.
    func annotationArrows(_ spec: ChartSpec, context c: PlotContext, categories: [String]) -> [SceneItem] {
        spec.annotations.compactMap { a -> [SceneItem]? in
            guard let (start, tip) = arrowEnds(a, c, categories) else { return nil }
            let color = arrowColor(a, c)
            let neck = Point(x: tip.x - 7, y: tip.y)
            return [.path(.polyline([start, neck], stroke: Stroke(color: color, width: 1.75), role: "arrow")),
                    .path(Shapes.arrowhead(at: tip, from: start, size: 9, fill: color, role: "arrow-head"))]
        }.flatMap { $0 }
    }

    /// Each arrow's label, in the arrow's colour: left of the shaft when that spot keeps clear of
    /// every mark and label of the row (by `arrowLabelGap`, so it never runs on into a marker's name
    /// as one phrase, "not by 2031 5 billion"); else above or below the shaft at its tip; else below
    /// or above its start or further left along the row, still clear; only then wherever it covers
    /// least (placed after point labels, which sit closer to their marks).
    func arrowLabels(_ spec: ChartSpec, context c: PlotContext, categories: [String], placer: inout LabelPlacer) -> [SceneItem] {
        var items: [SceneItem] = []
        for a in spec.annotations {
            guard let (start, tip) = arrowEnds(a, c, categories), let raw = nfc(a.label ?? a.text), !raw.isEmpty else { continue }
            let text = TextLayout(measurer: measurer).ellipsize(raw, font: c.theme.axis, maxWidth: max(c.rect.width - 16, 12))
            let color = c.theme.textSafe(arrowColor(a, c))
            let item = TextItem(text: text, position: start, font: c.theme.axis, color: color, role: "arrow-label")
            func spot(_ x: Double, _ y: Double, _ anchor: TextAnchor, _ baseline: TextBaseline) -> TextItem {
                item.moved(to: Point(x: x, y: y), anchor: anchor, baseline: baseline)
            }
            // Clear of the row: no label within the gap either side, no mark under it or within the gap
            // on its left (on its right is the arrow it names).
            func clear(_ t: TextItem) -> Bool {
                let box = t.bounds(measurer: measurer), gap = Self.arrowLabelGap, pad = LabelPlacer.clearance
                let left = Rect(x: box.minX - gap, y: box.minY - pad, width: box.width + gap, height: box.height + 2 * pad)
                return placer.labelCost(box.insetBy(dx: -gap, dy: 0)) == 0 && placer.obstacles.cost(left).count == 0
            }
            let shaft = spot(start.x - 8, start.y, .end, .middle)
            let atTip = [spot(tip.x, start.y - 10, .end, .bottom), spot(tip.x, start.y + 10, .end, .top)]
            let besideStart = [spot(start.x - 8, start.y + 4, .end, .top), spot(start.x - 8, start.y - 4, .end, .bottom)]
            let slid = (1...Int(max(1, (start.x - c.rect.minX) / 12))).map { spot(start.x - 8 - 12 * Double($0), start.y, .end, .middle) }
            let groups = [[shaft].filter(clear), atTip, (besideStart + slid).filter(clear)]
            // Above the first row's tip, the label may reach into the space between the legend and the plot.
            let area = Rect(x: c.rect.minX, y: c.rect.minY - 16, width: tip.x - c.rect.minX + 1, height: c.rect.height + 20)
            var placed: TextItem?
            for group in groups where !group.isEmpty && placed == nil {
                placed = placer.place(group, within: area, shorten: false)
            }
            if let label = placed ?? placer.place([shaft] + besideStart + slid + atTip, within: area) {
                items += placer.withHalo(label)
            }
        }
        return items
    }

    /// Space (px) an arrow label beside its shaft keeps from the row's other labels and marks.
    static let arrowLabelGap = 14.0

    /// The colour of an arrow: its own, else its role's, else the muted text colour.
    private func arrowColor(_ a: Annotation, _ c: PlotContext) -> Color {
        a.color.flatMap(Color.init(hexString:)) ?? a.role.map { c.theme.style($0).color } ?? c.theme.mutedText
    }

    /// Where an arrow annotation starts and where its tip is; nil for other annotations and for
    /// an arrow whose row is off the plot.
    private func arrowEnds(_ a: Annotation, _ c: PlotContext, _ categories: [String]) -> (Point, Point)? {
        guard a.type == .arrow, let y = a.y else { return nil }
        let py = c.py(y)
        guard py >= c.rect.minY - 0.5, py <= c.rect.maxY + 0.5 else { return nil }
        let edge = c.rect.maxX
        let from = xValue(a.x, c, categories, part: 1).map(c.px) ?? edge - 32
        return (Point(x: min(from, edge - 8), y: py), Point(x: edge + 10, y: py))
    }
}

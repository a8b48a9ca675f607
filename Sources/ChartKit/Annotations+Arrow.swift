import ChartScene

/// Arrows off the right end of the x axis: a value beyond the axis (a year past the horizon),
/// drawn at its row rather than written only as text.
extension ChartBuilder {
    /// The shaft and head of each `arrow` annotation: from the middle of its `x` (32 px inside the
    /// plot's right edge when absent) to 10 px past the edge, at `y`.
    func annotationArrows(_ spec: ChartSpec, context c: PlotContext, categories: [String]) -> [SceneItem] {
        spec.annotations.compactMap { a -> [SceneItem]? in
            guard let (start, tip) = arrowEnds(a, c, categories) else { return nil }
            let color = a.color.flatMap(Color.init(hexString:)) ?? a.role.map { c.theme.style($0).color } ?? c.theme.mutedText
            let neck = Point(x: tip.x - 7, y: tip.y)
            return [.path(.polyline([start, neck], stroke: Stroke(color: color, width: 1.75), role: "arrow")),
                    .path(Shapes.arrowhead(at: tip, from: start, size: 9, fill: color, role: "arrow-head"))]
        }.flatMap { $0 }
    }

    /// Each arrow's label: left of the shaft, else below or above its start or its tip, wherever it
    /// covers least (placed after point labels, which sit closer to their marks).
    func arrowLabels(_ spec: ChartSpec, context c: PlotContext, categories: [String], placer: inout LabelPlacer) -> [SceneItem] {
        var items: [SceneItem] = []
        for a in spec.annotations {
            guard let (start, tip) = arrowEnds(a, c, categories), let raw = nfc(a.label ?? a.text), !raw.isEmpty else { continue }
            let text = TextLayout(measurer: measurer).ellipsize(raw, font: c.theme.axis, maxWidth: max(c.rect.width * 0.6, 12))
            let item = TextItem(text: text, position: start, font: c.theme.axis, color: c.theme.text, role: "arrow-label")
            // Left of the shaft, else below or above its start; when those are taken (a marker at
            // the start with its name), further left along the row before the spots at the tip.
            let slid = (1...12).map { (start.x - 8 - 12 * Double($0), start.y, TextAnchor.end, TextBaseline.middle) }
            let spots: [(Double, Double, TextAnchor, TextBaseline)] = [
                (start.x - 8, start.y, .end, .middle), (start.x - 8, start.y + 3, .end, .top), (start.x - 8, start.y - 3, .end, .bottom),
            ] + slid + [
                (tip.x, start.y + 3, .end, .top), (tip.x, start.y - 3, .end, .bottom),
            ]
            let area = Rect(x: c.rect.minX, y: c.rect.minY - 4, width: tip.x - c.rect.minX + 1, height: c.rect.height + 8)
            items += placer.placed(spots.map { item.moved(to: Point(x: $0.0, y: $0.1), anchor: $0.2, baseline: $0.3) }, within: area)
        }
        return items
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

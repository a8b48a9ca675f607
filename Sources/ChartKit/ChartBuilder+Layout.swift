import ChartScene

/// A legend entry: the series' name and how its swatch is drawn.
struct LegendEntry {
    var name: String
    var color: Color
    var mark: MarkType
    var dash: [Double]
    var hatch: Hatch?
}

/// Title, subtitle, legend and footer: the text around the plot.
extension ChartBuilder {
    func lineHeight(_ font: Font) -> Double { measurer.measure("Ág", font: font).height + 2 }

    /// Text lines stacked downwards from `top`, left-aligned at `x`; returns the items and the new top.
    func stackLines(_ lines: [String], font: Font, color: Color, x: Double, top: Double, role: String) -> ([SceneItem], Double) {
        var y = top
        var items: [SceneItem] = []
        for line in lines {
            items.append(.text(TextItem(text: line, position: Point(x: x, y: y), font: font, color: color,
                                        anchor: .start, baseline: .top, role: role)))
            y += lineHeight(font)
        }
        return (items, y)
    }

    /// Title and subtitle, each up to 2 lines (3 on a canvas narrower than 18 cm of print type),
    /// ellipsized when longer.
    func header(_ spec: ChartSpec, theme: Theme, canvas: Rect) -> ([SceneItem], Double) {
        let wrap = TextLayout(measurer: measurer)
        var items: [SceneItem] = []
        var y = canvas.minY
        let narrow = canvas.width * Theme.print.axis.size / theme.axis.size < Theme.compactWidth
        if let title = nfc(spec.title), !title.isEmpty {
            let lines = wrap.wrap(title, font: theme.title, maxWidth: canvas.width, maxLines: narrow ? 3 : 2)
            let (t, next) = stackLines(lines, font: theme.title, color: theme.text, x: canvas.minX, top: y, role: "title")
            items += t; y = next + 2
        }
        if let subtitle = nfc(spec.subtitle), !subtitle.isEmpty {
            let lines = wrap.wrap(subtitle, font: theme.subtitle, maxWidth: canvas.width, maxLines: narrow ? 3 : 2)
            let (t, next) = stackLines(lines, font: theme.subtitle, color: theme.mutedText, x: canvas.minX, top: y, role: "subtitle")
            items += t; y = next
        }
        return (items, y)
    }

    /// Notes (up to 3 lines each) above the source line (up to 2 lines), bottom-aligned on `canvas`.
    func footer(_ spec: ChartSpec, theme: Theme, canvas: Rect) -> ([SceneItem], Double) {
        let wrap = TextLayout(measurer: measurer)
        var blocks: [([String], String)] = spec.notes.map { note in
            (wrap.wrap(nfc(note), font: theme.footer, maxWidth: canvas.width, maxLines: 3), "note")
        }
        if let source = nfc(spec.source), !source.isEmpty {
            let text = PlotContext.sourceLine(source, language: spec.language)
            blocks.append((wrap.wrap(text, font: theme.footer, maxWidth: canvas.width, maxLines: 2), "source"))
        }
        let lh = lineHeight(theme.footer)
        let total = Double(blocks.reduce(0) { $0 + $1.0.count }) * lh
        let top = canvas.maxY - total
        var y = top
        var items: [SceneItem] = []
        for (lines, role) in blocks {
            let (t, next) = stackLines(lines, font: theme.footer, color: theme.mutedText, x: canvas.minX, top: y, role: role)
            items += t; y = next
        }
        return (items, top)
    }

    /// A legend flowed in rows from (`x`, `top`) within `maxWidth`; a name wider than a row is
    /// wrapped (up to 4 lines) rather than cut. Returns the items and its height.
    func legend(_ entries: [LegendEntry], theme: Theme, x: Double, top: Double, maxWidth: Double) -> ([SceneItem], Double) {
        guard !entries.isEmpty else { return ([], 0) }
        let font = theme.axis, lh = lineHeight(font), swatch = 18.0, gap = 6.0, spacing = 16.0
        var items: [SceneItem] = []
        var cx = x, cy = top, rowHeight = lh
        for e in entries {
            let lines = TextLayout(measurer: measurer).wrap(e.name, font: font, maxWidth: maxWidth - swatch - gap, maxLines: 4)
            let w = swatch + gap + (lines.map { measurer.measure($0, font: font).width }.max() ?? 0)
            if cx > x, cx + w > x + maxWidth { cx = x; cy += rowHeight + 2; rowHeight = lh }
            rowHeight = max(rowHeight, lh * Double(lines.count))
            let mid = cy + lh / 2
            switch e.mark {
            case .line, .rule:
                items.append(.path(.polyline([Point(x: cx, y: mid), Point(x: cx + swatch, y: mid)],
                                             stroke: Stroke(color: e.color, width: theme.lineWidth, dash: e.dash), role: "legend")))
            case .point, .range, .text:
                items.append(.path(Shapes.circle(center: Point(x: cx + swatch / 2, y: mid), radius: 4, fill: e.color, stroke: nil, role: "legend")))
            case .bar, .area, .band, .heatmap:
                items.append(.path(.rect(Rect(x: cx + 3, y: mid - 6, width: 12, height: 12), fill: e.color, hatch: e.hatch, role: "legend")))
            }
            for (k, line) in lines.enumerated() {
                items.append(.text(TextItem(text: line, position: Point(x: cx + swatch + gap, y: mid + lh * Double(k)), font: font,
                                            color: theme.text, anchor: .start, baseline: .middle, role: "legend")))
            }
            cx += w + spacing
        }
        return (items, cy + rowHeight - top)
    }
}

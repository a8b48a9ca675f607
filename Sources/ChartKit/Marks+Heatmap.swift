import ChartScene

/// The heat map mark: one cell per row, spanning its x period (or half the gap to the next x
/// value on a numeric axis) and `low`…`high` along y, filled by the number in the `color` column on
/// a sequential light-to-dark scale (in the layer's own colour when it names no `color` column). The `label` column, when present, is written in each cell in
/// a colour that contrasts with the fill.
///
/// ```yaml
/// layers:
///   - {mark: heatmap, data: grid, x: year, y: rate, low: rate_low, high: rate_high, color: value, label: text}
/// ```
extension ChartBuilder {
    /// The numbers a heat map is coloured by: the layer's `color` column; none (cells in the
    /// layer's own colour) when the layer names no column.
    static func heatmapFill(_ layer: Layer, table: DataTable, tableName: String) throws -> [Double] {
        guard let name = layer.color else { return [] }
        guard table.hasColumn(name), let values = table.numbers(name) else {
            throw ChartError.unknownColumn(table: tableName, column: layer.color ?? "color", available: table.columnNames)
        }
        return values
    }

    /// The cells of a heat map series and their labels.
    func heatmapItems(_ s: SeriesData, context c: PlotContext) -> [SceneItem] {
        guard !s.low.isEmpty, !s.high.isEmpty else { return [] }
        let uniform = s.fill.isEmpty
        let fills = uniform ? Array(repeating: 0, count: s.count) : s.fill
        let finite = fills.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return [] }
        let half = Self.minimumGap([s]) / 2
        var cells: [SceneItem] = [], labels: [SceneItem] = []
        for i in 0..<s.count where fills[i].isFinite && s.low[i].isFinite && s.high[i].isFinite && s.x[i].isFinite {
            let x0 = s.xLo.isEmpty ? s.x[i] - half : s.xLo[i], x1 = s.xHi.isEmpty ? s.x[i] + half : s.xHi[i]
            let left = c.px(x0), right = c.px(x1), top = min(c.py(s.low[i]), c.py(s.high[i])), bottom = max(c.py(s.low[i]), c.py(s.high[i]))
            let t = hi > lo ? (fills[i] - lo) / (hi - lo) : 0.5
            let fill = uniform ? c.color(s) : Self.heatColor(t)
            let rect = Rect(x: left, y: top, width: right - left, height: bottom - top)
            let value = i < s.label.count && !s.label[i].isEmpty ? s.label[i] : (uniform ? c.format(s.y[i]) : c.format(fills[i]))
            cells.append(.path(.rect(rect, fill: fill, stroke: uniform ? nil : Stroke(color: c.theme.background, width: 1), role: "heat-cell")
                .with(data: c.datum(s, i, value: value).map { [$0] })))
            if i < s.label.count, !s.label[i].isEmpty {
                let text = TextItem(text: s.label[i], position: Point(x: rect.midX, y: rect.midY), font: c.theme.axis,
                                    color: Self.contrastingText(fill), anchor: .middle, baseline: .middle, role: "heat-label")
                // A backing in the cell's own fill: lines and points drawn over the grid stop short of the number.
                let box = text.bounds(measurer: c.measurer).insetBy(dx: -2, dy: -1)
                labels.append(.path(.rect(box, fill: fill, role: "heat-label-halo")))
                labels.append(.text(text))
            }
        }
        return cells + labels
    }

    /// A sequential scale from pale yellow through green and blue to dark navy (ColorBrewer
    /// YlGnBu): lightness falls steadily, so it reads in greyscale and for colour-blind readers.
    /// `t` is clamped to 0…1.
    static func heatColor(_ t: Double) -> Color {
        let stops: [UInt32] = [0xFFFFD9, 0xC7E9B4, 0x7FCDBB, 0x41B6C4, 0x1D91C0, 0x225EA8, 0x0C2C84]
        let colors = stops.map { Color(hex: $0) }
        let x = max(0, min(1, t.isFinite ? t : 0)) * Double(colors.count - 1)
        let k = min(Int(x), colors.count - 2), f = x - Double(k)
        let a = colors[k], b = colors[k + 1]
        return Color(red: a.red + (b.red - a.red) * f, green: a.green + (b.green - a.green) * f, blue: a.blue + (b.blue - a.blue) * f)
    }

    /// White on dark fills, near-black on light ones (by relative luminance).
    static func contrastingText(_ fill: Color) -> Color {
        let luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue
        return luminance < 0.5 ? .white : Color(hex: 0x1A1A1A)
    }
}

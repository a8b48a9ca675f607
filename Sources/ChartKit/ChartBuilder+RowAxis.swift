import ChartScene

/// A y axis of named rows (`y.rows`), the first at the top: marks place themselves on a row by
/// its index (0, 1, …) in their y column, so any mark (points, rules, text) can be drawn per row.
extension ChartBuilder {
    func rowAxis(_ rows: [String], spec: ChartSpec, top: Double, bottom: Double) -> YAxisModel {
        let theme = Theme.named(spec.theme).sized(for: spec.size)
        let layout = TextLayout(measurer: measurer)
        let font = theme.axis
        // Names stay whole: as wide as the longest needs up to 30% of the canvas, wrapped onto two
        // lines when a row has the height for them; then up to 42%; "…" only past that.
        let names = rows.map { nfc($0) as String }
        let lh = lineHeight(font)
        let pitch = abs(bottom - top) / Double(max(1, rows.count))
        let maxLines = pitch >= lh * 2 ? 2 : 1
        let longest = names.map { layout.width($0, font) }.max() ?? 0
        // A name of two parts ("label · set") breaks between them when each fits on its line.
        func lines(_ width: Double) -> [[String]] {
            names.map { name in
                if maxLines == 2, layout.width(name, font) > width, let dot = name.range(of: " · ", options: .backwards) {
                    let head = String(name[..<dot.lowerBound]) + " ·", tail = String(name[dot.upperBound...])
                    if layout.width(head, font) <= width, layout.width(tail, font) <= width { return [head, tail] }
                }
                return layout.wrap(name, font: font, maxWidth: width, maxLines: maxLines)
            }
        }
        func cut(_ all: [[String]]) -> Bool { zip(names, all).contains { $1.joined(separator: " ") != $0 && $1.last?.hasSuffix("…") == true } }
        var width = min(longest, max(80, spec.size.width * 0.3))
        var nameLines = lines(width)
        if cut(nameLines), longest > width {
            width = min(longest, max(80, spec.size.width * 0.42))
            nameLines = lines(width)
        }
        let map = AxisMap.linear(LinearScale(domain: -0.5...(Double(rows.count) - 0.5), range: (top, bottom)))
        let ticks = rows.indices.map(Double.init)
        var model = YAxisModel(map: map, ticks: ticks, format: AxisFormat(ticks: ticks, percent: false, scaleMagnitude: false,
                                                                        language: spec.language),
                               caption: nfc(spec.y.title) ?? "")
        model.names = nameLines.map { $0.joined(separator: " ") }
        model.nameLines = nameLines
        return model
    }
}

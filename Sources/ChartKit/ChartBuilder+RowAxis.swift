import ChartScene

/// A y axis of named rows (`y.rows`), the first at the top: marks place themselves on a row by
/// its index (0, 1, …) in their y column, so any mark (points, rules, text) can be drawn per row.
extension ChartBuilder {
    func rowAxis(_ rows: [String], spec: ChartSpec, top: Double, bottom: Double) -> YAxisModel {
        let theme = Theme.named(spec.theme).sized(for: spec.size)
        let layout = TextLayout(measurer: measurer)
        let names = rows.map { layout.ellipsize(nfc($0), font: theme.axis, maxWidth: max(80, spec.size.width * 0.3)) }
        let map = AxisMap.linear(LinearScale(domain: -0.5...(Double(rows.count) - 0.5), range: (top, bottom)))
        let ticks = rows.indices.map(Double.init)
        var model = YAxisModel(map: map, ticks: ticks, format: AxisFormat(ticks: ticks, percent: false, scaleMagnitude: false,
                                                                        language: spec.language),
                               caption: nfc(spec.y.title) ?? "")
        model.names = names
        return model
    }
}

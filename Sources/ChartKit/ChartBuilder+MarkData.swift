import ChartScene
import NumberText

/// The data a mark stands for (`MarkDatum`), in the chart's language: formatted value, period as
/// the table states it, status words for anything but a final figure, and the row's citation (the
/// table's `source` column) or else the chart's source line.
extension PlotContext {
    /// The datum of row `i` of `s`, with `value` in place of the row's y (a band's "low–high"),
    /// placed `at` a point for marks that draw several rows; nil for rows the builder made itself
    /// (the edge of a cut series).
    func datum(_ s: SeriesData, _ i: Int, value: String? = nil, at: Point? = nil) -> MarkDatum? {
        guard i < s.count else { return nil }
        let period = s.periodText(at: i)
        if s.cutEnd, i == s.count - 1, period.isEmpty { return nil }
        var text = value ?? format(s.y[i])
        if value == nil, i < s.low.count, i < s.high.count, s.low[i].isFinite, s.high[i].isFinite {
            text += " (\(format(s.low[i]))–\(format(s.high[i])))"
        }
        let rowSource = i < s.source.count && !s.source[i].isEmpty ? Self.sourceLine(s.source[i], language: language) : nil
        return MarkDatum(series: s.name, period: period, value: text, status: status(s, i), source: rowSource ?? source, at: at)
    }

    func format(_ v: Double) -> String { v.isFinite ? ValueFormat.format(v, locale: language, style: labelStyle) : "–" }

    /// "preliminary", "estimate, part-year (year to date)"…; nil for a final, exact, full-period figure.
    func status(_ s: SeriesData, _ i: Int) -> String? {
        let vi = language == .vi
        var words: [String] = []
        switch s.statusAt(i) {
        case .final: break
        case .preliminary: words.append(vi ? "sơ bộ" : "preliminary")
        case .estimate: words.append(vi ? "ước tính" : "estimate")
        case .derived: words.append(vi ? "số tính toán" : "derived")
        case .projection: words.append(vi ? "dự báo" : "projection")
        }
        switch s.qualifierAt(i) {
        case .exact, .range: break
        case .approximate: words.append(vi ? "xấp xỉ" : "approximate")
        case .atLeast: words.append(vi ? "tối thiểu" : "at least")
        case .atMost: words.append(vi ? "tối đa" : "at most")
        }
        if s.isPartial(i) { words.append(vi ? "lũy kế, chưa phải cả năm" : "part-year (year to date)") }
        return words.isEmpty ? nil : words.joined(separator: ", ")
    }

    /// A source text with "Source: " ("Nguồn: ") in front unless it starts with it.
    static func sourceLine(_ source: String, language: Language) -> String {
        let lower = source.lowercased()
        if lower.hasPrefix("source") || lower.hasPrefix("nguồn") { return source }
        return (language == .vi ? "Nguồn: " : "Source: ") + source
    }
}

/// What one data value drawn by a mark stands for, in words for the reader: a renderer can show
/// it (the text-mode SVG writes it as the mark's `<title>`, so hovering a bar or point shows where
/// the number comes from); the PNG, PDF and outline SVG ignore it.
///
/// ChartKit fills it from the data: the formatted value, the period as the table states it, the
/// status when the value is not a final figure ("preliminary", "estimate", "part-year"), and the
/// source citation of the row (or of the chart).
public struct MarkDatum: Hashable, Sendable, Codable {
    /// The series' name, when it has one.
    public var series: String?
    /// The period or category the value belongs to ("2024", "2025-01..2025-11", "Rice").
    public var period: String
    /// The value as the chart formats it ("1.2 billion USD", "1,2 tỷ USD").
    public var value: String
    /// The status in the chart's language, nil for a final figure.
    public var status: String?
    /// Where the number comes from ("Source: General Statistics Office, 2025").
    public var source: String?
    /// The point of the mark the value is drawn at, for marks that draw several values (a line,
    /// an area); nil when the whole mark is the value (a bar, a point, a cell).
    public var at: Point?

    public init(series: String? = nil, period: String, value: String, status: String? = nil,
                source: String? = nil, at: Point? = nil) {
        self.series = series; self.period = period; self.value = value; self.status = status
        self.source = source; self.at = at
    }

    /// One line per fact, for a tooltip: the series, "period: value (status)" (no "period: " when
    /// there is none), the source.
    public var summary: String {
        var lines: [String] = []
        if let series, !series.isEmpty { lines.append(series) }
        let shown = status.map { "\(value) (\($0))" } ?? value
        lines.append(period.isEmpty ? shown : "\(period): \(shown)")
        if let source, !source.isEmpty { lines.append(source) }
        return lines.joined(separator: "\n")
    }
}

import Foundation

/// One number a chart or the report shows, with where it comes from: a row of `figures.csv`.
public struct BriefingFigure: Sendable, Hashable {
    /// The chart id, or `report` for figures only the report's text uses.
    public var chart: String
    /// What the number is, in the pack's language.
    public var figure: String
    /// `2025`, `2025-01..2025-11`, `2025→2027`.
    public var period: String
    /// Base units: USD, a fraction for rates, a plain count.
    public var value: Double
    /// `USD`, `rate` or `count`.
    public var unit: String
    /// The value as the pack writes it ("2.98 billion USD", "29.5%").
    public var formatted: String
    public var status: String
    public var qualifier: String
    /// Source key(s) of the dataset, `;`-separated; `computed` for figures derived by tradechart
    /// (figures.csv writes `computed;KEY;…` with the keys of its `inputs`).
    public var source: String
    /// The publisher(s) in words, or how the figure was computed.
    public var sourceDetail: String
    /// For a computed figure, the source keys of the observations it is computed from (not in
    /// figures.csv, whose `source_detail` names them): a chart's source line is built from these.
    public var inputs: [String]

    public init(chart: String, figure: String, period: String, value: Double, unit: String, formatted: String,
                status: String, qualifier: String, source: String, sourceDetail: String, inputs: [String] = []) {
        self.chart = chart; self.figure = figure; self.period = period; self.value = value; self.unit = unit
        self.formatted = formatted; self.status = status; self.qualifier = qualifier
        self.source = source; self.sourceDetail = sourceDetail; self.inputs = inputs
    }

    /// The dataset source keys behind the figure: its own, or for a computed figure its inputs.
    public var sourceKeys: [String] {
        let own = source.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "computed" }
        return own + inputs.filter { !own.contains($0) }
    }

    /// The CSV header of `figures.csv`.
    public static let csvHeader = "chart,figure,period,value,unit,formatted,status,qualifier,source,source_detail"

    /// The `source` column of figures.csv: the figure's own source keys, or for a computed figure
    /// `computed` and the keys of the observations it is computed from (`computed;S_A;S_B`).
    public var sourceColumn: String {
        guard source == "computed", !inputs.isEmpty else { return source }
        return (["computed"] + sourceKeys).joined(separator: ";")
    }

    /// `figures` as CSV text (RFC 4180, LF line ends); values in base units, plain decimal notation.
    public static func csv(_ figures: [BriefingFigure]) -> String {
        var lines = [csvHeader]
        for f in figures {
            lines.append([f.chart, f.figure, f.period, plain(f.value), f.unit, f.formatted, f.status, f.qualifier,
                          f.sourceColumn, f.sourceDetail].map(Escape.csv).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2980000000`, `0.2952`; up to 6 significant decimals for rates, no exponent.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

import NumberText
import SafeYAML
import TradeData

/// The terminal table of `tradechart data show`: one block per series, values in human units
/// with their qualifier, status, source key, a `*` on the preferred figure where sources
/// disagree, and the dataset's caveats at the end.
enum ObservationTable {
    static func render(_ dataset: Dataset, only: [String]? = nil) -> String {
        var out: [String] = []
        var title = dataset.title.en
        if !dataset.partner.en.isEmpty, !dataset.reporter.en.isEmpty {
            title += " (\(dataset.reporter.en) and \(dataset.partner.en))"
        }
        out.append(title.escapingControlCharacters)
        out.append("Values in \(dataset.currency) unless counted; * marks the preferred figure where sources disagree.")
        for series in dataset.series where only?.contains(series.id) ?? true {
            out.append("")
            out += block(series)
        }
        if only == nil, !dataset.caveats.isEmpty {
            out.append("")
            out.append("Caveats:")
            for (i, caveat) in dataset.caveats.enumerated() { out.append("  \(i + 1). \(caveat.en.escapingControlCharacters)") }
        }
        let cited = Set(dataset.series.filter { only?.contains($0.id) ?? true }.flatMap { $0.observations.map(\.source) })
        let sources = dataset.sources.filter { cited.contains($0.key) && !isBare($0) }
        if !sources.isEmpty {
            out.append("")
            out.append("Sources:")
            for source in sources { out.append("  " + sourceLine(source).escapingControlCharacters) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `KEY  publisher, “title”, date — url`: the publication behind a source key.
    static func sourceLine(_ source: Source) -> String {
        source.key + "  " + source.citation + (source.url.map { " — " + $0 } ?? "")
    }

    /// A bare file's free-text source: the key is all there is, so listing it again adds nothing.
    static func isBare(_ source: Source) -> Bool {
        source.publisher == source.key && source.title == nil && source.date == nil && source.url == nil
    }

    static func block(_ series: Series) -> [String] {
        let unitName = series.unit == .usd ? "USD" : "count"
        let label = series.label.map { " — \($0.en.escapingControlCharacters)" } ?? ""
        var lines = ["\(series.id)\(label) (\(unitName))"]
        let cells = series.observations.map { o -> [String] in
            let (number, scale) = HumanNumber.parts(o.quantity, unit: series.unit)
            let disputed = series.observations(at: o.period).count > 1
            return [o.period.description, number, scale, disputed && o.preferred ? "*" : "", o.status.rawValue,
                    o.source.escapingControlCharacters, clipped((o.note ?? "").escapingControlCharacters, to: 70)]
        }
        let header = ["period", "value", "", "", "status", "source", "note"]
        var widths = header.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        // The value heading spans the number and scale columns.
        let valueWidth = widths[1] + 1 + widths[2]
        lines.append("  " + [pad("period", widths[0]), pad("value", valueWidth), pad("", widths[3]),
                             pad("status", widths[4]), pad("source", widths[5]), "note"].joined(separator: "  "))
        for row in cells {
            let value = padLeft(row[1], widths[1]) + " " + pad(row[2], widths[2])
            let line = [pad(row[0], widths[0]), value, pad(row[3], widths[3]), pad(row[4], widths[4]),
                        pad(row[5], widths[5]), row[6]].joined(separator: "  ")
            lines.append("  " + line.trimmingTrailingSpaces)
        }
        return lines
    }

    static func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
    static func padLeft(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }

    static func clipped(_ s: String, to width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

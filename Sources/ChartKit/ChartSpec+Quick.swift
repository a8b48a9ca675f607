import Foundation
import NumberText

/// The chart kinds `ChartSpec.quick` makes.
public enum QuickKind: String, Sendable, CaseIterable {
    case line, bar, area
}

extension ChartSpec {
    /// A ready-to-use chart of columns `y` against column `x` of `table` (for `tradechart plot`):
    /// a title from the columns when `title` is nil, axis titles from column names, a period axis
    /// when `x` looks like years, direct end labels for 2–4 lines, a legend only for several
    /// series, grouped bars and stacked areas for several columns.
    ///
    /// When the table has a unit column ("unit", "đơn vị") with one value such as "triệu USD",
    /// values are scaled to base units and the y caption says the unit ("Billion USD", "Tỷ USD");
    /// a period axis gets its span as the subtitle ("2010–2025").
    /// Throws `ChartError.unknownColumn` for a column the table lacks.
    /// A header stating its unit ("total (billion USD)") scales the column the same way and
    /// names the series by the rest of the header ("Total"). `color` splits a long-form table
    /// into one series per value of that column; `facet` draws one panel per value of that column.
    public static func quick(kind: QuickKind, table: DataTable, x: String, y: [String], title: String? = nil,
                             language: Language = .en, color: String? = nil, facet: String? = nil) throws -> ChartSpec {
        for column in [x] + y + [color, facet].compactMap({ $0 }) where !table.hasColumn(column) {
            throw ChartError.unknownColumn(table: "data", column: column, available: table.columnNames)
        }
        guard !y.isEmpty else { throw ChartError.invalidData("a quick chart needs at least one y column") }
        var headerUnit: ValueUnit?
        var table = table
        var y = y
        for (i, column) in y.enumerated() {
            guard let (label, unit) = ValueUnit.header(column), !table.hasColumn(label) else { continue }
            table = try table.scaling([column], by: unit.multiplier).renaming(column, to: label)
            y[i] = label
            if !unit.unit.isEmpty { headerUnit = headerUnit ?? ValueUnit(multiplier: 1, unit: unit.unit) }
        }
        let unit = ValueUnit.of(table) ?? headerUnit
        table = try ValueUnit.of(table).map { try table.scaling(y, by: $0.multiplier) } ?? table
        let xType = ChartBuilder.guessXType(table.strings(x, limit: 1000) ?? [])
        let names = y.map(humanize)
        let and = language == .vi ? " và " : " and "
        let defaultTitle = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + and + (names.last ?? "")
        var spec = ChartSpec(title: title ?? defaultTitle, language: language, facet: facet.map { FacetSpec(column: $0) })
        spec.x = XAxisSpec(type: xType, title: xType == .period ? nil : humanize(x))
        spec.y = YAxisSpec(title: nil, unit: unit.flatMap { $0.unit.isEmpty ? nil : $0.unit })
        if xType == .period {
            let spans = (table.strings(x) ?? []).compactMap(PeriodSpan.init)
            if let first = spans.min(by: { $0.start < $1.start }), let last = spans.max(by: { $0.end < $1.end }) {
                let a = Int(first.start), b = Int((last.end - 0.001).rounded(.down))
                spec.subtitle = a == b ? String(a) : "\(a)–\(b)"
            }
        }
        let mark: MarkType = kind == .line ? .line : kind == .bar ? .bar : .area
        if let color {
            spec.data = ["data": .inline(table)]
            spec.layers = [Layer(mark: mark, data: "data", x: x, y: y[0], color: color, stack: kind == .area ? true : nil)]
            if y.count == 1 { spec.title = title ?? names[0] }
        } else if y.count == 1 || kind == .line {
            spec.data = ["data": .inline(table)]
            spec.layers = zip(y, names).map { column, name in
                Layer(mark: mark, data: "data", x: x, y: column, name: y.count > 1 ? name : nil)
            }
        } else {
            // Several bar or area columns: one long table split by a series column.
            let xs = table.strings(x) ?? []
            let panels = facet.flatMap { table.strings($0) } ?? []
            var xColumn: [String] = [], seriesColumn: [String] = [], valueColumn: [String] = [], facetColumn: [String] = []
            for (column, name) in zip(y, names) {
                xColumn += xs
                seriesColumn += Array(repeating: name, count: xs.count)
                valueColumn += table.strings(column) ?? []
                facetColumn += panels
            }
            var columns = [(x, xColumn), ("series", seriesColumn), ("value", valueColumn)]
            if let facet, facet != x { columns.append((facet, facetColumn)) }
            spec.data = ["data": .inline(try DataTable(textColumns: columns))]
            spec.layers = [Layer(mark: mark, data: "data", x: x, y: "value", color: "series", stack: kind == .area ? true : nil)]
        }
        return spec
    }

    /// "export_value" → "Export value".
    static func humanize(_ column: String) -> String {
        let spaced = column.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces)
        guard let first = spaced.first else { return column }
        return first.uppercased() + spaced.dropFirst()
    }
}

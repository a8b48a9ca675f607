import ArgumentParser
import CairoBackend
import ChartScene
import ChartKit
import Foundation
import TradeCharts
import TradeData

/// `tradechart plot line data.csv --x year --y exports,imports -o chart.png`.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Quick line, bar or area chart from any CSV (comma or semicolon, decimal comma).",
        discussion: """
            Example: tradechart plot line trade.csv --x year --y exports,imports -o trade.png --width 16cm --aspect 4:3
            Without a size the chart is 25.4×14.3 cm (960×540 px, 16:9).
            """
    )

    @Argument(help: "Chart kind: line, bar or area.")
    var kind: QuickKind

    @Argument(help: "A CSV file, as spreadsheets export it.")
    var data: String

    @Option(help: "The column along the x axis (years, periods or numbers).")
    var x: String

    @Option(help: "One or more columns to plot, separated by commas; a unit in brackets (\"total (billion USD)\") scales the values.")
    var y: String

    @Option(help: "Split long-form data into one series per value of this column.")
    var color: String?

    @Option(help: "Small multiples: one panel per value of this column, on one scale.")
    var facet: String?

    @Flag(name: .customLong("free-y"), help: "With --facet: each panel its own y scale.")
    var freeY = false

    @Flag(help: "Bars run rightwards from the category names (bar charts).")
    var horizontal = false

    @Option(help: "Horizontal bars: order by value (largest first), label or given (as in the file).")
    var sort: CategorySort?

    @Option(help: "Horizontal bars: keep the N largest categories and sum the rest into \"Others\".")
    var top: Int?

    @Flag(name: .customLong("log-y"), help: "Logarithmic value axis (positive values only).")
    var logY = false

    @Option(name: .shortAndLong, help: "Output file: .png, .svg, .pdf or .json (scene dump).")
    var output: String

    @Option(help: "Chart title (default: from the column names).")
    var title: String?

    @Option(help: "Subtitle, e.g. the unit: \"Million USD\".")
    var subtitle: String?

    @Option(help: "Source line shown under the chart.")
    var source: String?

    @OptionGroup var style: ChartStyleOptions

    func validate() throws {
        if horizontal, kind != .bar { throw ValidationError("--horizontal applies to bar charts: use 'plot bar'") }
        if !horizontal, sort != nil || top != nil { throw ValidationError("--sort and --top apply to horizontal bars: add --horizontal") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if freeY, facet == nil { throw ValidationError("--free-y applies to small multiples: add --facet COLUMN") }
        guard OutputFormat(path: output) != nil else {
            throw ValidationError("cannot tell the format of '\(output)': use a .png, .svg, .pdf or .json name")
        }
    }

    func run() throws {
        try Failure.guarded {
            guard let format = OutputFormat(path: output) else { return }
            let table = try TradeDataResolver.readTable(path: data)
            let columns = y.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if color == nil, let warning = Self.longFormWarning(table, x: x, y: columns, facet: facet) {
                Failure.printError("tradechart: warning: \(warning)")
            }
            var spec = try ChartSpec.quick(kind: kind, table: table, x: x, y: columns, title: title,
                                           language: style.language ?? .en, color: color, facet: facet)
            if freeY { spec.facet?.y = .free }
            if horizontal {
                spec.x = XAxisSpec(type: .band)
                spec.subtitle = nil
                for i in spec.layers.indices {
                    spec.layers[i].orient = .horizontal
                    spec.layers[i].sort = sort ?? .value
                    spec.layers[i].top = top
                }
            }
            if logY { spec.y.log = true }
            if let subtitle { spec.subtitle = subtitle }
            if let source { spec.source = source }
            try style.apply(to: &spec)
            let scene = try ChartBuilder(measurer: PangoTextMeasurer()).scene(for: spec)
            try format.write(scene, to: output, scale: style.scale, svgText: style.svgText)
        }
    }
}

extension PlotCommand {
    /// A warning when x values repeat (long-form data drawn as one zigzag line) within a panel
    /// (the rows of one `facet` value), naming the text column that would split it; nil when x
    /// values are distinct.
    static func longFormWarning(_ table: DataTable, x: String, y: [String], facet: String? = nil) -> String? {
        guard repeats(table, x: x, facet: facet) else { return nil }
        let candidates = table.columnNames.filter { name in
            guard name != x, name != facet, !y.contains(name), let cells = table.strings(name) else { return false }
            let distinct = Set(cells)
            return distinct.count > 1 && distinct.count < cells.count && cells.allSatisfy { DataTable.parseNumber($0) == nil }
        }
        let hint = candidates.first.map { "use --color \($0) to draw one series per value" } ?? "use --color COLUMN to draw one series per value"
        return "values of '\(x)' repeat, so the file looks long-form: \(hint)"
    }

    /// Whether an x value repeats within a panel. A numeric x column without facets is compared
    /// as numbers (two cells' text is equal exactly when their numbers are: missing cells all
    /// read "", 0 and -0 both "0"), not written out as text first.
    private static func repeats(_ table: DataTable, x: String, facet: String?) -> Bool {
        if facet == nil, let numbers = table.storedNumbers(x) {
            // Strictly increasing (no NaN either): nothing repeats, no set needed.
            if zip(numbers, numbers.dropFirst()).allSatisfy({ $0 < $1 }) { return false }
            var seen = Set<UInt64>(minimumCapacity: numbers.count)
            for v in numbers {
                let key = v.isNaN ? Double.nan.bitPattern : v == 0 ? 0 : v.bitPattern
                if !seen.insert(key).inserted { return true }
            }
            return false
        }
        guard let xs = table.strings(x) else { return false }
        let panels = facet.flatMap { table.strings($0) } ?? Array(repeating: "", count: xs.count)
        var seen = Set<[String]>()
        return zip(panels, xs).contains(where: { !seen.insert([$0, $1]).inserted })
    }
}

extension CategorySort: ExpressibleByArgument {}

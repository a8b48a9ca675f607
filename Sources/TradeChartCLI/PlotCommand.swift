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
        discussion: "Example: tradechart plot line trade.csv --x year --y exports,imports -o trade.png"
    )

    @Argument(help: "Chart kind: line, bar or area.")
    var kind: QuickKind

    @Argument(help: "A CSV file, as spreadsheets export it.")
    var data: String

    @Option(help: "The column along the x axis (years, periods or numbers).")
    var x: String

    @Option(help: "One or more columns to plot, separated by commas.")
    var y: String

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
        guard OutputFormat(path: output) != nil else {
            throw ValidationError("cannot tell the format of '\(output)': use a .png, .svg, .pdf or .json name")
        }
    }

    func run() throws {
        try Failure.guarded {
            guard let format = OutputFormat(path: output) else { return }
            let table = try TradeDataResolver.readTable(path: data)
            let columns = y.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var spec = try ChartSpec.quick(kind: kind, table: table, x: x, y: columns, title: title,
                                           language: style.language ?? .en)
            if let subtitle { spec.subtitle = subtitle }
            if let source { spec.source = source }
            style.apply(to: &spec)
            let scene = try ChartBuilder(measurer: PangoTextMeasurer()).scene(for: spec)
            try format.write(scene, to: output, scale: style.scale)
        }
    }
}

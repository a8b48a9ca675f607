import ArgumentParser
import CairoBackend
import ChartKit
import ChartScene
import Foundation
import TradeAnalysis
import TradeCharts
import TradeData
import NumberText

/// `tradechart report`: the briefing pack — standard charts, report.md, report.html, figures.csv, alt-text.txt.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the briefing pack: the standard charts, a Markdown and HTML report, figures.csv and alt texts.",
        discussion: """
            tradechart report                                  # ./briefing, English, PNG + SVG
            tradechart report --lang vi --formats png,svg,pdf --scale 2 --out briefing-vi
            tradechart report --scenarios examples/scenarios/government-momentum-cautious.yaml
            tradechart report --scenarios plan.yaml --scenarios independent-view.yaml
            tradechart report --size slide --formats png,pptx --out briefing-slides
            Charts are 25.4×14.3 cm (960×540 px) unless --size or --width says otherwise; for Word or LaTeX use --size a4-column.
            """
    )

    @Option(help: "Dataset folder or file, or a shipped dataset's name from `tradechart data list` (default: vietnam-laos).")
    var dataset: String?

    @Option(help: "Series to analyse against the targets (default: trade_total; trade.total, \"Trade total\" mean the same).")
    var series: String = SeriesID.tradeTotal.rawValue

    @Option(help: "A year to assume for targets without a stated year (every place that uses it says \"assumed horizon\").")
    var horizon: Int?

    @Option(name: .customLong("target"), help: "A target to analyse besides the dataset's, repeatable: \"20 billion USD by 2030\", \"20 tỷ USD vào năm 2030\", \"5..10 billion USD by 2027..2028\", \"20 billion USD\" (no year).")
    var targets: [String] = []

    @Option(help: "Scenario YAML file, repeatable: two or more are compared side by side by each file's title (default: momentum, 5-year rate, the annual goal and the rate the first target needs).")
    var scenarios: [String] = []

    @Option(name: .long, help: "Output folder.")
    var out: String = "briefing"

    @Option(name: .customLong("lang"), help: "Language of the pack: en or vi.")
    var language: Language = .en

    @Option(help: "Chart formats, comma-separated: png, svg, pdf; docx and pptx add report.docx and briefing.pptx.")
    var formats: FormatList = FormatList([.png, .svg])

    @Option(help: "PNG scale factor (2 for print and retina screens).")
    var scale: Double = 1

    @Option(name: .customLong("svg-text"), help: "SVG text: outlines (identical everywhere) or text (selectable and editable; report.html then inlines the SVGs, so hovering a value shows its period, status and source).")
    var svgText: SVGTextMode = .outlines
    @OptionGroup var size: ChartSizeOptions

    @Option(help: "Parallel rendering jobs (default: the number of cores).")
    var jobs: Int?

    @Option(name: .customLong("specs-out"), help: "Also write each chart's spec as YAML into this folder.")
    var specsOut: String?

    @Flag(help: "Overwrite files in the output folder that tradechart did not write or that were changed since.")
    var force = false

    func validate() throws {
        guard scale.isFinite, scale > 0, scale <= 8 else {
            throw ValidationError("--scale must be a number above 0 and at most 8, such as 1 or 2")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let summary = try Failure.guarded { () throws -> String in
            let request = BriefingRequest(
                dataset: try DatasetInput.valid(dataset), language: language, series: SeriesID(series), scenarioFiles: scenarios,
                horizon: horizon, targets: targets, formats: formats.formats, documents: formats.documents, scale: scale,
                chartSize: try size.resolved(BriefingPack.defaultChartSize), jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                svgText: svgText)
            let pack = try BriefingPack.make(request, measurer: { PangoTextMeasurer() }, renderer: CairoSceneRenderer(svgText: svgText))
            let removed = try PackWriter(directory: out, force: force).write(pack.files, removingStale: true)
            if let specsOut {
                let specs = try pack.charts.map { ("\($0.id.rawValue).yaml", Data(try $0.spec.yaml().utf8)) }
                try PackWriter(directory: specsOut, force: force).write(specs)
            }
            var lines = ["Wrote \(pack.files.count) files (\(pack.charts.count) charts) to \(out)/ in "
                + HumanNumber.fixed(Date().timeIntervalSince(started), decimals: 2) + " s: "
                + (["report.md", "report.html", "figures.csv", "alt-text.txt", "embed.md"] + DocumentFormat.allCases.filter(formats.documents.contains).map(\.fileName)).joined(separator: ", ")]
            if !removed.isEmpty {
                lines.append("Removed \(removed.count) file\(removed.count == 1 ? "" : "s") an earlier run wrote that this one does not: "
                    + removed.joined(separator: ", "))
            }
            for skip in pack.skipped { lines.append("Skipped \(skip.id.rawValue): \(skip.reason)") }
            return lines.joined(separator: "\n")
        }
        print(summary)
    }
}

/// The Cairo renderer behind the trade layer's `SceneRendering`.
struct CairoSceneRenderer: SceneRendering {
    var svgText: SVGTextMode = .outlines

    func render(_ scene: Scene, format: OutputFormat, scale: Double) throws -> [UInt8] {
        try CairoRenderer(svgText: svgText).render(scene, format: format, scale: scale)
    }
}

/// `--formats png,svg,docx`: chart image formats and the pack's Word/PowerPoint files,
/// comma-separated, parsed by ArgumentParser.
struct FormatList: ExpressibleByArgument, Sendable {
    var formats: [OutputFormat]
    var documents: [DocumentFormat] = []

    init(_ formats: [OutputFormat]) { self.formats = formats }

    init?(argument: String) {
        let names = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        let images = names.compactMap { name in OutputFormat(rawValue: name).flatMap { $0.isImage ? $0 : nil } }
        let documents = names.compactMap(DocumentFormat.init(rawValue:))
        guard !images.isEmpty, images.count + documents.count == names.count else { return nil }
        formats = images
        self.documents = documents
    }

    var defaultValueDescription: String { (formats.map(\.rawValue) + documents.map(\.rawValue)).joined(separator: ",") }

    static var allValueStrings: [String] { OutputFormat.images.map(\.rawValue) + DocumentFormat.allCases.map(\.rawValue) }
}


import ChartKit
import ChartScene
import Foundation
import TradeData

/// The whole briefing pack in memory: every chart in every format, `report.md`, a self-contained
/// `report.html`, `figures.csv` and `alt-text.txt`. Nothing in it depends on the time or the
/// machine, so the same input gives byte-identical files.
public struct BriefingPack: Sendable {
    /// The formats a chart can be written in.
    public static let formats = ["png", "svg", "pdf"]

    public var files: [(name: String, contents: Data)]
    public var charts: [BriefingChart]
    public var skipped: [SkippedChart]
    public var figures: [BriefingFigure]

    /// Builds the pack. Scenes are laid out and rendered on `jobs` workers, each with its own
    /// measurer from `measurer`.
    /// - Parameters:
    ///   - formats: a non-empty subset of `formats`, in any order.
    ///   - scale: PNG scale factor.
    public static func build(_ ctx: BriefingContext, formats: [String], scale: Double, jobs: Int,
                             measurer: @escaping @Sendable () -> any TextMeasurer,
                             renderer: any SceneRendering) throws -> BriefingPack {
        let (charts, skipped) = BriefingCharts.build(ctx)
        let order = Self.formats.filter(formats.contains)
        let rendered = try render(charts, formats: order, scale: scale, jobs: jobs, measurer: measurer, renderer: renderer)

        var files: [(String, Data)] = []
        var images: [String: Data] = [:]
        var entries: [ReportDocument.Chart] = []
        var altText: [String] = []
        for (chart, outputs) in zip(charts, rendered) {
            let names = order.map { "\(chart.id).\($0)" }
            for (name, bytes) in zip(names, outputs) { files.append((name, Data(bytes))) }
            let image = names.first { $0.hasSuffix(".png") } ?? names.first { $0.hasSuffix(".svg") } ?? names[0]
            if let i = names.firstIndex(of: image) { images[image] = Data(outputs[i]) }
            entries.append(.init(id: chart.id, title: chart.title, caption: chart.caption, alt: chart.alt, image: image,
                                 files: names, width: Int(chart.spec.size.width), height: Int(chart.spec.size.height)))
            altText.append([names.joined(separator: ", "), chart.title, chart.alt].joined(separator: "\n"))
        }
        var report = BriefingReport(ctx)
        let chartFigures = charts.flatMap(\.figures)
        let document = report.document(charts: entries, chartFigures: chartFigures, skipped: skipped)
        let figures = report.figures + chartFigures
        files.append(("report.md", Data(document.markdown().utf8)))
        files.append(("report.html", Data(document.html(images: images).utf8)))
        files.append(("figures.csv", Data(BriefingFigure.csv(figures).utf8)))
        files.append(("alt-text.txt", Data((altText.joined(separator: "\n\n") + "\n").utf8)))
        return BriefingPack(files: files, charts: charts, skipped: skipped, figures: figures)
    }

    /// Each chart's bytes per format, in chart order.
    static func render(_ charts: [BriefingChart], formats: [String], scale: Double, jobs: Int,
                       measurer: @escaping @Sendable () -> any TextMeasurer,
                       renderer: any SceneRendering) throws -> [[[UInt8]]] {
        let results = WorkerPool.map(count: charts.count, jobs: jobs, state: { ChartBuilder(measurer: measurer()) }) {
            index, builder -> Result<[[UInt8]], any Error> in
            Result {
                let scene = try builder.scene(for: charts[index].spec)
                return try formats.map { try renderer.render(scene, format: $0, scale: scale) }
            }
        }
        return try results.map { try $0.get() }
    }
}

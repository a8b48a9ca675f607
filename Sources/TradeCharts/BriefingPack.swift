import ChartKit
import ChartScene
import Foundation
import TradeData

/// The whole briefing pack in memory: every chart in every format, `report.md`, a self-contained
/// `report.html`, `figures.csv`, `alt-text.txt` and `embed.md` (paste-ready snippets), and
/// when asked `report.docx` and `briefing.pptx`. Nothing in it depends on the time or the
/// machine, so the same input gives byte-identical files.
public struct BriefingPack: Sendable {
    /// The formats a chart can be written in, in the order a pack lists them.
    public static let formats = OutputFormat.images

    public var files: [(name: String, contents: Data)]
    public var charts: [BriefingChart]
    public var skipped: [SkippedChart]
    /// The report model every document of the pack is written from.
    public var document: ReportDocument
    public var figures: [BriefingFigure] { document.figures }

    /// The pack for `request`: the dataset analysed (base year: the series' latest full year),
    /// the scenario file read and parsed against that base, every chart built and rendered.
    /// - Throws: `BriefingError` for a missing or unreadable scenario file, `ScenarioFileError`
    ///   for a bad one, rendering errors from `renderer`.
    public static func make(_ request: BriefingRequest, measurer: @escaping @Sendable () -> any TextMeasurer,
                            renderer: any SceneRendering) throws -> BriefingPack {
        let context = try BriefingContext(request)
        return try build(context, formats: request.formats, documents: request.documents, scale: request.scale, jobs: request.jobs,
                         chartSize: request.chartSize, svgText: request.svgText, measurer: measurer, renderer: renderer)
    }

    /// Builds the pack. Scenes are laid out and rendered on `jobs` workers, each with its own
    /// measurer from `measurer`.
    /// - Parameters:
    ///   - formats: a non-empty subset of `formats`, in any order.
    ///   - documents: Word and PowerPoint files to write from the report model.
    ///   - scale: PNG scale factor.
    ///   - chartSize: the size every chart is made for (see `sized(_:to:)`).
    ///   - svgText: how `renderer` writes SVG text; with `.text` and SVG among the formats,
    ///     report.html inlines the SVGs so their data marks' titles show on hover.
    public static func build(_ ctx: BriefingContext, formats: [OutputFormat], documents: [DocumentFormat] = [], scale: Double, jobs: Int,
                             chartSize: ChartSize = defaultChartSize,
                             svgText: SVGTextMode = .outlines,
                             measurer: @escaping @Sendable () -> any TextMeasurer,
                             renderer: any SceneRendering) throws -> BriefingPack {
        if let bad = formats.first(where: { !$0.isImage }) { throw BriefingError.unsupportedFormat(bad) }
        let (charts, skipped) = BriefingCharts.build(ctx, chartSize: chartSize)
        guard !charts.isEmpty else {
            throw BriefingError.nothingDrawn(series: ctx.series, available: ctx.dataset.series.map(\.id))
        }
        let order = Self.formats.filter(formats.contains)
        let rendered = try render(charts, formats: order, scale: scale, jobs: jobs, measurer: measurer, renderer: renderer)

        var files: [(String, Data)] = []
        var images: [String: Data] = [:]
        var inlineSVGs: [String: Data] = [:]
        var entries: [ReportDocument.Chart] = []
        for (chart, outputs) in zip(charts, rendered) {
            let names = order.map { "\(chart.id.rawValue).\($0.fileExtension)" }
            for (name, bytes) in zip(names, outputs) { files.append((name, Data(bytes))) }
            let image = names.first { $0.hasSuffix(".png") } ?? names.first { $0.hasSuffix(".svg") } ?? names[0]
            if svgText == .text, let svg = names.firstIndex(where: { $0.hasSuffix(".svg") }) { inlineSVGs[chart.id.rawValue] = Data(outputs[svg]) }
            if let i = names.firstIndex(of: image) { images[image] = Data(outputs[i]) }
            entries.append(.init(id: chart.id.rawValue, title: chart.title, caption: chart.caption, alt: chart.alt, image: image,
                                 files: names, width: Int(chart.spec.size.width.rounded()), height: Int(chart.spec.size.height.rounded()),
                                 widthCm: chart.spec.size.widthCentimetres, heightCm: chart.spec.size.heightCentimetres,
                                 figures: chart.figures, sourceLine: chart.spec.source))
        }
        let document = BriefingReport(ctx).document(charts: entries, skipped: skipped)
        files.append(("report.md", Data(document.markdown().utf8)))
        files.append(("report.html", Data(document.html(images: images, inlineSVGs: inlineSVGs).utf8)))
        files.append(("figures.csv", Data(document.figuresCSV().utf8)))
        files.append(("alt-text.txt", Data(document.altText().utf8)))
        files.append(("embed.md", Data(document.embedSnippets().utf8)))
        if !documents.isEmpty {
            let pictures = try documentImages(charts, rendered: rendered, formats: order, scale: scale, jobs: jobs,
                                              measurer: measurer, renderer: renderer)
            files += try officeFiles(documents, document: document, images: pictures)
        }
        return BriefingPack(files: files, charts: charts, skipped: skipped, document: document)
    }

    /// Each chart's bytes per format, in chart order.
    static func render(_ charts: [BriefingChart], formats: [OutputFormat], scale: Double, jobs: Int,
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

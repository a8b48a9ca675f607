import ChartScene
import Foundation
import OOXML

/// The Word and PowerPoint files a pack can hold beside report.md and report.html.
public enum DocumentFormat: String, CaseIterable, Sendable, Hashable {
    /// report.docx: the report as a Word document.
    case docx
    /// briefing.pptx: one 16:9 slide per chart, key figures and sources.
    case pptx

    /// The file name in the pack.
    public var fileName: String {
        switch self {
        case .docx: "report.docx"
        case .pptx: "briefing.pptx"
        }
    }
}

extension BriefingPack {
    /// The scale of the PNGs inside Word and PowerPoint files: sharp when a chart is placed at
    /// its size on a high-density screen or in print.
    static let documentScale = 2.0

    /// Each chart's PNG at `documentScale` and its SVG, reusing what the pack already rendered
    /// and rendering only what is missing. The SVG goes in when, compressed, it is smaller than
    /// the PNG (clients that read it draw it sharp at any size; the PNG stays as the fallback).
    static func documentImages(_ charts: [BriefingChart], rendered: [[[UInt8]]], formats: [OutputFormat], scale: Double, jobs: Int,
                               measurer: @escaping @Sendable () -> any TextMeasurer,
                               renderer: any SceneRendering) throws -> [String: ChartImage] {
        let pngIndex = scale == documentScale ? formats.firstIndex(of: .png) : nil
        let svgIndex = formats.firstIndex(of: .svg)
        let missing = [pngIndex == nil ? OutputFormat.png : nil, svgIndex == nil ? OutputFormat.svg : nil].compactMap { $0 }
        let extra = missing.isEmpty ? Array(repeating: [], count: charts.count)
            : try render(charts, formats: missing, scale: documentScale, jobs: jobs, measurer: measurer, renderer: renderer)
        var images: [String: ChartImage] = [:]
        for (index, chart) in charts.enumerated() {
            func bytes(_ format: OutputFormat, _ existing: Int?) -> [UInt8]? {
                if let existing { return rendered[index][existing] }
                return missing.firstIndex(of: format).map { extra[index][$0] }
            }
            guard let png = bytes(.png, pngIndex) else { continue }
            let svg = bytes(.svg, svgIndex).flatMap { svg in (try? ZipArchive.compressedSize(of: svg)).flatMap { $0 < png.count ? svg : nil } }
            images[chart.id.rawValue] = ChartImage(png: png, svg: svg)
        }
        return images
    }

    /// report.docx and briefing.pptx, as asked, from the report model.
    static func officeFiles(_ documents: [DocumentFormat], document: ReportDocument,
                            images: [String: ChartImage]) throws -> [(String, Data)] {
        try DocumentFormat.allCases.filter(documents.contains).map { format in
            switch format {
            case .docx: (format.fileName, Data(try document.wordDocument(images: images).docx()))
            case .pptx: (format.fileName, Data(try document.slideDeck(images: images).pptx()))
            }
        }
    }
}

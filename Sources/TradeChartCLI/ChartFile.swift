import ArgumentParser
import CairoBackend
import ChartKit
import ChartScene
import FileIO
import Foundation
import TradeCharts
import NumberText

extension OutputFormat {
    /// Writes `scene` to `path` atomically: an image through Cairo, or the scene as JSON.
    func write(_ scene: Scene, to path: String, scale: Double, svgText: SVGTextMode = .outlines) throws {
        switch self {
        case .json: try AtomicFile.write(Data(try scene.jsonDump().utf8), to: path)
        case .png, .svg, .pdf: try CairoRenderer(svgText: svgText).write(scene, to: path, format: self, scale: scale)
        }
    }
}

/// Options every chart-writing command shares.
struct ChartStyleOptions: ParsableArguments {
    @Option(help: "PNG scale factor (2 for retina screens and print).")
    var scale: Double = 1

    @Option(help: "Theme: briefing, print or dark (overrides the spec).")
    var theme: ThemeName?

    @Option(name: .customLong("lang"), help: "Language of numbers and words: en or vi (overrides the spec).")
    var language: Language?

    @Option(name: .customLong("svg-text"), help: "SVG text: outlines (identical everywhere) or text (selectable and editable, hover titles on data marks; needs the fonts on the reader's machine).")
    var svgText: SVGTextMode = .outlines
    @OptionGroup var size: ChartSizeOptions

    func validate() throws {
        guard scale.isFinite, scale > 0, scale <= 8 else {
            throw ValidationError("--scale must be a number above 0 and at most 8, such as 1 or 2")
        }
    }

    /// The theme, language and size asked for, over the spec's own.
    /// - Throws: `ChartSizeError` when the size asked for does not fit the limits.
    func apply(to spec: inout ChartSpec) throws {
        if let theme { spec.theme = theme }
        if let language { spec.language = language }
        spec.size = try size.resolved(spec.size)
    }
}

extension ThemeName: ExpressibleByArgument {}
extension SVGTextMode: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension QuickKind: ExpressibleByArgument {}

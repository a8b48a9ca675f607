import CCairo
import ChartScene
import FileIO

/// Draws a `Scene` to PNG, SVG or PDF bytes with Cairo and Pango, or writes it to a file atomically.
///
/// Identical input gives byte-identical output in every format. Text is shaped by Pango with the
/// scene's font family lists (e.g. "Noto Sans, Noto Sans Lao"), NFC-normalised.
///
/// ```swift
/// let png = try CairoRenderer().render(scene, format: .png, scale: 2)
/// try CairoRenderer().write(scene, to: "charts/trade.svg", format: .svg)
/// ```
public struct CairoRenderer: Sendable {
    /// The largest canvas side, in device pixels (PNG: scene size × scale; SVG/PDF: scene size).
    public static let maximumSide = 16_384
    /// Fixed PDF dates so identical input gives identical bytes.
    static let pdfDate = "2000-01-01T00:00:00Z"

    /// How SVG output writes text: glyph outlines (Cairo's surface, the default) or `<text>`
    /// elements (`SVGTextWriter`). PNG and PDF ignore it.
    public var svgText: SVGTextMode

    public init(svgText: SVGTextMode = .outlines) { self.svgText = svgText }

    /// The scene encoded in `format`. Every format states the scene's physical size at 96 scene
    /// px per inch (960 px = 25.4 cm): the PNG's `pHYs`, the SVG's `width`/`height` in cm (its
    /// `viewBox` in px) and the PDF page in points. `scale` multiplies the PNG's pixel count (2
    /// for retina or print: 192 dpi, same physical size); SVG and PDF ignore it.
    /// - Throws: `RenderError` for an empty or too large canvas, a bad scale, or a Cairo failure.
    public func render(_ scene: Scene, format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        try renderBytes(scene, format: format, scale: scale)
    }

    /// Renders in memory, then writes `path` atomically: on failure no file is created and an
    /// existing file keeps its content.
    /// - Throws: `RenderError` when rendering fails, FileIO's `FileWriteError` (naming the path and
    ///   the cause) when the file cannot be written.
    public func write(_ scene: Scene, to path: String, format: OutputFormat, scale: Double = 1) throws {
        let bytes = try renderBytes(scene, format: format, scale: scale)
        try AtomicFile.write(bytes, to: path)
    }

    /// `render` with the text drawn by `engine` (default: the calling thread's engine).
    func renderBytes(_ scene: Scene, format: OutputFormat, scale: Double,
                     engine: PangoTextEngine? = nil) throws(RenderError) -> [UInt8] {
        let (width, height) = (scene.size.width, scene.size.height)
        guard width.isFinite, height.isFinite, width > 0, height > 0 else {
            throw RenderError.invalidCanvas(width: width, height: height)
        }
        guard scale.isFinite, scale > 0 else { throw RenderError.invalidScale(scale) }
        let deviceScale = format == .png ? scale : 1
        let pixels = (w: (width * deviceScale).rounded(.up), h: (height * deviceScale).rounded(.up))
        let limit = Double(Self.maximumSide)
        guard pixels.w <= limit, pixels.h <= limit else {
            throw RenderError.canvasTooLarge(
                width: pixels.w < 1e9 ? Int(pixels.w) : Int(1e9), height: pixels.h < 1e9 ? Int(pixels.h) : Int(1e9),
                limit: Self.maximumSide)
        }
        let text: PangoTextEngine
        if let engine { text = engine } else { text = try PangoTextEngine.current() }
        switch format {
        case .png:
            let opaque = (scene.background?.alpha ?? 0) >= 1
            let surface = try CairoSurface.image(width: Int32(pixels.w), height: Int32(pixels.h), opaque: opaque)
            try draw(scene, on: surface, scale: scale, text: text)
            return try PNGEncoder.encode(surface.raw, pixelsPerMetre: PNGPhysicalSize.pixelsPerMetre(pixels: Int(pixels.w), sceneWidth: width))
        case .svg where svgText == .text:
            return SVGTextWriter(engine: text).svg(scene)
        case .svg:
            let surface = try CairoSurface.svg(width: width, height: height)
            try draw(scene, on: surface, scale: 1, text: text)
            let svg = SVGPhysicalSize.apply(scene.size, to: SVGStableIDs.renumberSurfaces(try surface.finish()))
            return SVGAccessibility.insert(title: scene.title, description: scene.description, into: svg)
        case .pdf:
            let pointsPerPixel = 72.0 / 96.0
            let surface = try CairoSurface.pdf(width: width * pointsPerPixel, height: height * pointsPerPixel)
            if let title = scene.title, !title.isEmpty { try surface.setPDFMetadata(CAIRO_PDF_METADATA_TITLE, nfc(title)) }
            if let about = scene.description, !about.isEmpty {
                try surface.setPDFMetadata(CAIRO_PDF_METADATA_SUBJECT, nfc(about))
            }
            try surface.setPDFMetadata(CAIRO_PDF_METADATA_CREATOR, "tradechart")
            try surface.setPDFMetadata(CAIRO_PDF_METADATA_CREATE_DATE, Self.pdfDate)
            try surface.setPDFMetadata(CAIRO_PDF_METADATA_MOD_DATE, Self.pdfDate)
            try draw(scene, on: surface, scale: pointsPerPixel, text: text)
            return try surface.finish()
        case .json:
            do { return Array(try scene.jsonDump().utf8) } catch { throw RenderError.cairo(operation: "dump the scene", status: "\(error)") }
        }
    }

    private func draw(_ scene: Scene, on surface: CairoSurface, scale: Double,
                      text: PangoTextEngine) throws(RenderError) {
        let context = try CairoContext(surface)
        if scale != 1 { cairo_scale(context.raw, scale, scale) }
        let drawer = SceneDrawer(context: context, text: text)
        drawer.draw(scene)
        try context.checkStatus("draw the scene")
    }
}

/// A chart image for a document or slide: a PNG, optionally the same drawing as SVG, and the
/// text a screen reader reads out.
public struct Picture: Sendable, Equatable {
    /// The PNG bytes (any resolution; Office scales them to the placed size).
    public var png: [UInt8]
    /// The SVG shown instead of the PNG by clients that read Office's `svgBlip` extension (the PNG
    /// stays as the fallback every client reads).
    public var svg: [UInt8]?
    /// Width over height of the drawing.
    public var aspect: Double
    /// The width the drawing was made for, in cm (its text sizes are right at this width); Word
    /// places it at this width (the text width at most); nil fills the text width.
    public var widthCm: Double?
    /// A short name ("trade-vs-target").
    public var name: String
    /// The alt text, written to the description field (`descr`).
    public var description: String

    public init(png: [UInt8], svg: [UInt8]? = nil, aspect: Double, widthCm: Double? = nil, name: String, description: String) {
        self.png = png; self.svg = svg; self.aspect = aspect; self.widthCm = widthCm; self.name = name; self.description = description
    }
}

/// DrawingML shared by Word and PowerPoint: lengths in EMU and the picture's blip.
enum DrawingML {
    static let main = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"
    static let svgNamespace = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
    /// The extension id Office uses for an SVG alongside a blip.
    static let svgExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"

    /// English Metric Units per centimetre.
    static let emuPerCm = 360_000.0
    /// EMU per point.
    static let emuPerPoint = 12_700.0

    static func emu(cm: Double) -> Int { Int((cm * emuPerCm).rounded()) }

    /// `<a:blip>` for the PNG relationship, with the SVG relationship in its extension list.
    static func blip(png: String, svg: String?) -> XML {
        guard let svg else { return .el("a:blip", [("r:embed", png)]) }
        return .el("a:blip", [("r:embed", png)], [
            .el("a:extLst", [], [.el("a:ext", [("uri", svgExtension)], [
                .el("asvg:svgBlip", [("xmlns:asvg", svgNamespace), ("r:embed", svg)]),
            ])]),
        ])
    }

    /// `<a:xfrm>` at `x, y` with size `cx × cy` (EMU).
    static func transform(x: Int, y: Int, cx: Int, cy: Int, prefix: String = "a") -> XML {
        .el("\(prefix):xfrm", [], [.el("a:off", [("x", "\(x)"), ("y", "\(y)")]), .el("a:ext", [("cx", "\(cx)"), ("cy", "\(cy)")])])
    }

    static let rectangle: XML = .el("a:prstGeom", [("prst", "rect")], [.el("a:avLst")])
}

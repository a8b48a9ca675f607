import ChartKit
import ChartScene
import Foundation
import Testing

@testable import CairoBackend

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a text-mode SVG back: every element with its attributes, the text of each `<text>`, and
/// the `<title>` of each element that has one.
final class SVGTree: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var title: String?
        var parent: Int?
    }

    var elements: [Element] = []
    private var stack: [Int] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, parent: stack.last))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in stack { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let index = stack.popLast() else { return }
        if name == "title", let parent = elements[index].parent { elements[parent].title = elements[index].text }
    }

    static func parse(_ bytes: [UInt8]) -> SVGTree? {
        let tree = SVGTree()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = tree
        return parser.parse() ? tree : nil
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}

@Suite("SVG with real text")
struct SVGTextWriterTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/svgtext/vi-trade.yaml").path

    /// The Vietnamese fixture chart laid out with Pango, as the CLI does.
    static func vietnameseChart() throws -> Scene {
        let spec = try ChartSpec.decode(yaml: try String(contentsOfFile: fixture, encoding: .utf8), file: "vi-trade.yaml")
        return try ChartBuilder(measurer: PangoTextMeasurer()).scene(for: spec)
    }

    let text = CairoRenderer(svgText: .text)

    @Test("text is written as <text>, escaped, with the family list, and parses as XML")
    func escaping() throws {
        let run = TextItem(text: "Exports < imports & \"balance\" 'net'\u{1}", position: Point(x: 20, y: 50),
                           font: Font(size: 16, weight: .bold, italic: true), role: "title")
        var scene = SampleScenes.single(run)
        scene.title = "A <b> & c"
        scene.description = "Tỷ \"USD\""
        let svg = try text.render(scene, format: .svg)
        let raw = String(decoding: svg, as: UTF8.self)
        #expect(raw.contains("Exports &lt; imports &amp; &quot;balance&quot; &#39;net&#39;</text>"))
        let tree = try #require(SVGTree.parse(svg))
        let texts = tree.named("text")
        #expect(texts.count == 1)
        #expect(texts.first?.text == "Exports < imports & \"balance\" 'net'")
        #expect(texts.first?.attributes["font-family"] == "'Noto Sans', 'Noto Sans Lao', sans-serif")
        #expect(texts.first?.attributes["font-weight"] == "bold")
        #expect(texts.first?.attributes["font-style"] == "italic")
        #expect(tree.named("title").first?.text == "A <b> & c")
        #expect(tree.named("desc").first?.text == "Tỷ \"USD\"")
        let root = try #require(tree.elements.first)
        #expect(root.attributes["role"] == "img")
        let ids = (root.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
        #expect(ids.count == 2)
        #expect(Set(ids) == Set(tree.elements.compactMap { $0.attributes["id"] }.filter { $0.hasSuffix("-title") || $0.hasSuffix("-desc") }))
    }

    @Test("xml:lang: the scene's language on the root, lo on Lao runs inside a line and on all-Lao lines")
    func languages() throws {
        var scene = SampleScenes.sample()
        scene.language = "vi"
        scene.items.append(.text(TextItem(text: "Viêng Chăn (ວຽງຈັນ) 2025", position: Point(x: 20, y: 340), font: Font(size: 14))))
        let tree = try #require(SVGTree.parse(try text.render(scene, format: .svg)))
        #expect(tree.elements.first?.attributes["xml:lang"] == "vi")
        let texts = tree.named("text")
        let lao = try #require(texts.first { $0.text == SampleScenes.lao })
        #expect(lao.attributes["xml:lang"] == "lo")
        let vietnamese = try #require(texts.first { $0.text == SampleScenes.vietnamese })
        #expect(vietnamese.attributes["xml:lang"] == nil)
        let spans = tree.named("tspan")
        #expect(spans.map(\.text) == ["ວຽງຈັນ"])
        #expect(spans.allSatisfy { $0.attributes["xml:lang"] == "lo" })
        #expect(texts.contains { $0.text == "Viêng Chăn (ວຽງຈັນ) 2025" })
    }

    @Test("script runs: Lao words with their marks; spaces and digits inside a Lao phrase stay Lao, around it they do not")
    func runs() {
        #expect(SVGLanguageRuns.runs("Lào ນ້ຳ ເຈົ້າ 2025")
            == [.init(text: "Lào ", isLao: false), .init(text: "ນ້ຳ ເຈົ້າ", isLao: true), .init(text: " 2025", isLao: false)])
        #expect(SVGLanguageRuns.runs("ນ້ຳ ເຈົ້າ 2025") == [.init(text: "ນ້ຳ ເຈົ້າ 2025", isLao: true)])
        #expect(SVGLanguageRuns.runs("2,98 tỷ USD") == [.init(text: "2,98 tỷ USD", isLao: false)])
        #expect(SVGLanguageRuns.runs("ລາວ–Việt") == [.init(text: "ລາວ", isLao: true), .init(text: "–Việt", isLao: false)])
        #expect(SVGLanguageRuns.runs(" 12 ") == [.init(text: " 12 ", isLao: false)])
        #expect(SVGLanguageRuns.runs("").isEmpty)
    }

    @Test("every data mark of the Vietnamese chart has a title with its value, period and source")
    func dataTitles() throws {
        let scene = try Self.vietnameseChart()
        let tree = try #require(SVGTree.parse(try text.render(scene, format: .svg)))
        let bars = tree.named("path").filter { $0.attributes["class"] == "bar" }
        #expect(bars.count == 5)
        for (bar, period) in zip(bars, ["2021", "2022", "2023", "2024", "2025-01..2025-11"]) {
            let title = try #require(bar.title)
            #expect(title.contains("Kim ngạch"))
            #expect(title.contains("\(period): "))
            #expect(title.contains("tỷ USD") || title.contains("triệu USD"))
            #expect(title.contains("Nguồn: "))
        }
        #expect(bars[3].title?.contains("2,98 tỷ USD (sơ bộ)") == true)
        #expect(bars[4].title?.contains("lũy kế, chưa phải cả năm") == true)
        // The line's five values: one invisible hit circle each, titled; the markers too.
        let hits = tree.named("circle")
        #expect(hits.count == 5)
        #expect(hits.allSatisfy { ($0.title ?? "").contains("Mục tiêu ວຽງຈັນ") && ($0.title ?? "").contains("Nguồn: Tổng cục Thống kê") })
        let markers = tree.named("path").filter { $0.attributes["class"] == "point" }
        #expect(markers.count == 5 && markers.allSatisfy { $0.title != nil })
        // Decoration has no title.
        #expect(tree.named("path").filter { ["gridline", "axis"].contains($0.attributes["class"] ?? "") }.allSatisfy { $0.title == nil })
    }

    @Test("a heat map cell's number and its backing let the pointer through to the cell, whose title hovering shows")
    func heatLabelBacking() throws {
        let cell = Rect(x: 20, y: 20, width: 80, height: 40)
        let fill = Color(red: 0.2, green: 0.4, blue: 0.6)
        let datum = MarkDatum(period: "2030", value: "6.1 billion USD", status: "projection", source: "Source: Ministry plan")
        let label = TextItem(text: "6.1", position: Point(x: cell.midX, y: cell.midY), font: Font(size: 12),
                             anchor: .middle, baseline: .middle, role: "heat-label")
        let scene = Scene(size: Size(width: 120, height: 80), items: [
            .path(PathItem.rect(cell, fill: fill, role: "heat-cell").with(data: [datum])),
            .path(.rect(Rect(x: 48, y: 32, width: 24, height: 16), fill: fill, role: "heat-label-halo")),
            .text(label),
        ])
        let tree = try #require(SVGTree.parse(try text.render(scene, format: .svg)))
        let paths = tree.named("path")
        let cellPath = try #require(paths.first { $0.attributes["class"] == "heat-cell" })
        #expect(cellPath.title == datum.summary)
        #expect(cellPath.attributes["pointer-events"] == nil)
        let backing = try #require(paths.first { $0.attributes["class"] == "heat-label-halo" })
        #expect(backing.attributes["pointer-events"] == "none")
        #expect(backing.title == nil)
        #expect(tree.named("text").first?.attributes["pointer-events"] == "none")
    }

    @Test("deterministic bytes; ids differ between charts, so several can share an HTML page")
    func deterministic() throws {
        let scene = try Self.vietnameseChart()
        let first = try text.render(scene, format: .svg)
        #expect(try text.render(scene, format: .svg) == first)
        let other = try text.render(SampleScenes.sample(), format: .svg)
        let ids = { (svg: [UInt8]) in Set((SVGTree.parse(svg)?.elements ?? []).compactMap { $0.attributes["id"] }) }
        #expect(!ids(first).isEmpty)
        #expect(ids(first).isDisjoint(with: ids(other)))
        #expect(String(decoding: first, as: UTF8.self).contains("clip-path=\"url(#"))
    }

    @Test("the default stays outlines: no <text>, no data titles")
    func defaultOutlines() throws {
        let svg = String(decoding: try CairoRenderer().render(try Self.vietnameseChart(), format: .svg), as: UTF8.self)
        #expect(!svg.contains("<text"))
        #expect(svg.contains("<symbol") || svg.contains("<use"))
    }

    @Test("text runs sit on Pango's baseline for their anchor and baseline")
    func positions() throws {
        let font = Font(size: 20)
        let engine = try PangoTextEngine.current()
        let line = engine.setLine("Kim ngạch", font: font)
        let scene = SampleScenes.single(TextItem(text: "Kim ngạch", position: Point(x: 200, y: 40), font: font,
                                                 anchor: .middle, baseline: .top))
        let tree = try #require(SVGTree.parse(try text.render(scene, format: .svg)))
        let run = try #require(tree.named("text").first)
        #expect(run.attributes["x"] == "200")
        #expect(run.attributes["text-anchor"] == "middle")
        #expect(run.attributes["y"] == SVGNumber.text(40 - line.y + line.baseline))
    }

    // MARK: - Rendered by a reader's programs

    /// Share of pixels allowed to differ by more than `RasterComparison.tolerance` (64 of 255 in
    /// any channel) between the outline and the text rendering of the same 720×420 chart.
    /// Measured on the development machine (Noto fonts installed): rsvg-convert 0.000 % (it
    /// shapes with Pango too), Chromium 0.40 %, all of it on glyph edges of the title and subtitle
    /// (outlines are filled paths, text is rasterised with the font engine's anti-aliasing). The
    /// control, the same text in another font (DejaVu Serif, as on a machine without Noto Sans),
    /// changes 3.5–3.8 %; 1 % sits between, with room on both sides.
    static let allowedShare = 0.01

    static func compare(_ rasterise: ([UInt8]) throws -> [UInt8]) throws -> (same: RasterComparison.Difference, control: RasterComparison.Difference) {
        let scene = try vietnameseChart()
        let outlines = try CairoRenderer().render(scene, format: .svg)
        let text = try CairoRenderer(svgText: .text).render(scene, format: .svg)
        let serif = Array(String(decoding: text, as: UTF8.self)
            .replacingOccurrences(of: "&#39;Noto Sans&#39;, &#39;Noto Sans Lao&#39;, sans-serif", with: "&#39;DejaVu Serif&#39;, serif").utf8)
        let reference = try rasterise(outlines)
        let same = try #require(RasterComparison.difference(reference, try rasterise(text)))
        let control = try #require(RasterComparison.difference(reference, try rasterise(serif)))
        return (same, control)
    }

    @Test("rsvg-convert renders the text mode of a Vietnamese chart like the outline mode",
          .enabled(if: RasterComparison.rsvgConvert != nil, "rsvg-convert is not installed (apt librsvg2-bin)"))
    func rsvg() throws {
        let (same, control) = try Self.compare(RasterComparison.rsvg)
        #expect(same.changedShare < Self.allowedShare, "rsvg-convert: \(same)")
        #expect(control.changedShare > Self.allowedShare, "rsvg-convert control: \(control)")
    }

    @Test("Chromium renders the text mode of a Vietnamese chart like the outline mode",
          .enabled(if: RasterComparison.chromium != nil, "Chromium is not installed"))
    func chromium() throws {
        let (same, control) = try Self.compare { try RasterComparison.chromium($0, width: 720, height: 420) }
        #expect(same.changedShare < Self.allowedShare, "Chromium: \(same)")
        #expect(control.changedShare > Self.allowedShare, "Chromium control: \(control)")
    }
}

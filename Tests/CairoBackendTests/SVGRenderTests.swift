import ChartScene
import Foundation
import Testing

@testable import CairoBackend

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the root element's attributes and the text of `<title>` and `<desc>`.
final class SVGProbe: NSObject, XMLParserDelegate {
    var rootAttributes: [String: String] = [:]
    var elements: [String] = []
    var texts: [String: String] = [:]
    private var current: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if elements.isEmpty { rootAttributes = attributes }
        elements.append(name)
        current = name == "title" || name == "desc" ? name : nil
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current { texts[current, default: ""] += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        current = nil
    }

    static func parse(_ bytes: [UInt8]) -> SVGProbe? {
        let probe = SVGProbe()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = probe
        return parser.parse() ? probe : nil
    }
}

@Suite("SVG output")
struct SVGRenderTests {
    let renderer = CairoRenderer()

    @Test func sizeIsPhysicalWithAPixelViewBoxAndTitleAndDescriptionEscaped() throws {
        let scene = SampleScenes.sample(
            title: "Trade <Vietnam> & Laos \"2025\"", description: "Exports & imports, 2,98 tỷ USD < 5 tỷ target")
        let svg = try renderer.render(scene, format: .svg)
        let probe = try #require(SVGProbe.parse(svg))
        #expect(probe.elements.first == "svg")
        // 600 × 400 px at 96 per inch: 6.25 in × 4.1667 in.
        #expect(probe.rootAttributes["width"] == "15.875cm")
        #expect(probe.rootAttributes["height"] == "10.5833cm")
        #expect(probe.rootAttributes["viewBox"] == "0 0 600 400")
        #expect(probe.rootAttributes["role"] == "img")
        #expect(probe.rootAttributes["aria-labelledby"] == "chart-title chart-desc")
        #expect(Array(probe.elements.dropFirst().prefix(2)) == ["title", "desc"])
        #expect(probe.texts["title"] == "Trade <Vietnam> & Laos \"2025\"")
        #expect(probe.texts["desc"] == "Exports & imports, 2,98 tỷ USD < 5 tỷ target")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<title id=\"chart-title\">Trade &lt;Vietnam&gt; &amp; Laos &quot;2025&quot;</title>"))
    }

    @Test func titleOnlyLabelsWithTitleAlone() throws {
        let svg = try renderer.render(SampleScenes.sample(title: "Trade", description: nil), format: .svg)
        let probe = try #require(SVGProbe.parse(svg))
        #expect(probe.rootAttributes["aria-labelledby"] == "chart-title")
        #expect(probe.texts["title"] == "Trade")
        #expect(probe.texts["desc"] == nil)
    }

    @Test func noTitleLeavesCairoOutputAsIs() throws {
        let svg = try renderer.render(SampleScenes.sample(title: nil), format: .svg)
        let probe = try #require(SVGProbe.parse(svg))
        #expect(probe.rootAttributes["role"] == nil)
        #expect(!probe.elements.contains("title"))
    }

    @Test func escapeNormalisesAndDropsForbiddenCharacters() {
        #expect(SVGAccessibility.escape("a\u{1}b'c") == "ab&#39;c")
        #expect(SVGAccessibility.escape("Vie\u{323}\u{302}t") == "Việt")  // decomposed → composed
        #expect(SVGAccessibility.escape("Việt").unicodeScalars.count == 4)
    }

    @Test func textIsDrawnAsGlyphOutlines() throws {
        let svg = String(decoding: try renderer.render(SampleScenes.sample(), format: .svg), as: UTF8.self)
        #expect(svg.contains("<symbol overflow=\"visible\" id=\"glyph0-1\">"))
        #expect(!svg.contains("<text"))
    }

    @Test func surfaceIDsAreRenumberedConsistently() {
        let input = Array("<g id=\"surface362\"><use xlink:href=\"#surface362\"/><g id=\"surface9\"/>surface5".utf8)
        let expected = "<g id=\"surface1\"><use xlink:href=\"#surface1\"/><g id=\"surface2\"/>surface5"
        #expect(String(decoding: SVGStableIDs.renumberSurfaces(input), as: UTF8.self) == expected)
    }
}

import ChartScene
import Testing

@testable import CairoBackend

@Suite("Pango text measurer")
struct PangoTextMeasurerTests {
    let measurer = PangoTextMeasurer()
    let font = Font(size: 16)

    @Test func longerStringsAreWider() {
        let short = measurer.measure("2,98", font: font)
        let long = measurer.measure("2,98 tỷ USD", font: font)
        #expect(short.width > 20 && short.width < 50)
        #expect(long.width > short.width + 30)
    }

    @Test func emptyStringHasNoWidthButALineHeight() {
        let empty = measurer.measure("", font: font)
        #expect(empty.width == 0)
        #expect(empty.height > 16)
    }

    @Test func laoCombiningMarksAddNoWidth() {
        // ົ (U+0EBB) and ້ (U+0EC9) stack above the consonant.
        let bare = measurer.measure("ເຈາ", font: font)
        let marked = measurer.measure("ເຈົ້າ", font: font)
        #expect(bare.width > 15)
        #expect(abs(marked.width - bare.width) < 0.01)
    }

    @Test func vietnameseDiacriticsAddNoWidthAndNormalisationDoesNotMatter() {
        let composed = measurer.measure("Việt", font: font)
        let decomposed = measurer.measure("Vie\u{323}\u{302}t", font: font)
        #expect(composed == decomposed)
        #expect(abs(measurer.measure("Viet", font: font).width - composed.width) < 0.01)
    }

    @Test func boldIsWiderThanRegular() {
        let text = SampleScenes.vietnamese
        let regular = measurer.measure(text, font: Font(size: 16))
        let bold = measurer.measure(text, font: Font(size: 16, weight: .bold))
        #expect(bold.width > regular.width * 1.03)
    }

    @Test func metricsScaleWithFontSize() {
        let small = measurer.measure("Kim ngạch", font: Font(size: 10))
        let large = measurer.measure("Kim ngạch", font: Font(size: 20))
        #expect(abs(large.width - 2 * small.width) < 0.05)
        // Noto Sans: ascent 1.069 em, descent 0.293 em.
        #expect(abs(large.ascent - 21.38) < 0.1)
        #expect(abs(large.descent - 5.86) < 0.1)
    }

    /// The renderer places text with the same metrics: an end-anchored run's ink ends at the anchor,
    /// and a start-anchored run's ink spans about the measured width.
    @Test func renderedInkMatchesMeasuredWidth() throws {
        let text = "Kim ngạch 2,98 tỷ USD"
        let width = measurer.measure(text, font: Font(size: 20)).width
        let start = SampleScenes.single(TextItem(text: text, position: Point(x: 50, y: 100), font: Font(size: 20)))
        let image = try #require(DecodedPNG(try CairoRenderer().render(start, format: .png)))
        let ink = try #require(image.darkBounds(x: 0...399, y: 0...199))
        #expect(abs(Double(ink.minX) - 50) <= 3)
        #expect(abs(Double(ink.maxX) - (50 + width)) <= 3)
        let end = SampleScenes.single(
            TextItem(text: text, position: Point(x: 350, y: 100), font: Font(size: 20), anchor: .end))
        let endImage = try #require(DecodedPNG(try CairoRenderer().render(end, format: .png)))
        let endInk = try #require(endImage.darkBounds(x: 0...399, y: 0...199))
        #expect(abs(Double(endInk.maxX) - 350) <= 3)
        #expect(abs(Double(endInk.minX) - (350 - width)) <= 3)
    }

    @Test func baselinesPlaceInkAboveBelowOrAcrossThePosition() throws {
        func ink(_ baseline: TextBaseline) throws -> (minY: Int, maxY: Int) {
            let scene = SampleScenes.single(
                TextItem(text: "2,98 HT", position: Point(x: 20, y: 100), font: Font(size: 30), baseline: baseline))
            let image = try #require(DecodedPNG(try CairoRenderer().render(scene, format: .png)))
            let bounds = try #require(image.darkBounds(x: 0...399, y: 0...199))
            return (bounds.minY, bounds.maxY)
        }
        let top = try ink(.top)
        #expect(top.minY >= 100)
        let bottom = try ink(.bottom)
        #expect(bottom.maxY <= 100)
        let alphabetic = try ink(.alphabetic)
        #expect(alphabetic.maxY >= 99 && alphabetic.maxY <= 106)  // the comma descends a little
        let middle = try ink(.middle)
        #expect(middle.minY < 100 && middle.maxY > 100)
    }

    @Test func concurrentMeasuringAgrees() async {
        let strings = (0..<200).map { "Giá trị \($0) tỷ ການຄ້າ" }
        let expected = strings.map { measurer.measure($0, font: font) }
        let results = await withTaskGroup(of: [TextMetrics].self) { group in
            for _ in 0..<4 {
                group.addTask { strings.map { PangoTextMeasurer().measure($0, font: Font(size: 16)) } }
            }
            return await group.reduce(into: [[TextMetrics]]()) { $0.append($1) }
        }
        #expect(results.count == 4)
        #expect(results.allSatisfy { $0 == expected })
    }
}

import ChartScene
import Foundation
import Testing

@testable import CairoBackend

@Suite("PNG output")
struct PNGRenderTests {
    let renderer = CairoRenderer()

    @Test func sampleDecodesWithColoursAtKnownPlaces() throws {
        let png = try renderer.render(SampleScenes.sample(), format: .png)
        let image = try #require(DecodedPNG(png))
        #expect(image.width == 600 && image.height == 400)
        let red = image.pixel(70, 50)
        #expect(red.r == 0xD6 && red.g == 0x27 && red.b == 0x28)
        let background = image.pixel(590, 390)
        #expect(background.r == 255 && background.g == 255 && background.b == 255)
        // The group's blue rect is clipped to 50×50 after the translation to (300, 20).
        let blue = image.pixel(325, 45)
        #expect(blue.r == 0x1F && blue.g == 0x77 && blue.b == 0xB4)
        let clippedAway = image.pixel(375, 45)
        #expect(clippedAway.r == 255 && clippedAway.g == 255 && clippedAway.b == 255)
    }

    @Test func textLeavesInkAroundItsBaseline() throws {
        let image = try #require(DecodedPNG(try renderer.render(SampleScenes.sample(), format: .png)))
        let vietnamese = try #require(image.darkBounds(x: 0...599, y: 120...165))
        #expect(vietnamese.minX >= 20 && vietnamese.minX <= 24)
        #expect(vietnamese.maxY > 150 && vietnamese.maxY <= 156)  // descenders (g, ạ) just below the baseline
        #expect(vietnamese.maxX > 300)
        let lao = try #require(image.darkBounds(x: 0...599, y: 170...215))
        #expect(lao.minX >= 20 && lao.minX <= 24)
        #expect(lao.maxX > 200)
    }

    @Test func hatchDrawsLinesInsideTheShapeOnly() throws {
        let image = try #require(DecodedPNG(try renderer.render(SampleScenes.sample(), format: .png)))
        var dark = 0
        var light = 0
        for x in 145...235 {
            if image.isDark(x, 50) { dark += 1 } else { light += 1 }
        }
        #expect(dark > 8 && light > 40)  // lines every 6 px at 45°: about one in five pixels on a row
        let outside = image.pixel(250, 50)
        #expect(outside.r == 255 && outside.g == 255 && outside.b == 255)
    }

    @Test func dashedLineHasGaps() throws {
        let image = try #require(DecodedPNG(try renderer.render(SampleScenes.sample(), format: .png)))
        let row = (20..<120).map { image.pixel($0, 100).r < 128 }
        let transitions = zip(row, row.dropFirst()).filter { $0 != $1 }.count
        #expect(transitions >= 18)  // 10 px period over 100 px: ten dashes, two edges each
    }

    @Test(arguments: [(1.0, 600, 400, UInt32(3780)), (2.0, 1200, 800, UInt32(7559)), (1.5, 900, 600, UInt32(5669))])
    func scaleSetsPixelsAndPhysicalSize(scale: Double, width: Int, height: Int, pixelsPerMetre: UInt32) throws {
        let png = try renderer.render(SampleScenes.sample(), format: .png, scale: scale)
        let image = try #require(DecodedPNG(png))
        #expect(image.width == width && image.height == height)
        let red = image.pixel(Int(70 * scale), Int(50 * scale))
        #expect(red.r == 0xD6 && red.g == 0x27 && red.b == 0x28)
        let chunks = pngChunks(png)
        #expect(chunks.map(\.type).prefix(2) == ["IHDR", "pHYs"])
        #expect(chunks.filter { $0.type == "pHYs" }.count == 1)
        let phys = try #require(chunks.first { $0.type == "pHYs" })
        let be: (ArraySlice<UInt8>) -> UInt32 = { $0.reduce(0) { $0 << 8 | UInt32($1) } }
        #expect(phys.data.count == 9)
        #expect(be(phys.data[0..<4]) == pixelsPerMetre && be(phys.data[4..<8]) == pixelsPerMetre)
        #expect(phys.data[8] == 1)
        #expect(phys.crc == CRC32.checksum(Array("pHYs".utf8) + phys.data))
    }

    @Test func crcMatchesKnownValues() {
        #expect(CRC32.checksum(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func fractionalSizeRoundsUp() throws {
        let scene = Scene(size: Size(width: 100.2, height: 50.5), items: [])
        let image = try #require(DecodedPNG(try renderer.render(scene, format: .png, scale: 2)))
        #expect(image.width == 201 && image.height == 101)
    }

    @Test func transparentBackgroundKeepsAlpha() throws {
        let scene = Scene(size: Size(width: 40, height: 40), background: nil,
            items: [.path(.rect(Rect(x: 0, y: 0, width: 20, height: 40), fill: SampleScenes.red))])
        let image = try #require(DecodedPNG(try renderer.render(scene, format: .png)))
        #expect(image.pixel(10, 20).a == 255)
        #expect(image.pixel(30, 20).a == 0)
    }

    @Test func tooLargeCanvasIsRejectedWithItsSize() {
        let scene = Scene(size: Size(width: 100_000, height: 100), items: [])
        #expect(throws: RenderError.canvasTooLarge(width: 100_000, height: 100, limit: 16_384)) {
            try renderer.render(scene, format: .png)
        }
        let scaled = Scene(size: Size(width: 10_000, height: 100), items: [])
        #expect(throws: RenderError.canvasTooLarge(width: 20_000, height: 200, limit: 16_384)) {
            try renderer.render(scaled, format: .png, scale: 2)
        }
    }

    @Test func badSizeAndScaleAreRejected() {
        let empty = Scene(size: Size(width: 0, height: 100), items: [])
        #expect(throws: RenderError.invalidCanvas(width: 0, height: 100)) { try renderer.render(empty, format: .svg) }
        let scene = SampleScenes.sample()
        #expect(throws: RenderError.invalidScale(-1)) { try renderer.render(scene, format: .png, scale: -1) }
        #expect(throws: RenderError.self) { try renderer.render(scene, format: .png, scale: .nan) }
    }

    /// Set TRADECHART_SAMPLE_DIR to write the sample (PNG at scale 2, SVG, PDF) there for a visual check.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TRADECHART_SAMPLE_DIR"] != nil, "set TRADECHART_SAMPLE_DIR to write the sample"))
    func writesSampleForVisualCheckWhenAsked() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["TRADECHART_SAMPLE_DIR"])
        let scene = SampleScenes.sample(title: "Vietnam–Laos trade", description: "Sample of every primitive")
        try renderer.write(scene, to: "\(folder)/cairo-sample.png", format: .png, scale: 2)
        try renderer.write(scene, to: "\(folder)/cairo-sample.svg", format: .svg)
        try renderer.write(scene, to: "\(folder)/cairo-sample.pdf", format: .pdf)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/cairo-sample.png"))
    }
}

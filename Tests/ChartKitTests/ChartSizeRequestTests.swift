import Foundation
import Testing
@testable import ChartKit

@Suite("Chart sizes: lengths, aspects, named sizes")
struct ChartSizeRequestTests {
    static let cm = 96 / 2.54

    static let lengthCases: [(String, Double)] = [
        ("16cm", 16 * cm), ("160mm", 16 * cm), ("6.3in", 604.8), ("454pt", 605.0 + 1.0 / 3), ("605px", 605),
        ("16 cm", 16 * cm), ("16,5cm", 16.5 * cm), (" 2.54 CM ", 96), ("1inch", 96),
    ]

    @Test("lengths in every unit convert to CSS px at 96 per inch", arguments: lengthCases)
    func lengths(text: String, pixels: Double) throws {
        #expect(abs(try Length(parsing: text).pixels - pixels) < 1e-9)
    }

    @Test("a length prints back in its own unit")
    func lengthDescription() throws {
        #expect(try Length(parsing: "16 cm").description == "16cm")
        #expect(try Length(parsing: "6,30in").description == "6.3in")
        #expect(abs(try Length(parsing: "1in").centimetres - 2.54) < 1e-12)
    }

    @Test("bad lengths are one line naming the value and what was expected", arguments: [
        ("16 furlongs", "unknown unit 'furlongs' in '16 furlongs': expected cm, mm, in, pt or px, e.g. 16cm"),
        ("16", "'16' has no unit: add one of cm, mm, in, pt or px, e.g. 16cm"),
        ("cm", "'cm' is not a length: expected a number and a unit (cm, mm, in, pt or px), e.g. 16cm"),
        ("", "'' is not a length: expected a number and a unit (cm, mm, in, pt or px), e.g. 16cm"),
        ("1.2.3cm", "'1.2.3cm' is not a length: expected a number and a unit (cm, mm, in, pt or px), e.g. 16cm"),
        ("-4cm", "'-4cm' is not above zero: expected a length such as 16cm"),
        ("0mm", "'0mm' is not above zero: expected a length such as 16cm"),
        ("1e3cm", "unknown unit 'e3cm' in '1e3cm': expected cm, mm, in, pt or px, e.g. 16cm"),
    ])
    func badLengths(text: String, message: String) {
        #expect(throws: ChartSizeError.self) { try Length(parsing: text) }
        do { _ = try Length(parsing: text) } catch { #expect(error.description == message) }
    }

    @Test("aspect ratios", arguments: [("16:9", 16.0 / 9), ("4:3", 4.0 / 3), ("3:2", 1.5), ("1:1", 1), (" 1,91 : 1 ", 1.91)])
    func aspects(text: String, ratio: Double) throws {
        #expect(abs(try AspectRatio(parsing: text).ratio - ratio) < 1e-12)
    }

    @Test("bad aspect ratios", arguments: [
        ("16/9", "'16/9' is not an aspect ratio: expected width:height with positive numbers, e.g. 16:9, 4:3, 3:2 or 1:1"),
        ("16:0", "'16:0' is not an aspect ratio: expected width:height with positive numbers, e.g. 16:9, 4:3, 3:2 or 1:1"),
        ("a:b", "'a:b' is not an aspect ratio: expected width:height with positive numbers, e.g. 16:9, 4:3, 3:2 or 1:1"),
        ("1:2:3", "'1:2:3' is not an aspect ratio: expected width:height with positive numbers, e.g. 16:9, 4:3, 3:2 or 1:1"),
        ("20:1", "aspect ratio '20:1' is outside 1:10 … 10:1"),
    ])
    func badAspects(text: String, message: String) {
        do { _ = try AspectRatio(parsing: text); Issue.record("'\(text)' was read") } catch { #expect(error.description == message) }
    }

    @Test("named sizes: physical size, aspect and text scale")
    func named() throws {
        let column = NamedChartSize.a4Column.chartSize
        #expect(abs(column.widthCentimetres - 16) < 1e-9 && abs(column.heightCentimetres - 12) < 1e-9 && column.textScale == 1)
        let slide = try NamedChartSize(parsing: "Slide").chartSize
        #expect(abs(slide.widthCentimetres - 25) < 1e-9 && abs(slide.width / slide.height - 16.0 / 9) < 1e-12)
        #expect(slide.textScale == 4.0 / 3)
        #expect(abs(NamedChartSize.a4Landscape.chartSize.widthCentimetres - 24.7) < 1e-9)
        #expect(NamedChartSize.square.chartSize.width == NamedChartSize.square.chartSize.height)
        do { _ = try NamedChartSize(parsing: "a5"); Issue.record("a5 was read") } catch {
            #expect(error.description == "unknown size 'a5': expected a4-column, a4-landscape, slide or square")
        }
    }

    @Test("width and aspect, width alone, height alone, aspect alone, a name with overrides")
    func resolution() throws {
        let base = ChartSize(width: 960, height: 540)
        let w16 = try Length(parsing: "16cm"), a43 = try AspectRatio(parsing: "4:3")
        let both = try ChartSizeRequest(width: w16, aspect: a43).resolved(base)
        #expect(abs(both.widthCentimetres - 16) < 1e-9 && abs(both.heightCentimetres - 12) < 1e-9)
        let widthOnly = try ChartSizeRequest(width: w16).resolved(base)
        #expect(abs(widthOnly.width / widthOnly.height - 16.0 / 9) < 1e-12, "the spec's 16:9 is kept")
        let heightOnly = try ChartSizeRequest(height: try Length(parsing: "9cm")).resolved(base)
        #expect(abs(heightOnly.widthCentimetres - 16) < 1e-9)
        let aspectOnly = try ChartSizeRequest(aspect: a43).resolved(base)
        #expect(aspectOnly.width == 960 && abs(aspectOnly.height - 720) < 1e-9)
        let sides = try ChartSizeRequest(width: w16, height: try Length(parsing: "5in")).resolved(base)
        #expect(abs(sides.height - 480) < 1e-9)
        let unchanged = try ChartSizeRequest().resolved(ChartSize(width: 700, height: 300, textScale: 1.5))
        #expect(unchanged == ChartSize(width: 700, height: 300, textScale: 1.5))
        let slideNarrow = try ChartSizeRequest(named: .slide, width: try Length(parsing: "20cm")).resolved(base)
        #expect(abs(slideNarrow.widthCentimetres - 20) < 1e-9 && abs(slideNarrow.heightCentimetres - 11.25) < 1e-9)
        #expect(slideNarrow.textScale == 4.0 / 3, "the name's text scale stays with a width override")
        let squareWide = try ChartSizeRequest(named: .square, aspect: try AspectRatio(parsing: "2:1")).resolved(base)
        #expect(abs(squareWide.widthCentimetres - 12) < 1e-9 && abs(squareWide.heightCentimetres - 6) < 1e-9)
    }

    @Test("over-determined, too small and too large sizes are errors")
    func resolutionErrors() throws {
        let w = try Length(parsing: "16cm"), h = try Length(parsing: "12cm"), a = try AspectRatio(parsing: "4:3")
        #expect(throws: ChartSizeError.overDetermined) { try ChartSizeRequest(width: w, height: h, aspect: a).resolved(.default) }
        #expect(throws: ChartSizeError.self) { try ChartSizeRequest(width: try Length(parsing: "5mm")).resolved(.default) }
        do { _ = try ChartSizeRequest(width: try Length(parsing: "600cm")).resolved(.default) } catch {
            #expect(error.description == "a chart of 600cm × 337.5cm is too large: each side is at most 16384 px (433.493cm)")
        }
        do { _ = try ChartSizeRequest(height: try Length(parsing: "8mm")).resolved(.default) } catch {
            #expect(error.description == "a chart of 1.422cm × 0.8cm is too small: each side needs at least 1cm")
        }
    }

    @Test("a spec's size reads and writes its text scale; 1 is left out, outside 1…3 is an error at its line")
    func specTextScale() throws {
        let yaml = "size: {width: 600, height: 400, textScale: 1.5}\nlayers: [{mark: line, x: a, y: b}]\n"
        let spec = try ChartSpec.decode(yaml: yaml, file: "s.yaml")
        #expect(spec.size == ChartSize(width: 600, height: 400, textScale: 1.5))
        #expect(try spec.yaml().contains("textScale: 1.5"))
        let plain = try ChartSpec.decode(yaml: "size: {width: 600, height: 400}\nlayers: [{mark: line, x: a, y: b}]\n", file: "s.yaml")
        let plainYAML = try plain.yaml()
        #expect(plain.size.textScale == 1 && !plainYAML.contains("textScale"))
        do {
            _ = try ChartSpec.decode(yaml: "layers: [{mark: line, x: a, y: b}]\nsize: {width: 600, height: 400, textScale: 0.5}\n", file: "s.yaml")
            Issue.record("a text scale of 0.5 was read")
        } catch {
            #expect("\(error)".hasPrefix("s.yaml:2:7: text scale 0.5 is not usable"))
        }
        #expect(throws: ChartError.self) {
            try ChartSpec.decode(yaml: "size: {width: 600, height: 400, scale: 2}\nlayers: [{mark: line, x: a, y: b}]\n", file: "s.yaml")
        }
    }
}

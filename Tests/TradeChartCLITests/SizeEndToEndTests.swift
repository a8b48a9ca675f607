import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `--width`, `--aspect` and `--size` through the binary: every format states the same physical size.
@Suite("chart sizes, end to end", .enabled(if: Binary.shouldRun))
struct SizeEndToEndTests {
    static let spec = Binary.root.appendingPathComponent("charts/examples/vietnam-laos-trade.yaml").path
    static let csv = Binary.root.appendingPathComponent("examples/datasets/vietnam-laos-wide.csv").path

    /// Width and height in cm from a PNG's IHDR and pHYs (pixels per metre).
    static func pngCentimetres(_ path: String) throws -> (width: Double, height: Double) {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        var offset = 8, phys: Int?
        while offset + 8 <= bytes.count {
            if String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self) == "pHYs" { phys = offset + 8; break }
            offset += 12 + be32(offset)
        }
        let p = try #require(phys)
        #expect(be32(p) == be32(p + 4) && bytes[p + 8] == 1, "square pixels, unit metre")
        let perMetre = Double(be32(p))
        return (Double(be32(16)) / perMetre * 100, Double(be32(20)) / perMetre * 100)
    }

    /// Width and height in cm from the root element of an SVG (`16cm`) and its viewBox in px.
    static func svgCentimetres(_ path: String) throws -> (width: Double, height: Double, viewBox: [Double]) {
        let probe = RootProbe()
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        parser.delegate = probe
        #expect(parser.parse())
        let w = try #require(probe.attributes["width"]), h = try #require(probe.attributes["height"])
        #expect(w.hasSuffix("cm") && h.hasSuffix("cm"), "\(w) × \(h)")
        let viewBox = (probe.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        return (try #require(Double(w.dropLast(2))), try #require(Double(h.dropLast(2))), viewBox)
    }

    /// Width and height in cm of the first page's MediaBox (points).
    static func pdfCentimetres(_ path: String) throws -> (width: Double, height: Double) {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let range = try #require(text.range(of: #"/MediaBox \[ *[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ *\]"#, options: .regularExpression))
        let numbers = text[range].dropFirst("/MediaBox [".count).dropLast().split(separator: " ").compactMap { Double($0) }
        #expect(numbers.count == 4)
        return ((numbers[2] - numbers[0]) / 72 * 2.54, (numbers[3] - numbers[1]) / 72 * 2.54)
    }

    @Test("--width 16cm --aspect 4:3: PNG pHYs, SVG width/height and the PDF MediaBox all say 16 × 12 cm")
    func physicalSizesAgree() throws {
        let dir = try Binary.temporaryFolder()
        for ext in ["png", "svg", "pdf"] {
            let run = try Binary.run(["render", Self.spec, "-o", "\(dir)/c.\(ext)", "--width", "16cm", "--aspect", "4:3", "--scale", "2"])
            #expect(run.status == 0 && run.stderr.isEmpty, "\(ext): \(run.stderr)")
        }
        let png = try Self.pngCentimetres("\(dir)/c.png")
        let svg = try Self.svgCentimetres("\(dir)/c.svg")
        let pdf = try Self.pdfCentimetres("\(dir)/c.pdf")
        #expect(svg.width == 16 && svg.height == 12)
        #expect(svg.viewBox.count == 4 && abs(svg.viewBox[2] - 16 / 2.54 * 96) < 0.01 && abs(svg.viewBox[3] - 12 / 2.54 * 96) < 0.01)
        for (name, size) in [("png", (png.width, png.height)), ("pdf", (pdf.width, pdf.height))] {
            // The PNG's pixel count is whole (1210 × 908 at scale 2): within a device pixel.
            #expect(abs(size.0 - 16) < 0.01 && abs(size.1 - 12) < 0.01, "\(name): \(size.0) × \(size.1) cm")
        }
    }

    @Test("plot and report take the same options: --size square, --size slide")
    func plotAndReport() throws {
        let dir = try Binary.temporaryFolder()
        let plot = try Binary.run(["plot", "line", Self.csv, "--x", "năm", "--y", "xuất khẩu", "-o", "\(dir)/p.svg", "--size", "square"])
        #expect(plot.status == 0, "\(plot.stderr)")
        let square = try Self.svgCentimetres("\(dir)/p.svg")
        #expect(square.width == 12 && square.height == 12)
        let report = try Binary.run(["report", "--out", "\(dir)/pack", "--formats", "png", "--size", "slide", "--jobs", "2"])
        #expect(report.status == 0, "\(report.stderr)")
        let chart = try Self.pngCentimetres("\(dir)/pack/growth.png")
        // Whole pixels at scale 1 and whole pixels per metre: the width within 0.005 cm (1/3780 of it),
        // the height within one pixel (1/96 in = 0.0265 cm).
        #expect(abs(chart.width - 25) < 0.005 && abs(chart.height - 25.0 * 9 / 16) < 0.027, "\(chart)")
        let embed = try String(contentsOfFile: "\(dir)/pack/embed.md", encoding: .utf8)
        #expect(embed.contains("\\includegraphics[width=\\linewidth]{growth.png}"), "wider than a column: scaled to the line")
        let column = try Binary.run(["report", "--out", "\(dir)/column", "--formats", "png", "--size", "a4-column", "--jobs", "2"])
        #expect(column.status == 0, "\(column.stderr)")
        let columnChart = try Self.pngCentimetres("\(dir)/column/growth.png")
        #expect(abs(columnChart.width - 16) < 0.005 && abs(columnChart.height - 12) < 0.027)
        let columnEmbed = try String(contentsOfFile: "\(dir)/column/embed.md", encoding: .utf8)
        #expect(columnEmbed.contains("\\includegraphics[width=16cm]{growth.png}"))
        #expect(columnEmbed.contains("<img src=\"growth.png\" width=\"605\" height=\"454\""))
    }

    @Test("bad sizes: one line naming the option and the value, exit 64, no file", arguments: [
        (["--width", "16 furlongs"], "Error: --width: unknown unit 'furlongs' in '16 furlongs': expected cm, mm, in, pt or px, e.g. 16cm"),
        (["--width", "16"], "Error: --width: '16' has no unit: add one of cm, mm, in, pt or px, e.g. 16cm"),
        (["--aspect", "16x9"], "Error: --aspect: '16x9' is not an aspect ratio: expected width:height with positive numbers, e.g. 16:9, 4:3, 3:2 or 1:1"),
        (["--size", "letter"], "Error: --size: unknown size 'letter': expected a4-column, a4-landscape, slide or square"),
        (["--width", "16cm", "--height", "9cm", "--aspect", "16:9"], "Error: give two of --width, --height and --aspect, not all three"),
        (["--width", "5m"], "Error: --width: unknown unit 'm' in '5m': expected cm, mm, in, pt or px, e.g. 16cm"),
        (["--height", "500cm"], "tradechart: error: a chart of 888.889cm × 500cm is too large: each side is at most 16384 px (433.493cm)"),
    ])
    func badSizes(options: [String], message: String) throws {
        let dir = try Binary.temporaryFolder()
        let run = try Binary.run(["render", Self.spec, "-o", "\(dir)/bad.png"] + options)
        #expect(run.status == 64)
        #expect(run.stderr.split(separator: "\n").first.map(String.init) == message)
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/bad.png"))
    }
}

/// The root element's attributes.
private final class RootProbe: NSObject, XMLParserDelegate {
    var attributes: [String: String] = [:]
    private var seen = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if !seen { self.attributes = attributes; seen = true }
    }
}

import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `tradechart render` and `tradechart plot` run as a user runs them, outputs read back.
@Suite("render and plot, end to end", .enabled(if: Binary.shouldRun))
struct RenderEndToEndTests {
    static let spec = Binary.root.appendingPathComponent("charts/examples/vietnam-laos-trade.yaml").path
    static let wide = Binary.root.appendingPathComponent("examples/datasets/vietnam-laos-wide.csv").path

    @Test("a spec renders to PNG with its pixel size and physical resolution")
    func png() throws {
        let dir = try Binary.temporaryFolder()
        let run = try Binary.run(["render", Self.spec, "-o", "\(dir)/t.png", "--scale", "2"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(dir)/t.png")))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 1920 && be32(20) == 1080, "960×540 at scale 2")
        let phys = try #require(findChunk("pHYs", in: bytes))
        #expect(be32(phys) == 7559, "192 dpi keeps the physical size of a 96-dpi 960 px chart")
    }

    @Test("a spec renders to SVG in cm (px viewBox) with title and description, and to PDF")
    func svgAndPDF() throws {
        let dir = try Binary.temporaryFolder()
        #expect(try Binary.run(["render", Self.spec, "-o", "\(dir)/t.svg"]).status == 0)
        #expect(try Binary.run(["render", Self.spec, "-o", "\(dir)/t.pdf"]).status == 0)
        let svg = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/t.svg"))
        let probe = SVGProbe()
        let parser = XMLParser(data: svg)
        parser.delegate = probe
        #expect(parser.parse())
        #expect(probe.width == "25.4cm" && probe.height == "14.2875cm", "960 × 540 px at 96 per inch")
        #expect(probe.title == "Vietnam–Laos trade passed 2.98 billion USD in 2025")
        #expect(probe.desc.hasPrefix("Line chart of Vietnam–Laos two-way trade"))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/t.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
    }

    @Test("rendering twice gives identical files in every format")
    func deterministic() throws {
        let dir = try Binary.temporaryFolder()
        for ext in ["png", "svg", "pdf", "json"] {
            #expect(try Binary.run(["render", Self.spec, "-o", "\(dir)/a.\(ext)"]).status == 0)
            #expect(try Binary.run(["render", Self.spec, "-o", "\(dir)/b.\(ext)"]).status == 0)
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/a.\(ext)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/b.\(ext)"))
            #expect(a == b, "\(ext) differs between runs")
        }
    }

    @Test("many specs render into a folder, one file each")
    func batch() throws {
        let dir = try Binary.temporaryFolder()
        let examples = Binary.root.appendingPathComponent("charts/examples").path
        let specs = try FileManager.default.contentsOfDirectory(atPath: examples).filter { $0.hasSuffix(".yaml") }.sorted()
        let run = try Binary.run(["render"] + specs.map { "\(examples)/\($0)" } + ["--out-dir", dir, "--format", "svg", "--jobs", "2"])
        #expect(run.status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(written == specs.map { $0.replacingOccurrences(of: ".yaml", with: ".svg") })
    }

    @Test("a bad spec is one line naming file, line and column; the old output survives")
    func badSpec() throws {
        let dir = try Binary.temporaryFolder()
        let bad = "\(dir)/bad.yaml"
        try "title: x\nlayers:\n  - {mark: lin, data: t, x: a, y: b}\n".write(toFile: bad, atomically: true, encoding: .utf8)
        try Data("old".utf8).write(to: URL(fileURLWithPath: "\(dir)/out.png"))
        let run = try Binary.run(["render", bad, "-o", "\(dir)/out.png"])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("tradechart: error: \(bad):3:"))
        #expect(run.stderr.contains("'lin' is not a valid mark (did you mean 'line'?)"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: "\(dir)/out.png", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["bad.yaml", "out.png"])
    }

    @Test("a missing spec exits 66; an unknown output extension is a usage error")
    func usage() throws {
        let missing = try Binary.run(["render", "/nonexistent/chart.yaml", "-o", "/tmp/x.png"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "tradechart: error: /nonexistent/chart.yaml: no such chart spec\n")
        let ext = try Binary.run(["render", Self.spec, "-o", "/tmp/x.gif"])
        #expect(ext.status == 64)
        #expect(ext.stderr.contains("cannot tell the format of '/tmp/x.gif': use a .png, .svg, .pdf or .json name"))
    }

    @Test("plot makes a chart from a semicolon, decimal-comma spreadsheet export")
    func plot() throws {
        let dir = try Binary.temporaryFolder()
        let run = try Binary.run(["plot", "line", Self.wide, "--x", "năm", "--y", "xuất khẩu,nhập khẩu",
                                  "-o", "\(dir)/p.json", "--lang", "vi"])
        #expect(run.status == 0)
        let dump = try String(contentsOfFile: "\(dir)/p.json", encoding: .utf8)
        #expect(dump.contains("\"text\": \"Xuất khẩu và Nhập khẩu\""))
        #expect(dump.contains("\"text\": \"2010\"") && dump.contains("\"text\": \"2025\""))
        let unknown = try Binary.run(["plot", "line", Self.wide, "--x", "year", "--y", "exports", "-o", "\(dir)/q.png"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.hasPrefix("tradechart: error: table 'data' has no column 'year' (columns: năm, tổng,"))
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/q.png"))
    }

    func findChunk(_ type: String, in bytes: [UInt8]) -> Int? {
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            if String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self) == type { return offset + 8 }
            offset += 12 + length
        }
        return nil
    }
}

/// Collects the root `<svg>` size and its `<title>`/`<desc>` text.
final class SVGProbe: NSObject, XMLParserDelegate {
    var width = "", height = "", title = "", desc = ""
    private var current: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "svg" { width = attributes["width"] ?? ""; height = attributes["height"] ?? "" }
        current = name == "title" || name == "desc" ? name : nil
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current == "title" { title += string }
        if current == "desc" { desc += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        current = nil
    }
}

import Foundation
import Testing

/// `--svg-text text` on render, plot and report, run as a user runs them.
@Suite("SVG with real text, end to end", .enabled(if: Binary.shouldRun))
struct SVGTextEndToEndTests {
    static let spec = Binary.root.appendingPathComponent("Tests/Fixtures/svgtext/vi-trade.yaml").path

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test("render writes <text> with xml:lang and titled data marks; the default stays outlines")
    func render() throws {
        let dir = try Binary.temporaryFolder()
        let text = try Binary.run(["render", Self.spec, "--svg-text", "text", "-o", "\(dir)/text.svg"])
        #expect(text.status == 0 && text.stderr.isEmpty)
        let svg = try Self.read("\(dir)/text.svg")
        #expect(svg.contains("xml:lang=\"vi\""))
        #expect(svg.contains(">Kim ngạch thương mại Campuchia – Thái Lan tăng, đạt 2,98 tỷ USD</text>"))
        #expect(svg.contains("<tspan xml:lang=\"lo\">ວຽງຈັນ</tspan>"))
        #expect(svg.contains("<title>Kim ngạch\n2024: 2,98 tỷ USD (sơ bộ)\nNguồn: Tổng cục Thống kê, “Thông cáo báo chí 2024”</title>"))
        #expect(try Binary.run(["render", Self.spec, "--svg-text", "text", "-o", "\(dir)/again.svg"]).status == 0)
        #expect(try Self.read("\(dir)/again.svg") == svg)

        #expect(try Binary.run(["render", Self.spec, "-o", "\(dir)/outlines.svg"]).status == 0)
        let outlines = try Self.read("\(dir)/outlines.svg")
        #expect(!outlines.contains("<text") && outlines.contains("<symbol"))
        #expect(svg.utf8.count * 4 < outlines.utf8.count, "text mode is a fraction of the outline size")
    }

    @Test("plot takes --svg-text too, and a bad mode is a usage error naming the choices")
    func plotAndBadMode() throws {
        let dir = try Binary.temporaryFolder()
        let csv = "\(dir)/t.csv"
        try "year,exports\n2023,1.5\n2024,1.75\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let run = try Binary.run(["plot", "bar", csv, "--x", "year", "--y", "exports", "--svg-text", "text",
                                  "--source", "Ministry of Trade", "-o", "\(dir)/p.svg"])
        #expect(run.status == 0)
        let svg = try Self.read("\(dir)/p.svg")
        #expect(svg.contains("<text") && svg.contains("<title>2024: 1.75\nSource: Ministry of Trade</title>"))
        let bad = try Binary.run(["render", Self.spec, "--svg-text", "glyphs", "-o", "\(dir)/x.svg"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("outlines") && bad.stderr.contains("text"))
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/x.svg"))
    }

    @Test("report --svg-text text inlines the SVGs in report.html, so data marks' titles show on hover")
    func report() throws {
        let dir = try Binary.temporaryFolder()
        let run = try Binary.run(["report", "--lang", "vi", "--formats", "png,svg", "--svg-text", "text", "--out", "\(dir)/pack"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try Self.read("\(dir)/pack/report.html")
        #expect(!html.contains("<img src=\"data:"))
        let inline = html.components(separatedBy: "<figure id=").dropFirst().filter { $0.contains("class=\"inline-svg\"><svg ") }
        #expect(inline.count == html.components(separatedBy: "<figure id=").count - 1)
        #expect(html.contains("</title></path>"), "data marks carry titles")
        #expect(html.contains("Nguồn: "))
        #expect(!html.contains("<?xml"))
        // The SVGs' own ids (title, desc, clips, hatching) stay unique across the inlined charts.
        let ids = html.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
            .filter { ["-title", "-desc", "-clip-", "-hatch-"].contains(where: $0.contains) }
        #expect(ids.count > 20)
        #expect(Set(ids).count == ids.count)
        // report.md and the files are as in outline mode: PNG in the Markdown, the SVG beside it.
        let markdown = try Self.read("\(dir)/pack/report.md")
        #expect(markdown.contains(".png)"))
        let svg = try Self.read("\(dir)/pack/exports-imports.svg")
        #expect(svg.contains("<text") && svg.contains("xml:lang=\"vi\""))

        #expect(try Binary.run(["report", "--formats", "png,svg", "--out", "\(dir)/plain"]).status == 0)
        let plain = try Self.read("\(dir)/plain/report.html")
        #expect(plain.contains("<img src=\"data:image/png") && !plain.contains("inline-svg\"><svg"))
    }

    @Test("in Chromium, the element under each titled mark of report.html has its title (what hovering shows)",
          .enabled(if: BrowserCheck.chromium != nil, "Chromium is not installed"))
    func hoverInBrowser() throws {
        let dir = try Binary.temporaryFolder()
        #expect(try Binary.run(["report", "--lang", "vi", "--formats", "svg", "--svg-text", "text", "--out", dir]).status == 0)
        let hover = try Self.hover(htmlFile: "\(dir)/report.html")
        #expect(hover.marks > 50)
        #expect(Double(hover.hits) >= 0.9 * Double(hover.marks), "\(hover.hits) of \(hover.marks); missed \(hover.missed)")
    }

    /// Chromium finds, under the centre of each titled mark of the inlined SVGs (bars, markers,
    /// cells and the hit circles over line values), an element with its own `<title>`: what a
    /// reader's pointer hovers shows the value, period, status and source.
    static let hoverScript = """
    <script>
    window.addEventListener('load', () => {
      let marks = 0, hits = 0; const missed = [];
      for (const svg of document.querySelectorAll('figure.inline-svg > svg')) {
        for (const mark of svg.querySelectorAll('path, circle')) {
          const cls = mark.getAttribute('class') || '';
          if (['line', 'area', 'band', 'rule', 'range'].includes(cls)) continue;
          if (!Array.from(mark.children).some(c => c.tagName === 'title')) continue;
          marks++;
          mark.scrollIntoView({block: 'center', inline: 'center'});
          const r = mark.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const title = hit && Array.from(hit.children).find(c => c.tagName === 'title');
          if (title && title.textContent.length > 0) hits++; else missed.push(cls + ' in ' + svg.parentElement.id);
        }
      }
      document.body.setAttribute('data-hover', JSON.stringify({marks, hits, missed: missed.slice(0, 5)}));
    });
    </script>
    """

    struct Hover: Decodable { var marks: Int; var hits: Int; var missed: [String] }

    static func hover(htmlFile: String) throws -> Hover {
        let chromium = try #require(BrowserCheck.chromium)
        let page = try String(contentsOfFile: htmlFile, encoding: .utf8)
        let probe = (htmlFile as NSString).deletingLastPathComponent + "/.hover-\(UUID().uuidString).html"
        try page.replacingOccurrences(of: "</body>", with: hoverScript + "</body>").write(toFile: probe, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                             "--window-size=1280,900", "--virtual-time-budget=5000", "--dump-dom", URL(fileURLWithPath: probe).absoluteString]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let start = try #require(dom.range(of: "data-hover=\""))
        let end = try #require(dom[start.upperBound...].firstIndex(of: "\""))
        let json = String(dom[start.upperBound..<end]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Hover.self, from: Data(json.utf8))
    }

    @Test("the text-mode report opens in Chromium without overflowing the page",
          .enabled(if: BrowserCheck.chromium != nil, "Chromium is not installed"))
    func reportInBrowser() throws {
        let dir = try Binary.temporaryFolder()
        #expect(try Binary.run(["report", "--formats", "svg", "--svg-text", "text", "--out", dir]).status == 0)
        for width in [1280, 390] {
            let result = try BrowserCheck.run(htmlFile: "\(dir)/report.html", width: width)
            #expect(result.overflowing.filter { $0.contains("svg") || $0.contains("figure") }.isEmpty, "\(width): \(result.overflowing)")
        }
    }
}

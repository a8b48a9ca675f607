import Foundation
import OfficeClients
import Testing

/// `tradechart report --formats png,svg,docx,pptx` opened as a user would: LibreOffice prints
/// report.docx and briefing.pptx to PDF, python-docx and python-pptx read them back, pandoc reads
/// report.md. Each test is skipped (not passed) when its client is missing; `make setup-test`
/// installs them.
@Suite("report.docx, briefing.pptx and report.md in real clients", .serialized)
struct OfficeEndToEndTests {
    /// One English pack for the suite (writing it takes seconds).
    static let pack: Result<URL, any Error> = Result {
        let folder = try Tools.temporaryFolder("office-pack")
        let run = try Binary.run(["report", "--out", folder.path, "--formats", "png,svg,docx,pptx"])
        guard run.status == 0 else { throw Clients.ClientError.failed("report: \(run.status) \(run.stderr)") }
        return folder
    }

    /// What the pack says, read from its own files: chart titles and alt texts (alt-text.txt),
    /// the first key figure and the numbered sources (report.md).
    struct Expected {
        var titles: [String] = []
        var alts: [String] = []
        var keyFigure = ""
        var sources: [String] = []
        /// The scenario section of report.md: its heading and its items (Markdown list lines, unescaped).
        var scenarioHeading = ""
        var scenarios: [String] = []
        /// The tables of report.md (key figures and the sections' tables), counted by their
        /// separator rows: report.docx has the same tables.
        var tables = 0

        init(_ folder: URL) throws {
            let alt = try String(contentsOf: folder.appendingPathComponent("alt-text.txt"), encoding: .utf8)
            for block in alt.components(separatedBy: "\n\n") {
                let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                guard lines.count >= 3 else { continue }
                titles.append(lines[1]); alts.append(lines[2])
            }
            let md = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
            let lines = md.split(separator: "\n").map(String.init)
            tables = lines.filter { $0.hasPrefix("|") && $0.allSatisfy { "|-: ".contains($0) } && $0.contains("-") }.count
            if let row = lines.first(where: { $0.hasPrefix("| ") && !$0.hasPrefix("| Figure") }) {
                keyFigure = Self.unescape(row.split(separator: "|")[1].trimmingCharacters(in: .whitespaces))
            }
            if let start = lines.firstIndex(where: { $0.hasPrefix("## Scenario") }) {
                scenarioHeading = String(lines[start].dropFirst(3))
                scenarios = lines[(start + 1)...].drop { !$0.hasPrefix("- ") }.prefix { $0.hasPrefix("- ") }.map { Self.unescape(String($0.dropFirst(2))) }
            }
            if let start = lines.firstIndex(of: "## Sources") {
                for line in lines[(start + 1)...] {
                    guard let dot = line.firstIndex(of: "."), Int(line[..<dot]) != nil else { break }
                    let text = Self.unescape(String(line[line.index(dot, offsetBy: 2)...]))
                    // The publication, without its address (which may wrap anywhere).
                    sources.append(text.components(separatedBy: " — ").first ?? text)
                }
            }
        }

        static func unescape(_ text: String) -> String {
            var out = "", escaped = false
            for ch in text {
                if ch == "\\", !escaped { escaped = true; continue }
                out.append(ch); escaped = false
            }
            return out
        }
    }

    /// Whitespace collapsed, NFC and straight quotes (pandoc's smart quotes), so a line wrapped
    /// by the PDF still matches.
    static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The expected strings `text` lacks (one expectation per test, not one huge message per miss).
    static func missing(_ expected: [String], in text: String) -> [String] {
        expected.filter { !text.contains(normalized($0)) }
    }

    @Test("the summary lists both files and a second run writes the same bytes",
          .enabled(if: Binary.shouldRun, "needs the tradechart binary (swift build)"))
    func deterministic() throws {
        let folder = try Self.pack.get()
        let first = try ["report.docx", "briefing.pptx", "embed.md"].map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        let again = try Binary.run(["report", "--out", folder.path, "--formats", "png,svg,docx,pptx"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("report.md, report.html, figures.csv, alt-text.txt, embed.md, report.docx, briefing.pptx\n"))
        let second = try ["report.docx", "briefing.pptx", "embed.md"].map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        #expect(first == second)
        #expect(first[0].starts(with: [0x50, 0x4B, 0x03, 0x04]) && first[1].starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test("LibreOffice prints report.docx with a headline, a key figure and every source",
          .enabled(if: Binary.shouldRun && Clients.hasLibreOffice, "needs the binary, LibreOffice and pdftotext"))
    func wordInLibreOffice() throws {
        let folder = try Self.pack.get()
        let expected = try Expected(folder)
        let work = try Tools.temporaryFolder("docx-pdf")
        defer { try? FileManager.default.removeItem(at: work) }
        let text = Self.normalized(try Clients.pdfText(of: folder.appendingPathComponent("report.docx"), in: work))
        #expect(!expected.titles.isEmpty && expected.sources.count > 5 && !expected.keyFigure.isEmpty)
        #expect(Self.missing(expected.titles, in: text) == [], "headlines")
        #expect(Self.missing([expected.keyFigure], in: text) == [], "key figure")
        #expect(Self.missing(expected.sources, in: text) == [], "sources")
    }

    @Test("LibreOffice prints briefing.pptx with every headline, a key figure and every source",
          .enabled(if: Binary.shouldRun && Clients.hasLibreOffice, "needs the binary, LibreOffice and pdftotext"))
    func slidesInLibreOffice() throws {
        let folder = try Self.pack.get()
        let expected = try Expected(folder)
        let work = try Tools.temporaryFolder("pptx-pdf")
        defer { try? FileManager.default.removeItem(at: work) }
        let text = Self.normalized(try Clients.pdfText(of: folder.appendingPathComponent("briefing.pptx"), in: work))
        #expect(Self.missing(expected.titles, in: text) == [], "headlines")
        #expect(Self.missing([expected.keyFigure], in: text) == [], "key figure")
        #expect(Self.missing(expected.sources, in: text) == [], "sources")
    }

    @Test("python-docx reads one image per chart, each with its alt text",
          .enabled(if: Binary.shouldRun && Tools.venvPython != nil, "needs the binary and the python-docx venv"))
    func wordInPythonDocx() throws {
        let folder = try Self.pack.get()
        let expected = try Expected(folder)
        let reading = try Clients.readWord(folder.appendingPathComponent("report.docx"))
        #expect(reading.images == expected.titles.count)
        #expect(reading.descriptions == expected.alts)
        #expect(expected.tables >= 1, "report.md has at least the key-figures table")
        #expect(reading.tables == expected.tables)
        #expect(reading.footnoteParts == 1)
    }

    @Test("python-pptx reads a key-figures slide, one slide per chart with notes, and the sources",
          .enabled(if: Binary.shouldRun && Tools.venvPython != nil, "needs the binary and the python-pptx venv"))
    func slidesInPythonPptx() throws {
        let folder = try Self.pack.get()
        let expected = try Expected(folder)
        let reading = try Clients.readSlides(folder.appendingPathComponent("briefing.pptx"))
        let sourceSlides = (expected.sources.count + 11) / 12
        // The scenario section (report.md's "## Scenarios…" list) on slides of six after the key figures.
        let scenarioSlides = (expected.scenarios.count + 5) / 6
        #expect(expected.scenarios.count >= 3)
        #expect(reading.titles.count == 1 + scenarioSlides + expected.titles.count + sourceSlides)
        #expect(reading.titles[1].hasPrefix(expected.scenarioHeading))
        let onSlides = reading.texts[1...scenarioSlides].joined(separator: "\n")
        #expect(expected.scenarios.allSatisfy { onSlides.contains($0) }, "each scenario with its rule on the slides")
        let first = 1 + scenarioSlides
        #expect(Array(reading.titles[first..<(first + expected.titles.count)]) == expected.titles)
        #expect(Array(reading.pictures[first..<(first + expected.titles.count)]) == expected.alts.map { [$0] })
        for (i, alt) in expected.alts.enumerated() {
            #expect(reading.notes[first + i].contains(alt), "slide \(first + i + 1) notes hold the alt text")
            #expect(reading.notes[first + i].contains("Figures in the chart:"), "slide \(first + i + 1) notes hold the figures")
        }
        #expect(reading.width * 9 == reading.height * 16)
    }

    @Test("pandoc reads report.md to docx and plain text without a warning, keeping every source",
          .enabled(if: Binary.shouldRun && Clients.hasPandoc && Tools.venvPython != nil, "needs the binary, pandoc and the python-docx venv"))
    func markdownInPandoc() throws {
        let folder = try Self.pack.get()
        let expected = try Expected(folder)
        let docx = try Clients.pandoc(["report.md", "-o", "pandoc.docx"], in: folder)
        #expect(docx.status == 0 && docx.stderr.isEmpty, "pandoc to docx: \(docx.stderr)")
        let plain = try Clients.pandoc(["report.md", "-t", "plain", "--wrap=none"], in: folder)
        #expect(plain.status == 0 && plain.stderr.isEmpty, "pandoc to plain: \(plain.stderr)")
        let text = Self.normalized(plain.stdout)
        #expect(Self.missing(expected.sources, in: text) == [], "sources")
        // The alt text is the image's description, not a figure caption printed under it.
        let word = try Clients.readWord(folder.appendingPathComponent("pandoc.docx"))
        #expect(word.descriptions.filter { !$0.isEmpty }.count >= expected.alts.count)
        for alt in expected.alts { #expect(!word.paragraphs.contains(alt), "alt text printed as a caption") }
    }
}

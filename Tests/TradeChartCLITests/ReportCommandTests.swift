import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TradeChartCLI

/// Runs the real `tradechart report` binary and checks the pack as a user would get it.
@Suite("tradechart report, end to end", .serialized)
struct ReportCommandTests {
    static let root = Binary.root
    static let binary = Binary.path ?? ""
    static let charts = ["trade-vs-target", "this-year", "exports-imports", "growth", "investment", "investment-stock", "scenarios", "reach-years", "sensitivity", "required-growth", "past-targets"]

    static func run(_ arguments: [String]) throws -> Binary.Run { try Binary.run(arguments) }

    static func tempDir() -> String {
        let path = NSTemporaryDirectory() + "tradechart-report-\(UUID().uuidString)"
        return path
    }

    static func contents(_ dir: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
        }
        return files
    }

    @Test("writes every chart in every format, the reports, figures and alt texts; a second run is byte-identical")
    func pack() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build first: swift build")
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try Self.run(["report", "--out", dir, "--formats", "png,svg,pdf"])
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Wrote \(Self.charts.count * 3 + 5) files (\(Self.charts.count) charts) to \(dir)/"))
        #expect(first.stdout.contains(" s: report.md, report.html, figures.csv, alt-text.txt, embed.md\n"))
        let files = try Self.contents(dir)
        let expected = Set(Self.charts.flatMap { id in ["png", "svg", "pdf"].map { "\(id).\($0)" } }
            + ["report.md", "report.html", "figures.csv", "alt-text.txt", "embed.md", ".tradechart-manifest"])
        #expect(Set(files.keys) == expected)
        for id in Self.charts {
            let png = files["\(id).png"] ?? Data()
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            // IHDR width and height: 960×540 at scale 1.
            #expect(png.count > 24 && png[16..<24].elementsEqual([0, 0, 3, 0xC0, 0, 0, 2, 0x1C]))
            #expect(XMLParser(data: files["\(id).svg"] ?? Data()).parse(), "\(id).svg parses")
            #expect((files["\(id).pdf"] ?? Data()).starts(with: Array("%PDF".utf8)))
        }
        let alt = String(decoding: files["alt-text.txt"] ?? Data(), as: UTF8.self)
        #expect(alt.hasPrefix("trade-vs-target.png, trade-vs-target.svg, trade-vs-target.pdf\nReaching 5 billion USD by 2027 needs 29.5% growth a year\nLine chart"))

        let second = try Self.run(["report", "--out", dir, "--formats", "png,svg,pdf"])
        #expect(second.status == 0)
        let again = try Self.contents(dir)
        for (name, data) in files { #expect(again[name] == data, "\(name) changed between runs") }
    }

    @Test("a file the user wrote is never overwritten without --force")
    func refusesForeignFiles() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir + "/report.md"))
        #expect(try Self.run(["report", "--out", dir]).status == 64)
        #expect(try String(contentsOfFile: dir + "/report.md", encoding: .utf8) == "mine")
        #expect(try Self.run(["report", "--out", dir, "--force"]).status == 0)
    }

    @Test("bad --formats is a usage error")
    func badFormats() throws {
        #expect(throws: (any Error).self) { try TradeChartCommand.parseAsRoot(["report", "--formats", "png,gif"]) }
        #expect(try Self.run(["report", "--formats", "gif", "--out", Self.tempDir()]).status == 64)
    }

    @Test("every number in report.md is in figures.csv, in both languages", arguments: ["en", "vi"])
    func numbersHaveFigures(language: String) throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try Self.run(["report", "--out", dir, "--lang", language, "--formats", "svg"]).status == 0)
        let report = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        let figures = try String(contentsOfFile: dir + "/figures.csv", encoding: .utf8)
        let check = NumberCheck(figuresCSV: figures)
        #expect(check.rows > 100)
        let unmatched = check.unmatched(in: report)
        #expect(unmatched.isEmpty, "numbers in report.md without a figures.csv row: \(unmatched)")
    }

    @Test("the HTML report opens in Chromium with every image loaded and no text overflowing its box",
          .enabled(if: BrowserCheck.chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func browser() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try Self.run(["report", "--out", dir, "--lang", "vi"]).status == 0)
        for width in [1280, 420] {
            let result = try BrowserCheck.run(htmlFile: dir + "/report.html", width: width)
            #expect(result.images == Self.charts.count)
            #expect(result.brokenImages.isEmpty)
            #expect(result.overflowing.isEmpty, "at \(width) px: \(result.overflowing)")
        }
    }
}

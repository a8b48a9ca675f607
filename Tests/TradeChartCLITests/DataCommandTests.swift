import ArgumentParser
import Foundation
import Testing
import TradeData
@testable import TradeChartCLI

private func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/TradeData/\(name)").path
}

@Suite("tradechart data show / validate")
struct DataCommandTests {
    @Test("the subcommands parse with their options")
    func parsing() throws {
        let show = try #require(try TradeChartCommand.parseAsRoot(
            ["data", "show", "x.csv", "--series", "exports", "--series", "imports", "--format", "json"]) as? DataCommand.Show)
        #expect(show.path == "x.csv" && show.series == ["exports", "imports"] && show.format == .json)
        #expect(try TradeChartCommand.parseAsRoot(["data", "validate", "d"]) is DataCommand.Validate)
        #expect(throws: (any Error).self) { try TradeChartCommand.parseAsRoot(["data", "show", "--format", "xml"]) }
    }

    @Test("exit statuses: 65 for bad data, 66 for a missing file, 64 for an unknown series, 0 when clean")
    func exitCodes() throws {
        func status(_ args: [String]) -> Int32 {
            do {
                var command = try TradeChartCommand.parseAsRoot(args)
                try command.run()
                return 0
            } catch let exit as ExitCode {
                return exit.rawValue
            } catch {
                return -1
            }
        }
        #expect(status(["data", "validate", fixture("bad-folder")]) == 65)
        #expect(status(["data", "show", fixture("bad-folder")]) == 65)
        #expect(status(["data", "validate", "/nonexistent/data.csv"]) == 66)
        #expect(status(["data", "show", "--series", "nope"]) == 64)
        #expect(status(["data", "validate", fixture("wide-semicolon.csv")]) == 0)
        #expect(status(["data", "validate"]) == 0)
    }

    @Test("one-line error messages")
    func messages() {
        let malformed = DatasetError.malformed(SourceLocation(file: "d/dataset.yaml", line: 3, column: 8),
                                               "malformed YAML: did not find expected ',' or '}'")
        #expect(Failure.message(for: malformed) == "tradechart: error: d/dataset.yaml:3:8: malformed YAML: did not find expected ',' or '}'")
        #expect(Failure.exitStatus(for: malformed) == 65)
        #expect(Failure.message(for: DatasetError.missingFile("x.csv"))
            == "tradechart: error: x.csv: no such file or folder: expected a dataset folder with dataset.yaml, or a .csv or .json file")
        #expect(Failure.exitStatus(for: DatasetError.missingFile("x.csv")) == 66)
        #expect(Failure.exitStatus(for: DatasetError.unreadable("x", reason: "denied")) == 74)
        #expect(Failure.exitStatus(for: CommandFailure(64, "bad")) == 64)
    }

    @Test("the table aligns values, shows qualifiers and marks the preferred figure")
    func table() throws {
        let text = """
            series,period,value,unit,status,source,preferred,note
            trade_total,2018,>1000,million USD,preliminary,A,,
            trade_total,2019,1100..1200,million USD,estimate,B,,
            trade_total,2022,1630,million USD,final,A,yes,MoIT
            trade_total,2022,~1700,million USD,final,C,,Trade Office
            trade_total,2025-01..2025-11,590.3,million USD,final,D,,
            """
        let dataset = DatasetLoader.parse(text: text, file: "t.csv").dataset
        let block = ObservationTable.block(try #require(dataset.series("trade_total")))
        #expect(block == [
            "trade_total (USD)",
            "  period            value                 status       source  note",
            "  2018                 > 1.00 billion     preliminary  A",
            "  2019              1.10–1.20 billion     estimate     B",
            "  2022                   1.63 billion  *  final        A       MoIT",
            "  2022                  ~1.70 billion     final        C       Trade Office",
            "  2025-01..2025-11      590.3 million     final        D",
        ])
    }

    @Test("the table ends with the publication behind each source key it shows, not free-text keys again")
    func sourcesBlock() {
        let yaml = """
            id: r
            title: {en: Ruritania–Freedonia trade}
            partner: {en: Freedonia}
            sources:
              A: {publisher: Ruritania Statistics Office, title: Trade by partner, date: 2025-03, url: stats.example.org/trade}
              B: {publisher: Freedonia Customs, date: "2024"}
              C: {publisher: Unused Gazette}
            """
        let csv = "series,period,value,unit,source\ntrade_total,2024,12,million USD,A\nexports,2024,5,million USD,B\n"
        let result = DatasetLoader.load(files: ["dataset.yaml": yaml, "trade.csv": csv], root: "r")
        let text = ObservationTable.render(result.dataset)
        let block = text.components(separatedBy: "\nSources:\n").last?.split(separator: "\n").map(String.init)
        #expect(block == ["  A  Ruritania Statistics Office, “Trade by partner”, 2025-03 — stats.example.org/trade",
                          "  B  Freedonia Customs, 2024"])
        let onlyExports = ObservationTable.render(result.dataset, only: ["exports"])
        #expect(onlyExports.hasSuffix("Sources:\n  B  Freedonia Customs, 2024\n"))
        let bare = DatasetLoader.parse(text: "series,period,value,unit,source\ntrade_total,2024,12,million USD,my notes\n", file: "b.csv")
        #expect(!ObservationTable.render(bare.dataset).contains("Sources:"))
    }
}


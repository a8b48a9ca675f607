import Foundation
import Testing
@testable import TradeChartCLI

/// Other pairs and bare files through the real binary: --target, --series, a pack with nothing to draw.
@Suite("tradechart report beyond the shipped pair, end to end", .serialized)
struct OtherPairsCLITests {
    static let partners = Binary.root.appendingPathComponent("Tests/Fixtures/partners").path

    @Test("a bare CSV with --target gets the full analysis, without writing dataset.yaml")
    func bareWithTarget() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try Binary.run(["report", "--dataset", Self.partners + "/bare-trade.csv", "--out", dir, "--formats", "svg",
                                  "--target", "5..10 billion USD by 2027..2028", "--target", "12 billion USD"])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(names.contains("trade-vs-target.svg") && names.contains("required-growth.svg"))
        let md = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        #expect(md.contains("To reach 5 billion USD by 2027"))
        #expect(md.contains("No year was stated for 12 billion USD, so none is assumed."))
    }

    @Test("a spreadsheet id such as trade.total is found; a pack with nothing to draw exits 65 naming what is missing")
    func seriesChoice() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let ok = try Binary.run(["targets", "--dataset", Self.partners + "/kenya-india", "--series", "Trade.Total"])
        #expect(ok.status == 0 && ok.stdout.contains("10.00 billion USD  2030"))
        let none = try Binary.run(["report", "--dataset", Self.partners + "/kenya-india", "--series", "exports", "--out", dir + "/x"])
        #expect(none.status == 65)
        #expect(none.stderr == "tradechart: error: no chart can be drawn: no 'exports' series with a full-year figure (the dataset has trade_total); "
            + "pass --series with one of the dataset's series\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/x"), "no partial output")
        let bad = try Binary.run(["targets", "--dataset", Self.partners + "/kenya-india", "--target", "20 billion USD by soon"])
        #expect(bad.status == 64)
    }
}

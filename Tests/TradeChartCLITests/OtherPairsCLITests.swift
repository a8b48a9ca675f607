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

/// `scenarios` takes --series and --target as `targets` and `report` do (one option group, one parser).
@Suite("tradechart scenarios with --series and --target", .serialized)
struct ScenariosOptionsCLITests {
    static let partners = OtherPairsCLITests.partners

    @Test("--target in English and Vietnamese is projected against; the horizon reaches its stated year")
    func targets() throws {
        let run = try Binary.run(["scenarios", "--dataset", Self.partners + "/bare-trade.csv", "--format", "json",
                                  "--target", "20 billion USD by 2031", "--target", "30 tỷ USD"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let comparison = try #require(json["comparison"] as? [String: Any])
        #expect(comparison["horizon"] as? Int == 2031, "a 2031 deadline is not cut off at base + 5")
        let targets = try #require(comparison["targets"] as? [[String: Any]])
        #expect(targets.compactMap { $0["value"] as? Double } == [20e9, 30e9])
        #expect(targets.map { $0["yearStated"] as? Bool } == [true, false])
        let table = try Binary.run(["scenarios", "--dataset", Self.partners + "/bare-trade.csv", "--target", "20 billion USD by 2031"])
        #expect(table.stdout.contains("Reaches 20.00 billion") && table.stdout.contains("Gap to 20.00 billion in 2031"))
        #expect(!table.stdout.contains("()"))
        #expect(table.stdout.contains("(source not stated in the file)"))
    }

    @Test("--series picks another series, normalised as on targets and report")
    func series() throws {
        let run = try Binary.run(["scenarios", "--dataset", Self.partners + "/chile-japan", "--series", "Exports"])
        #expect(run.status == 0, "\(run.stderr)")
        let targets = try Binary.run(["targets", "--dataset", Self.partners + "/chile-japan", "--series", "Exports"])
        let baseLine = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("Base:") } }
        #expect(baseLine(run.stdout) != nil && baseLine(run.stdout) == baseLine(targets.stdout))
        let bad = try Binary.run(["scenarios", "--dataset", Self.partners + "/chile-japan", "--target", "20 billion USD by soon"])
        #expect(bad.status == 64)
    }

    @Test("a series label that starts with a country keeps its capital in the tables; dataset.yaml stands for its folder")
    func countryCapital() throws {
        let manifest = Self.partners + "/kenya-uganda/dataset.yaml"
        for command in ["targets", "scenarios"] {
            let run = try Binary.run([command, "--dataset", manifest])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Base: 2024 Kenya–Uganda trade in goods "), "\(command): \(run.stdout.prefix(300))")
        }
        let track = try Binary.run(["track", "--dataset", manifest])
        #expect(track.status == 0, "\(track.stderr)")
        #expect(track.stdout.contains(": Kenya–Uganda trade in goods in 2025 so far"), "\(track.stdout.prefix(300))")
        let shipped = try Binary.run(["targets"])
        #expect(shipped.stdout.contains("Base: 2025 two-way trade "), "a common noun is still lowered")
    }

    @Test("targets on a bare file cites no empty source")
    func bareCitation() throws {
        let run = try Binary.run(["targets", "--dataset", Self.partners + "/bare-trade.csv", "--target", "20 billion USD by 2030"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("4.90 billion USD (source not stated in the file)") && !run.stdout.contains("()"))
        let json = try Binary.run(["targets", "--dataset", Self.partners + "/bare-trade.csv", "--format", "json"])
        #expect(json.stdout.contains("\"citation\" : \"source not stated in the file\""))
    }
}

import ArgumentParser
import Foundation
import Testing
@testable import TradeChartCLI

/// `scenarios` on a series with part-year figures for the year after the base: each scenario's value
/// for that year against the year-to-date pace, in the table, JSON and CSV.
@Suite("scenarios against the year so far")
struct ScenariosPaceCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataset = root.appendingPathComponent("Tests/Fixtures/partners/peru-korea").path
    static let file = root.appendingPathComponent("Tests/Fixtures/scenarios/desk.yaml").path

    func scenarios(_ extra: [String]) throws -> String {
        let command = try #require(try TradeChartCommand.parseAsRoot(["scenarios", Self.file, "--dataset", Self.dataset] + extra) as? ScenariosCommand)
        return try command.output()
    }

    @Test("the table says which scenario the year is tracking")
    func table() throws {
        let lines = try scenarios([]).split(separator: "\n").map(String.init)
        #expect(lines.contains("2026 so far against the scenarios (Jan–Apr 2026, preliminary)"))
        #expect(lines.contains("  Year to date: 1.77 billion USD, +11.8% on the same months of 2025"))
        #expect(lines.contains { $0.hasPrefix("  Full year at that pace: 5.59 billion USD") })
        #expect(lines.contains { $0.contains("Plan 12%") && $0.contains("5.60") && $0.contains("+0.01") && $0.hasSuffix("closest") })
        #expect(lines.contains("  So far the year is tracking closest to Plan 12%. Values in billion USD."))
    }

    @Test("JSON carries comparison.pace; CSV the against_pace, year_to_date, pace_projection and tracking rows")
    func jsonAndCSV() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try scenarios(["--format", "json"]).utf8)) as? [String: Any])
        let comparison = try #require(object["comparison"] as? [String: Any])
        let pace = try #require(comparison["pace"] as? [String: Any])
        #expect(pace["year"] as? Int == 2026 && pace["throughMonth"] as? Int == 4)
        #expect(pace["tracking"] as? String == "plan")
        let projection = try #require(pace["projection"] as? Double)
        #expect(abs(projection - 5e9 * 1767 / 1580) < 1)
        #expect((pace["entries"] as? [[String: Any]])?.count == 3)
        let rows = try scenarios(["--format", "csv"]).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.filter { $0.count > 5 && $0[5] == "against_pace" }.count == 3)
        let ytd = try #require(rows.first { $0.count > 5 && $0[5] == "year_to_date" })
        #expect(ytd[8] == "2026-01..2026-04" && Double(ytd[9]) == 1.767e9)
        #expect(rows.contains { $0.count > 5 && $0[5] == "pace_projection" && abs((Double($0[9]) ?? 0) - projection) < 1 })
        // The tracking row names its scenario as the scenario's own rows do: set, set title, label, rule.
        let tracking = try #require(rows.first { $0.count > 5 && $0[5] == "tracking" })
        let planRow = try #require(rows.first { $0.count > 5 && $0[2] == "plan" && $0[5] == "horizon_value" })
        #expect(tracking[2] == "plan" && Array(tracking[0..<5]) == Array(planRow[0..<5]), "\(tracking)")
        #expect(!tracking[3].isEmpty && tracking[3] == "Plan 12%")
        #expect(abs((Double(tracking[9]) ?? 0) - projection) < 1, "the pace it tracks")
    }

    /// A second set for the same fixture, with a label the first set also uses.
    static func otherSet() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pace-sets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("view.yaml").path
        try """
        title: Outside view
        scenarios:
          - {id: plan, label: Plan 12%, kind: constant, rate: 11%}
          - {id: low, label: Low 3%, kind: constant, rate: 3%, role: cautious}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("two sets: the year-so-far table and its tracking sentence name each scenario's set; so does the CSV's tracking row")
    func twoSets() throws {
        let other = try Self.otherSet()
        let command = try #require(try TradeChartCommand.parseAsRoot(["scenarios", Self.file, other, "--dataset", Self.dataset]) as? ScenariosCommand)
        let text = try command.output()
        let section = try #require(text.components(separatedBy: "2026 so far against the scenarios").last)
        let lines = section.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.contains("Value in 2026") })
        #expect(header.hasPrefix("  Assumption set "), "\(header)")
        // Both "Plan 12%" rows, each with its set's title.
        #expect(lines.contains { $0.hasPrefix("  Desk ") && $0.contains("Plan 12%") })
        #expect(lines.contains { $0.hasPrefix("  Outside view ") && $0.contains("Plan 12%") })
        let sentence = try #require(lines.first { $0.contains("So far the year is tracking closest to") })
        #expect(sentence.contains("(Desk)") || sentence.contains("(Outside view)"), "\(sentence)")
        let csvCommand = try #require(try TradeChartCommand.parseAsRoot(["scenarios", Self.file, other, "--dataset", Self.dataset, "--format", "csv"]) as? ScenariosCommand)
        let rows = try csvCommand.output().split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let tracking = try #require(rows.first { $0.count > 5 && $0[5] == "tracking" })
        #expect(tracking[0..<5].allSatisfy { !$0.isEmpty }, "\(tracking)")
        #expect(rows.contains { $0.count > 5 && $0[5] == "horizon_value" && Array($0[0..<5]) == Array(tracking[0..<5]) })
    }
}

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
        #expect(rows.contains { $0.count > 5 && $0[5] == "tracking" && $0[2] == "plan" })
    }
}

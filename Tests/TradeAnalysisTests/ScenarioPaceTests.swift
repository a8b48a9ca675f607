import Foundation
import Testing
import TradeData
@testable import TradeAnalysis

/// The year after the base so far against the scenarios, on an invented pair with monthly figures
/// (Tests/Fixtures/partners/peru-korea: 5 billion USD in 2025; January–April 2026 1,767 million
/// against 1,580 million a year earlier).
@Suite("Scenarios against the year so far")
struct ScenarioPaceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func analyzer() throws -> TargetAnalyzer {
        let path = root.appendingPathComponent("Tests/Fixtures/partners/peru-korea").path
        return try TargetAnalyzer(dataset: try DatasetLoader.loadValid(path: path).dataset)
    }

    static let set = ScenarioSet(id: "desk", title: "Desk", scenarios: [
        Scenario(id: "slow", label: "Slow 5%", model: .constant(rate: 0.05)),
        Scenario(id: "plan", label: "Plan 12%", model: .constant(rate: 0.12)),
        Scenario(id: "fast", label: "Fast 20%", model: .constant(rate: 0.20)),
    ])

    @Test("each scenario's 2026 value against the year-to-date pace; the year tracks the nearest")
    func pace() throws {
        let a = try Self.analyzer()
        #expect(a.baseYear == 2025)
        let c = try a.compare([Self.set])
        let pace = try #require(c.pace)
        #expect(pace.year == 2026 && pace.throughMonth == 4)
        #expect(abs(pace.yearToDate - 1_767e6) < 1)
        let growth = try #require(pace.growth)
        #expect(abs(growth - (1767.0 / 1580.0 - 1)) < 1e-9)
        #expect(abs(pace.projection - 5e9 * 1767.0 / 1580.0) < 1)
        #expect(pace.method == .yearToDateGrowth)
        #expect(pace.status == "preliminary" && pace.sources == ["P2"])
        let values = Dictionary(uniqueKeysWithValues: pace.entries.map { ($0.key, $0.value ?? .nan) })
        #expect(abs((values["slow"] ?? 0) - 5.25e9) < 1 && abs((values["plan"] ?? 0) - 5.6e9) < 1 && abs((values["fast"] ?? 0) - 6e9) < 1)
        for row in pace.entries { #expect(abs((row.difference ?? .nan) - ((row.value ?? .nan) - pace.projection)) < 1e-3) }
        #expect(pace.tracking == "plan")
        #expect(pace.below == "slow" && pace.above == "plan")
    }

    @Test("no part-year figures for the year after the base: no pace")
    func noPartYear() throws {
        let c = try SmallSeries.analyzer().compare([Self.set])
        #expect(c.pace == nil)
    }

    @Test("keys of several sets are the comparison's keys")
    func keyedSets() throws {
        var other = Self.set
        other.id = "view"
        let c = try Self.analyzer().compare([Self.set, other])
        let pace = try #require(c.pace)
        #expect(Set(pace.entries.map(\.key)) == Set(c.entries.map(\.key)))
        #expect(pace.entries.count == 6)
    }
}

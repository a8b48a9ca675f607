import Foundation
import Testing
import TradeData
@testable import TradeAnalysis

/// A small made-up series: 1.6 billion in 2024, 2.0 billion in 2025 (+25%), a 4 billion target by
/// 2028 and an 8 billion target with no year.
enum SmallSeries {
    static var dataset: Dataset {
        let label = { (text: String) in LocalizedText(en: text) }
        let trade = Series(id: "trade_total", label: label("Trade"), observations: [
            (2021, 1.0), (2022, 1.2), (2023, 1.4), (2024, 1.6), (2025, 2.0),
        ].map { year, value in
            Observation(period: Period(year: year)!, quantity: .exact(value * 1e9), status: .final, source: "S1", preferred: true)
        })
        return Dataset(
            id: "small", title: label("Small"), reporter: label("A"), partner: label("B"),
            sources: [Source(key: "S1", publisher: "Statistics Office", date: "2026-01-10")],
            targets: [
                Target(id: "t4", series: "trade_total", goal: .level(4e9), deadline: 2028...2028, label: label("4 billion by 2028"), source: "S1"),
                Target(id: "t8", series: "trade_total", goal: .level(8e9), deadline: nil, label: label("8 billion"), source: "S1"),
            ],
            series: [trade])
    }

    static func analyzer() throws -> TargetAnalyzer { try TargetAnalyzer(dataset: dataset) }
}

@Suite("Scenario comparison")
struct ScenarioComparisonTests {
    let analyzer: TargetAnalyzer
    init() throws { analyzer = try SmallSeries.analyzer() }

    func set(_ id: String, _ scenarios: [Scenario], title: String? = nil) -> ScenarioSet {
        ScenarioSet(id: id, title: title ?? id, scenarios: scenarios)
    }

    @Test("reach years, gaps in the target's year and horizon values, per scenario and target")
    func standings() throws {
        let c = try analyzer.compare([set("a", [
            Scenario(id: "steady", label: "Steady 20%", model: .constant(rate: 0.20)),
            Scenario(id: "listed", label: "Listed", model: .values([2026: 3e9, 2027: 4.5e9])),
        ])], horizon: 2030)
        #expect(c.horizon == 2030)
        #expect(c.targets.map(\.year) == [2028, nil])
        #expect(c.targets.map(\.yearStated) == [true, false])
        let steady = try #require(c.entry("steady"))
        // 2.0 · 1.2^n: 2.4, 2.88, 3.456, 4.1472, 4.97664
        #expect(steady.standings.map(\.reachYear) == [2029, nil])
        #expect(rounded(steady.standings[0].gap.map { $0 / 1e9 }) == -0.544)
        #expect(rounded(steady.horizonValue.map { $0 / 1e9 }, 5) == 4.97664)
        #expect(steady.rule == .constant(rate: 0.20, from: 2025))
        let listed = try #require(c.entry("listed"))
        #expect(listed.standings.map(\.reachYear) == [2027, nil])
        #expect(listed.standings[1].year == nil && listed.standings[1].gap == nil && !listed.standings[1].onTime)
        #expect(listed.standings[0].onTime)
        #expect(listed.standings[0].gap == nil)
        #expect(listed.horizonValue == nil)
        #expect(listed.lastYear == 2027)
        #expect(listed.rule == .values(years: 2026...2027))
        #expect(c.byEarliestReach.map(\.key) == ["listed", "steady"])
    }

    @Test("each rule as facts: rates resolved against the series")
    func rules() throws {
        #expect(try analyzer.rule(for: Scenario(id: "h", label: "h", model: .historical(from: 2024, to: 2025)))
                == .historical(rate: 0.25, window: 2024...2025, from: 2025))
        #expect(try analyzer.rule(for: Scenario(id: "d", label: "d", model: .decaying(start: nil, longRun: 0.05, halfLife: 2)))
                == .decaying(start: 0.25, startIsLastYear: true, longRun: 0.05, halfLife: 2, from: 2025))
        guard case let .trend(slope, window, from) = try analyzer.rule(for: Scenario(id: "t", label: "t", model: .linearTrend(from: 2021, to: 2025))) else {
            Issue.record("expected a trend")
            return
        }
        #expect(rounded(slope / 1e9) == 0.24)
        #expect(window == 2021...2025 && from == 2025)
        #expect(try analyzer.rule(for: Scenario(id: "r", label: "r", model: .rates([2026: 0.1, 2028: 0.2]))) == .rates(years: 2026...2028))
    }

    @Test("two sets with the same scenario ids stay distinct, and the horizon is the latest asked for")
    func twoSets() throws {
        let plan = ScenarioSet(id: "plan", title: "Ministry plan", horizon: 2030,
                               scenarios: [Scenario(id: "main", label: "Plan 15%", model: .constant(rate: 0.15))])
        let view = ScenarioSet(id: "plan", title: "Independent view", horizon: 2032,
                               scenarios: [Scenario(id: "main", label: "Cautious 8%", model: .constant(rate: 0.08))])
        let c = try analyzer.compare([plan, view])
        #expect(c.isComparison)
        #expect(c.horizon == 2032)
        #expect(c.sets.map(\.title) == ["Ministry plan", "Independent view"])
        #expect(c.sets.map(\.id) == ["plan", "plan-2"])
        #expect(c.entries.map(\.key) == ["plan/main", "plan-2/main"])
        #expect(ScenarioSet.keyed([plan, view]).map(\.id) == ["plan/main", "plan-2/main"])
        #expect(c.entry("plan-2/main")?.label == "Cautious 8%")
    }

    @Test("a file's title, highlight and role; the set is named by the title, else the file name")
    func fileMetadata() throws {
        let file = try ScenarioFile.parse(yaml: """
        title: Ministry plan
        scenarios:
          - {id: a, kind: constant, rate: 10%, highlight: true, role: plan}
          - {id: b, kind: historical, years: 1}
          - {id: c, kind: constant, rate: 5%}
        """, file: "plan.yaml", baseYear: 2025)
        #expect(file.title == "Ministry plan")
        #expect(file.presentation["a"] == ScenarioPresentation(highlight: true, role: .plan))
        #expect(file.presentation["b"] == ScenarioPresentation(highlight: false, role: .historical))
        #expect(file.presentation["c"] == ScenarioPresentation())
        #expect(ScenarioSet(file: file, path: "dir/plan.yaml").title == "Ministry plan")
        var untitled = file
        untitled.title = nil
        let named = ScenarioSet(file: untitled, path: "dir/Cautious View.yaml")
        #expect(named.title == "Cautious View.yaml")
        #expect(named.id == "cautious-view")
        do {
            _ = try ScenarioFile.parse(yaml: "scenarios:\n  - {id: a, kind: constant, rate: 10%, role: plna}\n", file: "s.yaml", baseYear: 2025)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "s.yaml:2:46: unknown role 'plna' (did you mean 'plan'?)")
        }
    }
}

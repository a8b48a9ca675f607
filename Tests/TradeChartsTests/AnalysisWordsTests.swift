import Foundation
import Testing
import TradeAnalysis
import TradeData
@testable import TradeCharts

/// The words of the analysis' facts (`AnalysisWords`): what the `scenarios` table and JSON print for
/// default names, rules, notes and the fan's assumptions, from the shipped Vietnam–Laos data.
@Suite("Analysis words")
struct AnalysisWordsTests {
    let analyzer: TargetAnalyzer
    let en = AnalysisWords(.en)
    init() throws { analyzer = try TargetAnalyzer(dataset: Briefing.dataset) }

    @Test("default names, rules and notes in English")
    func defaults() throws {
        let p = try analyzer.project(analyzer.defaultScenarios())
        #expect(p.map { en.name($0.name) } == ["Momentum (last year's growth)", "5-year compound rate", "Annual growth of 10–15%, low end",
                                             "Annual growth of 10–15%, high end", "Required for 5 billion by 2027"])
        #expect(en.rateDescription(p[0].rule) == "32.4% a year (compound rate 2024→2025)")
        #expect(en.rateDescription(p[4].rule) == "29.5% a year")
        #expect(p[1].notes.map(en.note) == ["2020 is approximate; 2025 is preliminary"])
        #expect(en.name(.momentum(window: RateWindow(from: 2022, to: 2024))) == "Momentum (compound rate 2022→2024)")
        #expect(en.name(.compound(years: 5, window: RateWindow(from: 2020, to: 2024))) == "Compound rate 2020→2024")
        #expect(en.defaultSetTitle == "Default scenarios")
    }

    @Test("other rules and notes")
    func rules() throws {
        let rates = try analyzer.project(Scenario(id: "p", label: "p", model: .rates([2026: 0.2, 2027: 0.1])), horizon: 2028)
        #expect(rates.notes.map(en.note) == ["years after 2027 keep the 2027 rate"])
        #expect(en.rateDescription(rates.rule) == "explicit yearly rates")
        let decaying = try analyzer.project(Scenario(id: "d", label: "d", model: .decaying(start: 0.3, longRun: 0.1, halfLife: 1.5)), horizon: 2028)
        #expect(en.rateDescription(decaying.rule) == "30.0% decaying toward 10.0%, half-life 1.5 years")
        #expect(en.rateDescription(.trend(slope: 3.1e8, window: 2021...2025, from: 2025))
                == "+0.31 billion USD a year (straight line fitted to 2021–2025, from the 2025 base)")
    }

    @Test("the fan's assumptions name the changes used, the gaps, the joins and the approximate figures")
    func fan() {
        let lines = en.assumptions(analyzer.uncertaintyFan())
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("Yearly growth is log-normal with the mean and spread of the 12 observed yearly changes (2012–2017, 2020–2025): median growth "))
        #expect(lines[2].hasPrefix("Changes with a bound as an end point are left out, and so are changes joining a figure the dataset computed from another source (2011)"))
        #expect(lines[3] == "10,000 simulated paths from the 2025 base, random seed 2025; a target counts as reached in the first year a path is at or above it.")
        var sparse = analyzer.uncertaintyFan()
        sparse.sample?.gaps = [RateWindow(from: 2020, to: 2022), RateWindow(from: 2022, to: 2024)]
        #expect(en.assumptions(sparse)[0].contains("; across a gap, 2020→2022, 2022→2024, a change counts once a year over the gap)"))
        #expect(AnalysisWords(.vi).assumptions(sparse)[1].hasPrefix("Các năm độc lập"))
    }

    @Test("the JSON writes the words only with an AnalysisWording")
    func json() throws {
        let projection = try analyzer.project(analyzer.defaultScenarios())[0]
        let plain = String(decoding: try JSONEncoder().encode(projection), as: UTF8.self)
        #expect(plain.contains("\"label\":\"momentum\"") && !plain.contains("rateDescription"))
        let encoder = JSONEncoder()
        encoder.userInfo[.analysisWording] = en
        let worded = String(decoding: try encoder.encode(projection), as: UTF8.self)
        #expect(worded.contains("\"label\":\"Momentum (last year's growth)\"") && worded.contains("\"rateDescription\":\"32.4% a year (compound rate 2024→2025)\""))
    }
}

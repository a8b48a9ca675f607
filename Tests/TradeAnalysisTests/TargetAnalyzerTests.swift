import Foundation
import Testing
import TradeData
@testable import TradeAnalysis

@Suite("Target analyzer on the Vietnam–Laos dataset")
struct TargetAnalyzerTests {
    let analyzer: TargetAnalyzer
    init() throws { analyzer = try VietnamLaosFixture.analyzer() }

    @Test("the base is 2025's preferred figure with its citation and the rounded alternative")
    func base() {
        let base = analyzer.analyze().base
        #expect(base.period == "2025")
        #expect(base.value == 2.98e9)
        #expect(base.source == "S_SGGP2026")
        #expect(base.citation == "MoIT, via SGGP 2026-01-15")
        #expect(base.alternatives.map(\.value) == [3.0e9])
    }

    @Test("a dated target is read at every year of its window; a yearless one gets no year, only horizons")
    func requirements() {
        let analysis = analyzer.analyze()
        let rows = analysis.targets
        #expect(rows.map(\.targetId) == ["trade-5bn", "trade-5bn"])
        #expect(rows.map(\.year) == [2027, 2028])
        #expect(rows.map { rounded($0.requiredAnnualGrowth) } == [0.2953, 0.1883])
        #expect(rows[0].linearIncrementPerYear == 1.01e9)
        #expect(rows.allSatisfy { $0.yearStated })
        #expect(rows[0].path.map(\.year) == [2025, 2026, 2027])
        #expect(rounded(rows[0].path.last?.value) == 5e9)
        let ten = analysis.levelTargets.first { $0.targetId == "trade-10bn" }
        #expect(ten?.year == nil && ten?.yearStated == false && ten?.assumedHorizon == nil)
        #expect(ten?.horizons.map(\.year) == [2028, 2030, 2035])
        #expect(rounded(ten?.horizons.first?.requiredAnnualGrowth) == rounded(pow(10 / 2.98, 1.0 / 3) - 1))
        #expect(analysis.assumptions.contains(.noYearStated(target: "trade-10bn", label: "10 billion USD",
                                                           deadlineText: "in the coming years", assumedHorizon: nil)))
    }

    @Test("an assumed horizon reads a yearless target at that year, marked as not stated")
    func assumedHorizon() {
        var assumed = analyzer
        assumed.assumedHorizon = 2030
        let analysis = assumed.analyze()
        let ten = analysis.targets.filter { $0.targetId == "trade-10bn" }
        #expect(ten.map(\.year) == [2030])
        #expect(ten.first?.yearStated == false)
        #expect(analysis.levelTargets.first { $0.targetId == "trade-10bn" }?.assumedHorizon == 2030)
        #expect(analysis.levelTargets.first { $0.targetId == "trade-10bn" }?.year == nil)
    }

    @Test("historical rates from preferred figures, the 5-year one flagged approximate")
    func rates() {
        let rates = analyzer.historicalRates
        #expect(rates.map(\.id) == [.momentum, .compound(years: 3), .compound(years: 5)])
        #expect(rounded(rates[0].usableRate) == 0.3244)
        #expect(rounded(rates[1].usableRate) == 0.2228)
        #expect(rounded(rates[2].usableRate) == 0.2441)
        #expect(rates[2].caveats == [.qualifiedEndPoint(period: "2020", qualifier: .approximate)])
        #expect(rates.map(\.window?.description) == ["2024→2025", "2022→2025", "2020→2025"])
        #expect(rates[2].rate?.isApproximate == true)
    }

    @Test("the stated +32.7% is explained, not hidden")
    func statedRate() {
        let stated = analyzer.analyze().assumptions.compactMap { fact -> StatedRate? in
            if case .statedRate(let rate) = fact { return rate } else { return nil }
        }.first
        #expect(stated?.stated == 0.327)
        #expect(stated?.period == "2025")
        #expect(rounded(stated?.impliedBase, 0) == 2_245_666_918)
        #expect(stated?.prior == YearValue(year: 2024, value: 2.25e9))
        #expect(rounded(stated?.computed) == 0.3244)
    }

    @Test("reach years and on-track status")
    func reachAndStatus() {
        let analysis = analyzer.analyze()
        let momentum5 = analysis.reachedAt.first { $0.rateId == .momentum && $0.targetId == "trade-5bn" }
        #expect(rounded(momentum5?.years, 2) == 1.84)
        #expect(momentum5?.year == 2027)
        let low10 = analysis.reachedAt.first { $0.rateId == .goalLow(target: "growth-10-15") && $0.targetId == "trade-10bn" }
        #expect(low10?.year == 2038)
        let statuses = analysis.status.filter { $0.targetId == "trade-5bn" && $0.year == 2027 }
        #expect(statuses.map(\.rateId) == [.momentum, .compound(years: 3), .compound(years: 5)])
        #expect(statuses.map(\.onTrack) == [true, false, false])
        #expect(analysis.reachedAt.contains { $0.targetId == "trade-10bn" }, "a yearless target still gets its reach years")
        #expect(analysis.growthGoals.first?.met == true)
        #expect(analysis.pastTargets.map(\.outcome) == [.missed, .missed])
    }

    @Test("a range base gives a range of required rates; a bound base a one-sided one")
    func qualifiedBase() throws {
        let range = try TargetAnalyzer(dataset: VietnamLaosFixture.dataset, basePeriod: Period.year(2019)).analyze()
        let first = try #require(range.targets.first)
        #expect(range.base.qualifier == .range)
        #expect(rounded(first.requiredAnnualGrowthLow) == rounded(pow(5e9 / 1.2e9, 1.0 / 8) - 1))
        #expect(rounded(first.requiredAnnualGrowthHigh) == rounded(pow(5e9 / 1.1e9, 1.0 / 8) - 1))
        let bound = try TargetAnalyzer(dataset: VietnamLaosFixture.dataset, basePeriod: Period.year(2018)).analyze()
        #expect(bound.targets.first?.requiredAnnualGrowthLow == nil)
        #expect(rounded(bound.targets.first?.requiredAnnualGrowthHigh) == rounded(pow(5.0, 1.0 / 9) - 1))
    }

    @Test("bad series and bases are reported")
    func errors() {
        #expect(throws: AnalysisError.unknownSeries("nope", available: ["trade_total"])) {
            try TargetAnalyzer(dataset: VietnamLaosFixture.dataset, seriesID: "nope")
        }
        #expect(throws: AnalysisError.baseNotFound(period: "2009", series: "trade_total")) {
            try TargetAnalyzer(dataset: VietnamLaosFixture.dataset, basePeriod: Period.year(2009))
        }
    }
}

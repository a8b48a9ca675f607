import Foundation
import Testing
import TradeAnalysis
import TradeData

/// Yearly data written for these tests: a figure computed from another source at the start, a
/// lower bound, a range, an approximate figure and a fall of more than 5 %.
enum WindowFixtures {
    static func year(_ y: Int, _ millions: Double, _ q: Quantity.Qualifier = .exact, status: ObservationStatus = .final, source: String = "OFFICE") -> Observation {
        Observation(period: Period(year: y)!, quantity: Quantity(millions * 1e6, qualifier: q), status: status, source: source)
    }

    static var series: Series {
        Series(id: "flow", observations: [
            year(2010, 80, status: .derived, source: "OTHER"), year(2011, 100), year(2012, 110), year(2013, 121),
            year(2014, 1000 / 7, .atLeast), year(2015, 150), year(2016, 120), year(2017, 132, .approximate),
            Observation(period: Period(year: 2018)!, quantity: Quantity(low: 140e6, high: 150e6), status: .estimate, source: "OFFICE"),
            year(2019, 160), year(2020, 176),
        ])
    }

    static func dataset(_ series: Series, targets: [Target]) -> Dataset {
        let label = LocalizedText(en: "Test")
        return Dataset(id: "t", title: label, reporter: label, partner: label,
                       sources: [Source(key: "OFFICE", publisher: "Office"), Source(key: "OTHER", publisher: "Other")],
                       targets: targets, series: [series])
    }
}

@Suite("growth windows and the fan over them")
struct GrowthWindowTests {
    @Test("bounds and joins between sources are left out, ranges enter at the midpoint, approximate figures are flagged")
    func rules() throws {
        let all = try #require(GrowthSample.make(WindowFixtures.series, baseYear: 2020, window: .allYears))
        #expect(all.firstYear == 2011 && all.lastYear == 2020)
        #expect(all.excluded.map(\.year) == [2011, 2014, 2015])
        #expect(all.excluded.first?.reason == .sourceJoin)
        #expect(all.excluded.first?.sources == ["OTHER", "OFFICE"])
        #expect(all.excluded.dropFirst().allSatisfy { $0.reason == .bound })
        #expect(all.used.map(\.year) == [2012, 2013, 2016, 2017, 2018, 2019, 2020])
        let y2018 = try #require(all.used.first { $0.year == 2018 })
        #expect(abs(y2018.growth - (145.0 / 132 - 1)) < 1e-12)
        #expect(y2018.flags == [.approximate, .rangeMidpoint])
        #expect(all.used.first { $0.year == 2016 }?.flags == [])
        // Independent mean and spread of the seven log changes.
        let ratios: [Double] = [110.0 / 100, 121.0 / 110, 120.0 / 150, 132.0 / 120, 145.0 / 132, 160.0 / 145, 176.0 / 160]
        let logs: [Double] = ratios.map { Foundation.log($0) }
        let mean: Double = logs.reduce(0, +) / 7
        let squares: [Double] = logs.map { ($0 - mean) * ($0 - mean) }
        let sd: Double = (squares.reduce(0, +) / 6).squareRoot()
        #expect(abs(all.logMean - mean) < 1e-12)
        #expect(abs(all.logSD - sd) < 1e-12)
        #expect(all.spansJoin)
        #expect(abs((all.compoundRate?.value ?? 0) - (pow(176.0 / 80, 1.0 / 10) - 1)) < 1e-12)
    }

    @Test("the last trough is the latest low after a fall of more than 5%")
    func trough() {
        #expect(GrowthSample.lastTrough(WindowFixtures.series, baseYear: 2020) == 2016)
        // A dip of 2 % is not a trough.
        let shallow = Series(id: "s", observations: [2000: 100.0, 2001: 98, 2002: 110].map { WindowFixtures.year($0.key, $0.value) })
        #expect(GrowthSample.lastTrough(shallow, baseYear: 2002) == nil)
    }

    @Test("standard windows: those the series is too short for are left out, equal ones are named once")
    func standard() {
        let windows = GrowthSample.standard(WindowFixtures.series, baseYear: 2020)
        // No 15-year window from 2010; "all" covers the same years as "10y"; the trough window (since
        // 2016: 2017–2020) is its own.
        #expect(windows.map(\.id) == ["5y", "10y", "trough"])
        #expect(windows.first { $0.id == "10y" }?.sameAs == ["all"])
        #expect(windows.last?.trough == 2016)
        #expect(windows.last?.firstYear == 2017)
    }

    @Test("with steady growth every path is the same: probabilities are 0 or 1 where the constant path says")
    func steady() throws {
        // 10 % a year from 100 in 2015 to 161.051 in 2020.
        let steady = Series(id: "flow", observations: (0...5).map { WindowFixtures.year(2015 + $0, 100 * pow(1.1, Double($0))) })
        let target = Target(id: "t200", series: "flow", goal: .level(200e6), deadline: 2023...2023, label: LocalizedText(en: "200"), source: "OFFICE")
        let analyzer = try TargetAnalyzer(dataset: WindowFixtures.dataset(steady, targets: [target]), seriesID: "flow")
        let fan = analyzer.windowedFan(horizon: 2024, paths: 500)
        // 161.051 × 1.1² = 194.87 < 200 ≤ 161.051 × 1.1³ = 214.36: reached in 2023.
        let all = fan.probabilities.filter { $0.window == "all" }
        #expect(all.map(\.year) == [2021, 2022, 2023, 2024])
        #expect(all.map(\.p) == [0, 0, 1, 1])
        #expect(fan.method.paths == 500 && fan.method.seed == 2025 && fan.method.distribution == "lognormal")
        #expect(fan.spread(target: "t200", year: 2023) == 1...1)
        #expect(fan.method.windows.first?.sameAs == ["all"])
    }

    @Test("the shipped series: the 2010→2011 join is left out, the 2020 fall is in, probabilities differ by window")
    func shipped() throws {
        let analyzer = try VietnamLaosFixture.analyzer()
        let fan = analyzer.windowedFan()
        let all = try #require(fan.method.windows.first { $0.id == "15y" || $0.sameAs.contains("all") })
        #expect(all.excluded.contains { $0.year == 2011 && $0.reason == .sourceJoin })
        #expect(all.used.contains { $0.year == 2020 && $0.growth < 0 })
        #expect(all.used.contains { $0.year == 2021 })
        let spread = try #require(fan.spread(target: "trade-5bn", year: 2028))
        #expect(spread.upperBound - spread.lowerBound > 0.3)
    }
}

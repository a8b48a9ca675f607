import Foundation
import Testing
import TradeAnalysis
import TradeData

/// Data written for these tests, and the shipped-style fixture, for the like-for-like facts.
@Suite("like for like, qualifiers, revisions and policy consistency")
struct LikeForLikeTests {
    static func obs(_ period: String, _ millions: Double, _ q: Quantity.Qualifier = .exact, status: ObservationStatus = .final,
                    note: String? = nil, preferred: Bool = false) -> Observation {
        Observation(period: Period(parsing: period)!, quantity: Quantity(millions * 1e6, qualifier: q), status: status, source: "S",
                    note: note, preferred: preferred)
    }

    @Test("a stated multiple on part years is set against the same months and the full years")
    func statedMultiple() throws {
        let series = Series(id: "inv", observations: [
            Self.obs("2024-01..2024-11", 160.68), Self.obs("2024", 191.1),
            Self.obs("2025-01..2025-11", 590.3, note: "7.5 times January–November 2024"), Self.obs("2025", 757.9),
        ])
        let facts = Metrics.statedVersusRecomputed(series)
        let fact = try #require(facts.first)
        #expect(facts.count == 1)
        #expect(fact.stated == .multiple(7.5))
        #expect(fact.comparedWith == "2024-01..2024-11")
        #expect(abs((fact.recomputedRatio?.value ?? 0) - 590.3 / 160.68) < 1e-12)   // 3.67×
        #expect(abs(fact.impliedPrior - 590.3e6 / 7.5) < 1e-3)
        #expect(abs((fact.fullYear?.ratio ?? 0) - 757.9 / 191.1) < 1e-12)          // 3.97×
        #expect(fact.reason == .priorFigureDiffers)
    }

    @Test("a stated rate against an approximate prior year, and one that agrees")
    func statedRate() throws {
        let series = Series(id: "t", observations: [
            Self.obs("2023", 1600, .approximate), Self.obs("2024", 2250, note: "up 38.2%"), Self.obs("2025", 2970, note: "up 32.0%"),
        ])
        let facts = Metrics.statedVersusRecomputed(series)
        let y2024 = try #require(facts.first { $0.period == "2024" })
        #expect(abs((y2024.recomputedRatio?.value ?? 0) - 2250.0 / 1600) < 1e-12)   // +40.6 %
        #expect(y2024.recomputedRatio?.isApproximate == true)
        #expect(abs(y2024.impliedPrior - 2250e6 / 1.382) < 1)                      // 1.628 billion
        #expect(y2024.priorQualifier == "approximate")
        #expect(facts.first { $0.period == "2025" }?.reason == .agrees)             // 2970 / 2250 = 1.32
    }

    @Test("a balance from parts that do not add up to the total is approximate")
    func balance() throws {
        let exports = Series(id: "exports", observations: [Self.obs("2024", 400), Self.obs("2025", 1100)])
        let imports = Series(id: "imports", observations: [Self.obs("2024", 600), Self.obs("2025", 1900)])
        let total = Series(id: "trade_total", observations: [Self.obs("2024", 1000), Self.obs("2025", 2980)])
        let figures = Metrics.balanceFigures(exports: exports, imports: imports, total: total)
        #expect(figures.map(\.period) == ["2024", "2025"])
        #expect(figures[0].approximate == false)
        #expect(figures[0].balance.value == -200e6)
        #expect(figures[1].approximate)
        #expect(figures[1].reasons == [.partsDisagreeWithTotal])
        #expect(figures[1].balance.value == -800e6)
        #expect(figures[1].balance.qualifier == .approximate)
    }

    @Test("a ±2% revision of a preliminary base moves the required growth")
    func revision() throws {
        let analyzer = try VietnamLaosFixture.analyzer()
        let rows = analyzer.revisionSensitivity()
        // The fixture's 2025 base is final, so nothing to revise.
        #expect(rows.isEmpty)
        var dataset = VietnamLaosFixture.dataset
        let index = try #require(dataset.series.firstIndex { $0.id == "trade_total" })
        dataset.series[index].observations = dataset.series[index].observations.map { o in
            var o = o
            if o.period.description == "2025" { o.status = .preliminary }
            return o
        }
        let preliminary = try TargetAnalyzer(dataset: dataset).revisionSensitivity()
        let first = try #require(preliminary.first { $0.year == 2027 })
        // 5 billion by 2027 from 2.98 × 0.98 and × 1.02: (5 / 2.9204)^(1/2) − 1 and (5 / 3.0396)^(1/2) − 1.
        #expect(abs(first.requiredIfRevisedDown - ((5 / 2.9204).squareRoot() - 1)) < 1e-9)
        #expect(abs(first.requiredIfRevisedUp - ((5 / 3.0396).squareRoot() - 1)) < 1e-9)
        #expect(first.requiredIfRevisedUp < first.required && first.required < first.requiredIfRevisedDown)
    }

    @Test("the growth goal against what the level targets need, and its record")
    func policy() throws {
        let label = LocalizedText(en: "x")
        let series = Series(id: "flow", observations: [
            Self.obs("2020", 100), Self.obs("2021", 112), Self.obs("2022", 115), Self.obs("2023", 130, .atLeast),
            Observation(period: Period(year: 2024)!, quantity: Quantity(low: 140e6, high: 150e6), status: .estimate, source: "S"),
        ])
        let dataset = Dataset(id: "d", title: label, reporter: label, partner: label, sources: [Source(key: "S", publisher: "P")], targets: [
            Target(id: "goal", series: "flow", goal: .annualGrowth(low: 0.10, high: 0.15), deadline: nil, label: label, source: "S"),
            Target(id: "double", series: "flow", goal: .level(290e6), deadline: 2026...2026, label: label, source: "S"),
            Target(id: "no-year", series: "flow", goal: .level(1000e6), deadline: nil, label: label, source: "S"),
        ], series: [series])
        let facts = try #require(try TargetAnalyzer(dataset: dataset, seriesID: "flow").policyConsistency().first)
        // From the 2024 range's midpoint (145), doubling in two years needs √2 − 1 = 41.4 % a year, far above 15 %; at 15 % it takes until 2029.
        #expect(facts.requirements.count == 1)
        #expect(abs(facts.requirements[0].requiredAnnualGrowth - (2.0.squareRoot() - 1)) < 1e-12)
        #expect(facts.requirements[0].withinGoal == false)
        #expect(facts.requirements[0].yearAtHighEnd == 2029)
        // 2021 +12 % met; 2022 +2.7 % missed; 2023 is a lower bound (at least +13 %): met; 2024 (a range against a bound: at most +15.4 %): not known.
        #expect(facts.metYears == [2021, 2023])
        #expect(facts.missedYears == [2022])
        #expect(facts.uncertainYears == [2024])
    }
}

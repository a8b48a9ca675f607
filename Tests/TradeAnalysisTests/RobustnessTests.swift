import Foundation
import PropertyBased
import Testing
import TradeData
@testable import TradeAnalysis

/// Regressions found while hardening, and the analysis invariants as properties over random inputs.
@Suite("Analysis robustness")
struct RobustnessTests {
    /// A dataset whose growth goal is a near-zero rate: `log(1 + 1e-22)` is 0 in Double, so the
    /// time to reach a target used to be infinite and `yearReached` trapped converting it to Int.
    @Test("a near-zero growth goal gives a finite reach time instead of a crash")
    func nearZeroRate() throws {
        let yaml = """
            id: flat
            title: Flat
            partner: Laos
            sources:
              s: {publisher: Test}
            targets:
              - {id: five, series: trade_total, source: s, level: 5 billion USD, deadline: "2027"}
              - {id: crawl, series: trade_total, source: s, growth: "0.00000000000000000001 %"}
            """
        let csv = "series,period,value,unit,source\ntrade_total,2024,2250,million USD,s\ntrade_total,2025,2980,million USD,s\n"
        let loaded = DatasetLoader.load(files: ["dataset.yaml": yaml, "trade.csv": csv], root: "flat")
        #expect(loaded.errors.isEmpty)
        let analysis = try TargetAnalyzer(dataset: loaded.dataset).analyze()
        let crawl = try #require(analysis.reachedAt.first { $0.rateId == .goalLow(target: "crawl") })
        #expect(crawl.year == 2025 + 1_000_000)
        #expect(try #require(crawl.years) > 1e21)
        #expect(TargetMath.yearReached(baseYear: 2025, years: .infinity) == 1_002_025)
        #expect(TargetMath.yearReached(baseYear: 2025, years: .nan) == 2025)
        #expect(TargetMath.yearsToReach(base: 1, target: 2, rate: .leastNonzeroMagnitude) == nil)
    }

    @Test("a scenario file's horizon stays within 50 years of the base")
    func horizon() {
        #expect(throws: ScenarioFileError(file: "s.yaml", line: 1, column: 10, message: "horizon 9999 must lie 1 to 50 years after the base year 2025")) {
            try ScenarioFile.parse(yaml: "horizon: 9999\nscenarios: [{id: a, kind: constant, rate: 10%}]\n", file: "s.yaml", baseYear: 2025)
        }
    }

    @Test("a scenario value past 10^15 USD or a rate past 1000% is refused where it is written")
    func hugeValue() {
        #expect(throws: ScenarioFileError(file: "s.yaml", line: 1, column: 50, message: "value '1e300 billion' for 'values' is above 10^15 USD; check the number and its unit")) {
            try ScenarioFile.parse(yaml: "scenarios: [{id: a, kind: values, values: {2026: 1e300 billion}}]\n", file: "s.yaml", baseYear: 2025)
        }
        #expect(throws: ScenarioFileError(file: "s.yaml", line: 1, column: 43, message: "rate 1e300% for 'rate' is above 1000% a year; write a rate such as 10% or 0.10")) {
            try ScenarioFile.parse(yaml: "scenarios: [{id: a, kind: constant, rate: 1e300%}]\n", file: "s.yaml", baseYear: 2025)
        }
    }

    @Test("fan percentiles are ordered every year; reach probabilities rise and stay in [0, 1]")
    func fanInvariants() async {
        await propertyCheck(count: 50, input: Gen.double(in: -0.3...0.5), Gen.double(in: 0...0.6), Gen.int(in: 1...10), Gen.int(in: 0...1_000_000)) { mean, sd, years, seed in
            let fan = UncertaintyFan.simulate(
                baseYear: 2025, baseValue: 2.98e9, horizon: 2025 + years, logMean: mean, logSD: sd,
                targets: [.init(id: "a", value: 5e9), .init(id: "b", value: 10e9)], paths: 300, seed: UInt64(seed))
            #expect(fan.years == Array(2026...(2025 + years)))
            for year in fan.years.indices {
                let column = fan.percentiles.map { $0.values[year] }
                #expect(column == column.sorted() && column.allSatisfy { $0 > 0 && $0.isFinite })
            }
            for probability in fan.probabilities {
                #expect(probability.byYear == probability.byYear.sorted())
                #expect(probability.byYear.allSatisfy { (0...1).contains($0) })
            }
            // The higher target is never more likely than the lower one.
            #expect(zip(fan.probabilities[1].byYear, fan.probabilities[0].byYear).allSatisfy { $0 <= $1 })
        }
    }

    @Test("interval arithmetic keeps the central value inside its limits")
    func estimateIntervals() async {
        await propertyCheck(input: Gen.double(in: 1...1e10), Gen.double(in: 0...1e9), Gen.double(in: 1...1e10), Gen.double(in: 0...1e9)) { a, da, b, db in
            let x = Estimate(Quantity(low: a, high: a + da)), y = Estimate(Quantity(low: b, high: b + db))
            for e in [x.divided(by: y), x.minus(y)] {
                let low = try #require(e.low), high = try #require(e.high)
                #expect(low <= e.value * (1 + 1e-12) + 1e-6 && e.value <= high * (1 + 1e-12) + 1e-6)
            }
        }
    }

    @Test("balance is exports minus imports and a share of a larger total lies in [0, 1]")
    func balanceAndShare() async {
        await propertyCheck(input: Gen.double(in: 0...5e9), Gen.double(in: 0...5e9)) { exported, imported in
            func series(_ id: String, _ value: Double) -> Series {
                Series(id: id, observations: [Observation(period: Period.year(2025) ?? Period(year: 2000)!, quantity: .exact(value), source: "s")])
            }
            let balance = Metrics.balance(exports: series("exports", exported), imports: series("imports", imported))
            #expect(balance.map { $0.estimate?.value } == [exported - imported])
            let share = Metrics.share(of: series("exports", exported), in: series("trade_total", exported + imported))
            for metric in share {
                #expect((0...1).contains(metric.estimate?.value ?? -1))
            }
        }
    }

    @Test("reach times are finite or nil for any positive rate, and the reach year never traps")
    func reachTimes() async {
        await propertyCheck(input: Gen.int(in: -320...0), Gen.double(in: 1...9.99), Gen.double(in: 1.01...50)) { exponent, mantissa, factor in
            let rate = mantissa * pow(10, Double(exponent))
            let years = TargetMath.yearsToReach(base: 2.98e9, target: 2.98e9 * factor, rate: rate)
            #expect(years.map { $0.isFinite && $0 > 0 } ?? true)
            let year = TargetMath.yearReached(baseYear: 2025, years: years ?? .infinity)
            #expect((2026...1_002_025).contains(year))
        }
    }
}

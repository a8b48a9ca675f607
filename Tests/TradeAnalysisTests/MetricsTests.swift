import Foundation
import Testing
import TradeData
@testable import TradeAnalysis

@Suite("Metrics")
struct MetricsTests {
    func obs(_ period: String, _ quantity: Quantity) -> Observation {
        let parts = period.split(separator: "-").compactMap { Int($0) }
        let p = parts.count == 3 ? Period(year: parts[0], startMonth: parts[1], endMonth: parts[2]) : Period.year(parts[0])
        return Observation(period: p ?? Period(year: 2000)!, quantity: quantity, source: "test")
    }

    @Test("a part-year figure is not compared with a full year")
    func partYear() {
        let metric = Metrics.growth(from: obs("2024", .exact(191.1e6)), to: obs("2025-1-11", .exact(590.3e6)))
        #expect(metric.estimate == nil)
        #expect(metric.note == "2024 covers 12 months and 2025-01..2025-11 covers 11: a part-year figure is not compared with a full year")
        let investment = Series(id: "inv", observations: [obs("2024", .exact(191.1e6)), obs("2025-1-11", .exact(590.3e6))])
        #expect(Metrics.compoundGrowth(investment, from: 2024, to: 2025).note
            == "2025 has only a part-year figure (2025-01..2025-11); a part-year figure is not compared with a full year")
        #expect(Metrics.yearOnYear(investment).map(\.note) == [
            "no figure for 2024-01..2024-11; a part-year figure is not compared with a full year",
        ])
    }

    @Test("growth from a range is a range; from a bound, one-sided")
    func propagation() {
        let range = Metrics.growth(from: obs("2019", Quantity(low: 1.1e9, high: 1.2e9)), to: obs("2020", .exact(1.2e9)))
        #expect(rounded(range.estimate?.low) == 0)
        #expect(rounded(range.estimate?.high) == rounded(1.2 / 1.1 - 1))
        #expect(range.note == "2019 is a range")
        let bound = Metrics.growth(from: obs("2018", Quantity(1e9, qualifier: .atLeast)), to: obs("2019", .exact(1.2e9)))
        #expect(bound.estimate?.low == nil)
        #expect(rounded(bound.estimate?.high) == 0.2)
        #expect(bound.estimate?.isBound == true)
    }

    @Test("compound growth, balance and shares")
    func basics() {
        let total = Series(id: "t", observations: [obs("2020", Quantity(1e9, qualifier: .approximate)), obs("2025", .exact(2.98e9))])
        let cagr = Metrics.compoundGrowth(total, from: 2020, to: 2025)
        #expect(rounded(cagr.estimate?.value) == 0.2441)
        #expect(cagr.estimate?.isApproximate == true)
        let exports = Series(id: "x", observations: [obs("2025", .exact(1.1e9))])
        let imports = Series(id: "m", observations: [obs("2025", .exact(1.9e9))])
        #expect(Metrics.balance(exports: exports, imports: imports).map { rounded($0.estimate?.value) } == [-0.8e9])
        #expect(Metrics.share(of: exports, in: total).map { rounded($0.estimate?.value) } == [0.3691])
    }
}

import Testing
@testable import TradeData

@Suite("Period and Series model")
struct PeriodModelTests {
    @Test("canonical text of each period form")
    func descriptions() throws {
        #expect(try #require(Period(year: 2025)).description == "2025")
        #expect(try #require(Period(year: 2025, startMonth: 1, endMonth: 3)).description == "2025-Q1")
        #expect(try #require(Period(year: 2025, startMonth: 7, endMonth: 12)).description == "2025-H2")
        #expect(try #require(Period(year: 2025, startMonth: 1, endMonth: 11)).description == "2025-01..2025-11")
        #expect(try #require(Period(year: 2024, startMonth: 12, endMonth: 12)).description == "2024-12")
    }

    @Test("impossible months are rejected")
    func impossible() {
        #expect(Period(year: 2025, startMonth: 0, endMonth: 3) == nil)
        #expect(Period(year: 2025, startMonth: 5, endMonth: 4) == nil)
        #expect(Period(year: 2025, startMonth: 1, endMonth: 13) == nil)
    }

    @Test("part-year periods sort before the full year that starts with them")
    func ordering() throws {
        let janNov = try #require(Period(year: 2025, startMonth: 1, endMonth: 11))
        let full = try #require(Period.year(2025))
        #expect(janNov < full)
        #expect(!janNov.isFullYear && full.isFullYear)
        #expect(full.endDate == "2025-12-31" && janNov.endDate == "2025-11-30")
    }

    @Test("the preferred observation wins when sources disagree")
    func preferred() throws {
        let y2024 = try #require(Period.year(2024))
        let series = Series(id: "trade", observations: [
            Observation(period: y2024, quantity: .exact(2.25e9), source: "S_VLT2025", preferred: true),
            Observation(period: y2024, quantity: .exact(2.2e9), status: .preliminary, source: "S_SGT2025"),
        ])
        #expect(series.preferred(at: y2024)?.source == "S_VLT2025")
        #expect(series.observations(at: y2024).count == 2)
        #expect(series.yearly.count == 1)
    }

    @Test("a range's central value is its midpoint and scales with the unit")
    func ranges() {
        let q = Quantity(low: 1100, high: 1200).scaled(by: 1e6)
        #expect(q.value == 1.15e9 && q.low == 1.1e9 && q.high == 1.2e9 && q.qualifier == .range)
        #expect(Quantity(1000, qualifier: .atLeast).low == 1000)
    }
}

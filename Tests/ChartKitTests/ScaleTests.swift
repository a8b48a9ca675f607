import Testing
@testable import ChartKit

@Suite("Scales and periods")
struct ScaleTests {
    @Test("periods map to spans of decimal years")
    func periods() throws {
        #expect(PeriodSpan("2025") == PeriodSpan(start: 2025, end: 2026))
        #expect(PeriodSpan("2025-Q2") == PeriodSpan(start: 2025.25, end: 2025.5))
        #expect(PeriodSpan("2025-H1") == PeriodSpan(start: 2025, end: 2025.5))
        let june = try #require(PeriodSpan("2025-06"))
        #expect(abs(june.start - (2025 + 5.0 / 12)) < 1e-12 && abs(june.end - 2025.5) < 1e-12)
        let janNov = try #require(PeriodSpan("2025-01..2025-11"))
        #expect(janNov.start == 2025 && abs(janNov.end - (2025 + 11.0 / 12)) < 1e-12)
        #expect(janNov.isPartYear)
        #expect(PeriodSpan("2025-01..11") == janNov)
        #expect(PeriodSpan("2025")?.isPartYear == false)
        #expect(PeriodSpan("2025.0") == PeriodSpan(start: 2025, end: 2026))
        #expect(PeriodSpan("2025-Q5") == nil)
        #expect(PeriodSpan("abc") == nil)
        #expect(PeriodSpan("25") == nil)
    }

    @Test("linear scales map and nice")
    func linear() {
        let s = LinearScale(domain: 12...87, range: (400, 0)).niced(count: 5)
        #expect(s.domain == 0...100)
        #expect(s(0) == 400 && s(100) == 0 && s(50) == 200)
        #expect(s.ticks(count: 5) == [0, 20, 40, 60, 80, 100])
    }

    @Test("log scales tick at 1-2-5 values, widened to the ticks")
    func log() {
        let s = LogScale(domain: 3...4200, range: (0, 300)).niced()
        #expect(s.domain == 1...5000)
        #expect(s.ticks() == [1, 5, 10, 50, 100, 500, 1000, 5000])
        let wide = LogScale(domain: 3...4200, range: (0, 300)).niced(count: 5)
        #expect(wide.domain == 1...10000 && wide.ticks(count: 5) == [1, 10, 100, 1000, 10000])
        let narrow = LogScale(domain: 1...10, range: (0, 300))
        #expect(abs(narrow(10.0.squareRoot()) - 150) < 1e-9)
        #expect(LogScale(domain: 2...40, range: (0, 1)).ticks() == [2, 5, 10, 20])
    }

    @Test("band scales centre categories")
    func band() {
        let s = BandScale(categories: ["a", "b", "c", "d"], range: (0, 400))
        #expect(s.step == 100 && s.bandwidth == 80)
        #expect(s.center(of: "c") == 250)
        #expect(s.center(of: "z") == nil)
    }

    @Test("the x axis type is guessed from the values")
    func guess() {
        #expect(ChartBuilder.guessXType(["2019", "2020", "2025-01..2025-11"]) == .period)
        #expect(ChartBuilder.guessXType(["0.5", "12", "1e3"]) == .linear)
        #expect(ChartBuilder.guessXType(["Laos", "Cambodia"]) == .band)
    }
}

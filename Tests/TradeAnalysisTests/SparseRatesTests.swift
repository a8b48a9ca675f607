import Foundation
import Testing
@testable import TradeAnalysis
import TradeData

/// A series with figures for 2020, 2022 and 2024 only (Tests/Fixtures/partners/morocco-spain): growth
/// rates run between the nearest years with figures, compound over the gap, named by their window.
@Suite("Growth rates of sparse series")
struct SparseRatesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func analyzer(_ name: String = "morocco-spain") throws -> TargetAnalyzer {
        let path = root.appendingPathComponent("Tests/Fixtures/partners/\(name)").path
        return try TargetAnalyzer(dataset: DatasetLoader.loadValid(path: path).dataset)
    }

    @Test("historical rates use the nearest pair of full-year figures and are listed once per window")
    func windows() throws {
        let a = try Self.analyzer()
        #expect(a.baseYear == 2024, "the 2025 part-year figure is not a base")
        let rates = a.historicalRates
        #expect(rates.map(\.id) == [.momentum, .compound(years: 5)], "the 3-year window repeats the 5-year one")
        #expect(rates.map { $0.window?.description } == ["2022→2024", "2020→2024"])
        #expect(rates.map { $0.window?.years } == [2, 4])
        #expect(rates.allSatisfy { !$0.hasNominalWindow })
        let values = [14.2e9, 17.9e9, 21.3e9]
        let momentum = try #require(rates[0].usableRate), four = try #require(rates[1].usableRate)
        #expect(abs(momentum - (pow(values[2] / values[1], 0.5) - 1)) < 1e-12)
        #expect(abs(four - (pow(values[2] / values[0], 0.25) - 1)) < 1e-12)
        #expect(rates[0].caveats.first == .nearestYear(nominal: 2023))
    }

    @Test("a complete series keeps its named windows")
    func complete() throws {
        let a = try Self.analyzer("egypt-turkey")
        #expect(a.historicalRates.map { $0.window?.description } == ["2023→2024", "2021→2024", "2019→2024"])
        #expect(a.historicalRates.allSatisfy { $0.hasNominalWindow })
    }

    @Test("the default scenarios run over the rates' own windows and project")
    func scenarios() throws {
        let a = try Self.analyzer()
        let defaults = a.defaultScenarios()
        #expect(defaults.first { $0.rate == .momentum }?.model == .historical(from: 2022, to: 2024))
        #expect(defaults.first { $0.rate == .compound(years: 5) }?.model == .historical(from: 2020, to: 2024))
        let comparison = try a.compare([a.defaultSet()])
        #expect(comparison.horizon == 2030, "the horizon reaches the 2028–2030 window's end")
    }

    @Test("the growth sample spans the gaps: two changes of two years each, weighted by their years")
    func sample() throws {
        let a = try Self.analyzer()
        let sample = try #require(a.sample())
        #expect(sample.used.map(\.year) == [2022, 2024] && sample.used.map(\.years) == [2, 2])
        #expect(sample.excluded.isEmpty, "years without a figure are spanned, not left out")
        let expected = log(21.3 / 14.2) / 4
        #expect(abs(sample.logMean - expected) < 1e-12)
        #expect(sample.logSD > 0)
        let fan = a.uncertaintyFan()
        #expect(fan.sample?.gaps == [RateWindow(from: 2020, to: 2022), RateWindow(from: 2022, to: 2024)])
    }

    @Test("JSON names each rate's window and its years")
    func json() throws {
        let data = try JSONEncoder().encode(try Self.analyzer().analyze())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""window":"2022→2024","windowYears":2"#) || text.contains(#""windowYears":2"#))
    }
}

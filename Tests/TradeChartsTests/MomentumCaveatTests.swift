import Foundation
import Testing
@testable import TradeCharts
import TradeAnalysis
import TradeData
import NumberText

/// A scenario that holds last year's growth says so when that year's part-year figures show it
/// ended slower than it averaged ("+32.7% for the year, but the second half fell about 9%"), in the
/// report's scenario list and the scenarios chart's alt text; where the year did not slow (or has no
/// part-year figures) nothing is added. Expected sentences are computed here from the raw figures.
@Suite("momentum caveat: scenarios that hold last year's growth")
struct MomentumCaveatTests {
    static func dataset(_ path: String) throws -> Dataset {
        try DatasetLoader.loadValid(path: Briefing.root.appendingPathComponent(path).path).dataset
    }

    /// The caveat as a reader should see it, from the year's growth and the second half's.
    static func caveat(_ ctx: BriefingContext, year: Int, yearGrowth: Double, secondHalf: Double, about: Bool) -> String {
        // A change against an implied base is quoted in whole points.
        let size = ctx.percent(about ? (abs(secondHalf) * 100).rounded() / 100 : abs(secondHalf))
        let g = ctx.signedPercent(yearGrowth)
        switch ctx.text.language {
        case .vi:
            let q = about ? "khoảng " : ""
            let verb = secondHalf < 0 ? "giảm \(q)\(size)" : "chỉ tăng \(q)\(size)"
            return "Tăng trưởng năm \(year) (\(g)) là mức bình quân cả năm: nửa cuối năm \(year) \(verb) so với cùng kỳ."
        case .en:
            let q = about ? "about " : ""
            let verb = secondHalf < 0 ? "fell \(q)\(size)" : "grew only \(q)\(size)"
            return "\(year)'s growth (\(g)) is the year's average: the second half of \(year) \(verb) on a year earlier."
        }
    }

    /// Words that appear only in the caveat and in the other slowdown sentences.
    static func slowdownWords(_ language: Language) -> [String] {
        language == .vi ? ["là mức bình quân cả năm", "che khuất đà chậm lại", ", nhưng nửa cuối"]
            : ["is the year's average", "hides a slowdown", ", but the second half"]
    }

    static func scenarioItems(_ pack: BriefingPack) throws -> [String] {
        let section = try #require(pack.document.sections.first { $0.id == "scenarios" })
        return section.paragraphs.map(\.text)
    }

    static func alt(_ pack: BriefingPack, _ id: BriefingChartID = .scenarios) -> String {
        pack.charts.first { $0.id == id }?.alt ?? ""
    }

    @Test("the shipped dataset: the momentum item and the chart's alt text say the second half fell", arguments: Language.allCases)
    func shipped(language: Language) throws {
        let pack = try Briefing.pack(Briefing.dataset, language)
        let ctx = try BriefingContext(dataset: Briefing.dataset, language: language)
        // From the raw observations: the full years, and last year's first half implied by the growth
        // the source states beside this year's (the dataset has no 2024 first half of its own).
        let trade = try #require(Briefing.dataset.series(SeriesID.tradeTotal))
        let whole = try #require(trade.yearly.last)
        let before = try #require(whole.period.previousYear.flatMap { trade.preferred(at: $0) })
        let h1 = try #require(Period(year: whole.period.year, startMonth: 1, endMonth: 6).flatMap { trade.preferred(at: $0) })
        let stated = try #require(StatedChange(note: h1.note))
        let yearGrowth = whole.value / before.value - 1
        let secondHalf = (whole.value - h1.value) / (before.value - h1.value / stated.ratio) - 1
        #expect(secondHalf < yearGrowth - 0.05, "the shipped year slowed")
        let expected = Self.caveat(ctx, year: whole.period.year, yearGrowth: yearGrowth, secondHalf: secondHalf, about: true)
        let items = try Self.scenarioItems(pack)
        let momentumName = ctx.text.scenarioName(rate: .momentum, label: "", rate: ctx.percent(yearGrowth), window: nil)
        let momentum = try #require(items.first { $0.hasPrefix(momentumName + ":") }, "\(momentumName) in \(items)")
        #expect(momentum.hasSuffix(" " + expected), "\(momentum)")
        #expect(items.filter { $0.contains(expected) }.count == 1, "only the scenario that holds last year's growth")
        #expect(Self.alt(pack).hasSuffix(" " + expected))
        // The reach-year chart lists the same momentum scenario: its alt text carries the same sentence.
        #expect(Self.alt(pack, .reachYears).hasSuffix(" " + expected), "\(Self.alt(pack, .reachYears))")
        // The title, too, still carries the slowdown.
        let title = try #require(pack.charts.first { $0.id == .scenarios }?.title)
        #expect(title.contains(Self.slowdownWords(language)[2]))
        // Vietnamese: "nửa cuối năm 2025", never "nửa cuối năm năm 2025".
        #expect(!Briefing.text(pack, "report.md").contains("năm năm"))
    }

    @Test("a scenario file: the historical rate of the base year and the decay from it carry the caveat, constant rates do not",
          arguments: Language.allCases)
    func ownScenarios(language: Language) throws {
        let path = Briefing.root.appendingPathComponent("examples/scenarios/government-momentum-cautious.yaml").path
        let pack = try Briefing.pack(Briefing.dataset, language, scenarioFiles: [path])
        let ctx = try BriefingContext(BriefingRequest(dataset: Briefing.dataset, language: language, scenarioFiles: [path]))
        let c = try #require(ctx.comparison)
        let words = Self.slowdownWords(language)[0]
        let items = try Self.scenarioItems(pack)
        for entry in c.entries {
            let item = try #require(items.first { $0.hasPrefix(entry.label + ":") })
            let holds: Bool
            switch entry.rule {
            case let .historical(_, window, _): holds = window == (c.baseYear - 1)...c.baseYear
            case let .decaying(_, startIsLastYear, _, _, _): holds = startIsLastYear
            default: holds = false
            }
            #expect(item.contains(words) == holds, "\(entry.id): \(item)")
        }
        #expect(c.entries.contains { $0.id == "momentum" } && c.entries.contains { $0.id == "cautious" })
        #expect(Self.alt(pack).contains(words))
        #expect(Self.alt(pack, .reachYears).contains(words))
    }

    @Test("another pair whose year slowed (monthly figures): the caveat from its own months", arguments: Language.allCases)
    func otherPairSlowed(language: Language) throws {
        let dataset = try Self.dataset("Tests/Fixtures/partners/peru-korea")
        let pack = try Briefing.pack(dataset, language)
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let series = try #require(dataset.series(SeriesID.tradeTotal))
        let months = { (year: Int, from: Int) in
            series.preferredObservations.filter { $0.period.year == year && $0.period.monthCount == 1 && $0.period.startMonth >= from }
                .map(\.value).reduce(0, +)
        }
        let full = { (year: Int) in series.yearly.first { $0.period.year == year }?.value ?? 0 }
        let yearGrowth = full(2025) / full(2024) - 1, secondHalf = months(2025, 7) / months(2024, 7) - 1
        #expect(secondHalf < yearGrowth - 0.05)
        let expected = Self.caveat(ctx, year: 2025, yearGrowth: yearGrowth, secondHalf: secondHalf, about: false)
        let items = try Self.scenarioItems(pack)
        #expect(items.filter { $0.hasSuffix(" " + expected) }.count == 1, "\(expected) in \(items)")
        #expect(Self.alt(pack).hasSuffix(" " + expected))
        #expect(Self.alt(pack, .reachYears).hasSuffix(" " + expected))
    }

    @Test("a year that sped up, or no part-year figures: no caveat, no slowdown anywhere",
          arguments: ["Tests/Fixtures/partners/mexico-vietnam", "Tests/Fixtures/partners/chile-japan"].flatMap { p in
              Language.allCases.map { (p, $0) }
          })
    func noSlowdown(path: String, language: Language) throws {
        let dataset = try Self.dataset(path)
        let series = try #require(dataset.series(SeriesID.tradeTotal))
        let base = try #require(series.yearly.last)
        let quarters = series.preferredObservations.filter { $0.period.year == base.period.year && $0.period.monthCount == 3 }
        if !quarters.isEmpty {
            // The accelerating fixture: the second half grew faster than the year.
            let prior = series.preferredObservations.filter { $0.period.year == base.period.year - 1 && $0.period.monthCount == 3 }
            let secondHalf = { (rows: [Observation]) -> Double in rows.filter { $0.period.startMonth >= 7 }.map(\.value).reduce(0, +) }
            let h2: Double = secondHalf(quarters) / secondHalf(prior) - 1
            let before = try #require(series.yearly.first { $0.period.year == base.period.year - 1 })
            #expect(h2 > base.value / before.value - 1)
        }
        let pack = try Briefing.pack(dataset, language)
        let ctx = try BriefingContext(dataset: dataset, language: language)
        #expect(ctx.comparison?.entries.contains { $0.projection.rate == .momentum } == true, "a momentum scenario to caveat")
        let report = Briefing.text(pack, "report.md")
        for words in Self.slowdownWords(language) {
            #expect(!report.contains(words), "'\(words)' in \(path)")
            #expect(!Self.alt(pack).contains(words))
            #expect(!Self.alt(pack, .reachYears).contains(words))
            #expect(!(pack.charts.first { $0.id == .scenarios }?.title.contains(words) ?? false))
        }
    }
}

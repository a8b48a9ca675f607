import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeAnalysis
import TradeData
import NumberText

/// Packs of synthetic pairs written per datasets/README.md as a new user would (Tests/Fixtures/partners:
/// India–Bangladesh with a yearless target and an annual goal of one rate, Kenya–Uganda yearly and
/// quarterly with a range target), a quarterly-only file and a short series. Expected words are made
/// from the data and the pack's own phrase functions, not copied from output.
@Suite("Packs of new pairs")
struct NewPairsPackTests {
    static let fixtures = Briefing.root.appendingPathComponent("Tests/Fixtures/partners")

    static func dataset(_ name: String) throws -> Dataset {
        try DatasetLoader.loadValid(path: fixtures.appendingPathComponent(name).path).dataset
    }

    static func pack(_ dataset: Dataset, _ language: Language = .en) throws -> BriefingPack {
        try Briefing.pack(dataset, language)
    }

    static func text(_ pack: BriefingPack, _ name: String) -> String { Briefing.text(pack, name) }

    @Test("an annual goal of one rate: one scenario, one rate in the report, a labelled line on the growth chart",
          arguments: Language.allCases)
    func singleRateGoal(language: Language) throws {
        let dataset = try Self.dataset("india-bangladesh")
        guard case let .annualGrowth(low, high)? = dataset.targets.first(where: { $0.id == "growth_goal" })?.goal else {
            Issue.record("the fixture's goal")
            return
        }
        #expect(low == high)
        let pack = try Self.pack(dataset, language)
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let c = try #require(ctx.comparison)
        #expect(c.entries.filter { if case .goalLow = $0.projection.rate { true } else { false } }.count == 1)
        #expect(!c.entries.contains { if case .goalHigh = $0.projection.rate { true } else { false } })
        let growth = try #require(pack.charts.first { $0.id == .growth })
        #expect(!growth.spec.annotations.contains { $0.type == .band }, "no band of no height")
        let line = try #require(growth.spec.annotations.first { $0.type == .rule && $0.role == .target })
        #expect(line.y == low && line.label == ctx.text.annualTarget(ctx.percent(low)))
        #expect(growth.caption == ctx.text.growthCaption(goal: true, rules: false, goalLine: true))
        let report = Self.text(pack, "report.md")
        let band = ctx.percent(low).replacingOccurrences(of: "%", with: "") + "–" + ctx.percent(high)
        #expect(!report.contains(band), "no '12–12%'")
        // The goal's one rate is one scenario, listed once in the scenario section; the analysis sums the
        // scenarios up once instead of a sentence per rate.
        let goal = try #require(c.entries.first { if case .goalLow = $0.projection.rate { true } else { false } })
        #expect(report.components(separatedBy: ctx.scenarioLabel(goal, in: c) + ": " + ctx.scenarioText.rule(goal.rule)).count == 2)
        #expect(report.components(separatedBy: try ScenarioPackTests.expectedSummary(ctx, c)).count == 2)
    }

    @Test("deadline_text is quoted only in the languages the dataset gives it in", arguments: Language.allCases)
    func deadlineWords(language: Language) throws {
        var dataset = try Self.dataset("india-bangladesh")
        let i = try #require(dataset.targets.firstIndex { $0.id == "thirty" })
        let english = try #require(dataset.targets[i].deadlineWords?.en)
        #expect(dataset.targets[i].deadlineWords?.vi == nil)
        let plain = Self.text(try Self.pack(dataset, language), "report.md")
        #expect(plain.contains(english) == (language == .en))
        let vi = "trong những năm tới"
        dataset.targets[i].deadlineWords = LocalizedText(en: english, vi: vi)
        let both = Self.text(try Self.pack(dataset, language), "report.md")
        #expect(both.contains(language == .vi ? vi : english))
        #expect(!both.contains(language == .vi ? english : vi))
    }

    @Test("a quarterly-only series: the key figures show its latest figure, not an empty table", arguments: Language.allCases)
    func quarterlyOnly(language: Language) throws {
        let dataset = try DatasetLoader.loadValid(path: Briefing.root.appendingPathComponent("Tests/Fixtures/TradeData/quarterly-flow.csv").path).dataset
        let series = try #require(dataset.series(SeriesID.tradeTotal))
        #expect(series.yearly.isEmpty)
        let last = try #require(series.preferredObservations.last)
        let pack = try Self.pack(dataset, language)
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let row = try #require(pack.document.keyFigures.first)
        #expect(row.label == ctx.text.twoWayTrade)
        #expect(row.period == ctx.periodLabel(last.period) && row.value == ctx.money(last.value))
        #expect(Self.text(pack, "report.md").contains("| \(row.label) | \(row.value) |"))
    }

    @Test("few yearly changes: the fan's note and the uncertainty section say so", arguments: Language.allCases)
    func fewChanges(language: Language) throws {
        let csv = "series,period,value,unit,source\n" + [(2021, 1.0), (2022, 1.2), (2023, 1.1), (2024, 1.3)]
            .map { "trade_total,\($0.0),\($0.1),billion USD,Test office" }.joined(separator: "\n") + "\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("few-\(UUID().uuidString).csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var dataset = try DatasetLoader.loadValid(path: file.path).dataset
        dataset.targets = try TargetText.parse("2 billion USD by 2030")
        let pack = try Self.pack(dataset, language)
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let used = try #require(ctx.chartSample).used.count
        #expect(used == 3 && used < GrowthSample.fewChanges)
        let scenarios = try #require(pack.charts.first { $0.id == .scenarios })
        #expect(scenarios.spec.notes.contains { $0.hasSuffix(ctx.text.fewChangesNote(used)) })
        let section = try #require(pack.document.sections.first { $0.id == "uncertainty" })
        let words = section.paragraphs.map(\.text).joined(separator: "\n")
        #expect(words.contains(language == .vi ? "Ít quan sát" : "Few observations"))
        // A long series has no such warning.
        let long = try Self.pack(try Self.dataset("india-bangladesh"), language)
        let longWords = long.document.sections.first { $0.id == "uncertainty" }?.paragraphs.map(\.text).joined() ?? ""
        #expect(!longWords.contains(language == .vi ? "Ít quan sát" : "Few observations"))
    }

    @Test("no dated target: the windows table is introduced without an empty level", arguments: Language.allCases)
    func noDatedTargetIntro(language: Language) throws {
        let pack = try Self.pack(try Self.dataset("india-bangladesh"), language)
        let report = Self.text(pack, "report.md")
        #expect(!report.contains("reach  ") && !report.contains("đạt  "), "a double space where a level was left out")
        #expect(report.contains(BriefingText(language).windowsIntro(level: "")))
    }

    @Test("only open targets: the past-targets caption speaks of no earlier target", arguments: Language.allCases)
    func openOnlyCaption(language: Language) throws {
        let dataset = try Self.dataset("kenya-uganda")
        #expect(dataset.targets.allSatisfy { $0.outcome == .open })
        let chart = try #require(try Self.pack(dataset, language).charts.first { $0.id == .pastTargets })
        #expect(chart.caption == BriefingText(language).pastCaptionOpenOnly)
        let chile = try #require(try Self.pack(try Self.dataset("chile-japan"), language).charts.first { $0.id == .pastTargets })
        #expect(chile.caption == BriefingText(language).pastCaption)
    }

    @Test("a range of levels in dataset.yaml is drawn as a band between its ends", arguments: Language.allCases)
    func rangeBand(language: Language) throws {
        let dataset = try Self.dataset("kenya-uganda")
        let levels = dataset.targets.compactMap { if case .level(let v) = $0.goal { v } else { nil } }
        #expect(levels.count == 2)
        let pack = try Self.pack(dataset, language)
        let chart = try #require(pack.charts.first { $0.id == .tradeVsTarget })
        let band = try #require(chart.spec.layers.first { $0.mark == .band })
        guard case let .inline(table)? = chart.spec.data[band.data ?? ""] else {
            Issue.record("the band's table")
            return
        }
        #expect(table.numbers("value")?.first == levels.min() && table.numbers("upper")?.first == levels.max())
        // On the scenarios chart too, named in the legend (a band one year wide has no room inside for a label).
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let scenarios = try #require(pack.charts.first { $0.id == .scenarios })
        let year = try #require(dataset.targets.first?.deadline?.upperBound)
        let scenarioBand = try #require(scenarios.spec.layers.first { $0.mark == .band && $0.role == .goal })
        #expect(scenarioBand.name == ctx.text.targetBandName(BriefingCharts.bandText(ctx, levels), "\(year)"))
        // The series is named by its label in the pack's language.
        let label = try #require(dataset.series(SeriesID.tradeTotal)?.label?.text(for: language.rawValue))
        #expect(chart.spec.subtitle?.hasPrefix(label) == true)
        #expect(chart.spec.y.title == label)
    }
}

@testable import ChartKit
import ChartScene
import Foundation
import Testing
import TradeAnalysis
@testable import TradeCharts
import TradeData
import NumberText

@Suite("Reach-year and sensitivity charts")
struct ScenarioChartTests {
    static func context(_ language: Language = .en, sets: [ScenarioSet]? = nil) throws -> BriefingContext {
        try BriefingContext(dataset: Briefing.dataset, language: language, sets: sets)
    }

    static func scene(_ id: BriefingChartID, _ ctx: BriefingContext) throws -> (BriefingChart, Scene) {
        let chart = try BriefingCharts.chart(id, ctx)
        return (chart, try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec))
    }

    @Test("reach years: rows sorted by earliest reach, a marker per reached target, an arrow per row missing one, deadlines as rules",
          arguments: Language.allCases)
    func reachYears(language: Language) throws {
        let ctx = try Self.context(language)
        let c = try #require(ctx.comparison)
        let (chart, scene) = try Self.scene(.reachYears, ctx)
        let rows = c.byEarliestReach.map { ctx.scenarioLabel($0, in: c) }
        let ticks = scene.texts(role: "tick-label").map(\.text).filter(rows.contains)
        #expect(ticks == rows)
        let firstReach = c.byEarliestReach.map { $0.earliestReach ?? Int.max }
        #expect(firstReach == firstReach.sorted())
        let reached = c.entries.flatMap(\.standings).filter { $0.reachYear != nil }.count
        #expect(scene.paths(role: "point").count == reached)
        let missing = c.entries.filter { $0.standings.contains { $0.reachYear == nil } }.count
        // "Not by the horizon" is an arrow off the axis with its words beside it.
        let heads = scene.paths(role: "arrow-head")
        #expect(heads.count == missing)
        let plotRight = try #require(scene.paths(role: "point").compactMap(\.bounds).map(\.maxX).max())
        #expect(heads.allSatisfy { ($0.bounds?.maxX ?? 0) > plotRight })
        let words = scene.texts(role: "arrow-label")
        #expect(words.count == missing)
        #expect(words.allSatisfy { $0.text.contains(ctx.scenarioText.notBy(c.horizon)) })
        #expect(scene.paths(role: "rule").count == c.targets.filter { $0.yearStated && ($0.year ?? .max) <= c.horizon }.count)
        let index = try #require(c.targets.firstIndex { $0.year != nil })
        let first = c.targets[index]
        let onTime = c.entries.filter { $0.standings[index].onTime }.count
        #expect(chart.title == ctx.scenarioText.reachTitle(count: onTime, of: c.entries.count, level: ctx.money(first.value), year: first.year ?? 0))
        #expect(chart.figures.filter { $0.unit == "year" }.count == c.entries.count * c.targets.count)
    }

    @Test("sensitivity: a cell per projected year and rate with its value, a contour per target, required and recent rates marked on the rate axis",
          arguments: Language.allCases)
    func sensitivity(language: Language) throws {
        let ctx = try Self.context(language)
        let grid = try #require(ctx.scenarios?.sensitivity)
        let a = try #require(ctx.analysis)
        let (chart, scene) = try Self.scene(.sensitivity, ctx)
        let actual = a.rates.compactMap(\.usableRate).filter { $0 <= 0.425 }
        #expect(scene.paths(role: "heat-cell").count == grid.rates.count * grid.years.count)
        let labels = scene.texts(role: "heat-label").map(\.text)
        #expect(labels.count == grid.rates.count * grid.years.count)
        #expect(labels.first == ctx.number(grid.rows[0].cells[0].value / 1e9))
        // Darker cells for higher values: the top right cell is the darkest.
        let cells = scene.paths(role: "heat-cell").prefix(grid.rates.count * grid.years.count)
        let darkest = cells.min { lum($0.fill) < lum($1.fill) }
        #expect(darkest?.bounds == cells.last?.bounds)
        // A contour per target that crosses the grid, through the required rate of each year.
        #expect(scene.paths(role: "line").count >= 1)
        // The first column is the first projected year: no empty base-year column.
        let years = scene.texts(role: "tick-label").map(\.text).filter { Int($0) != nil }
        #expect(years.first == "\(try #require(grid.years.first))")
        // On the rate axis, left of the grid: a pointer and a label for each required and each recent rate.
        let required = a.targets.filter { $0.requiredAnnualGrowth <= 0.425 && grid.years.contains($0.year) }
        let marks = scene.texts(role: "axis-mark-label")
        #expect(scene.paths(role: "axis-mark").count == required.count + actual.count)
        #expect(marks.count == required.count + actual.count)
        for target in required {
            #expect(marks.contains { $0.text == ctx.scenarioText.requiredTick(year: target.year, rate: ctx.percent(target.requiredAnnualGrowth)) })
        }
        for rate in actual {
            #expect(marks.contains { $0.text.hasSuffix(ctx.percent(rate)) })
        }
        let gridLeft = try #require(scene.paths(role: "heat-cell").compactMap(\.bounds).map(\.minX).min())
        let measurer = ApproximateTextMeasurer()
        #expect(marks.allSatisfy { $0.bounds(measurer: measurer).maxX < gridLeft })
        #expect(scene.paths(role: "point").isEmpty, "nothing drawn over the cells' numbers but the contours")
        let first = try #require(a.targets.first)
        #expect(chart.title == ctx.scenarioText.sensitivityTitle(level: ctx.money(first.value), year: first.year,
                                                                 rate: ctx.percent(first.requiredAnnualGrowth)))
        #expect(chart.figures.filter { $0.figure.hasPrefix(language == .vi ? "Giá trị với" : "Value at") }.count == labels.count)
    }

    /// Twelve steady-rate scenarios (3% to 24%), four marked `highlight: true` with roles.
    static func twelve() throws -> ScenarioSet {
        let rates = [3, 5, 7, 9, 10, 11, 12, 13, 15, 18, 21, 24]
        let marked: [Int: String] = [5: "cautious", 10: "plan", 15: "plan", 24: "ambitious"]
        var yaml = "title: Twelve paths\nhorizon: 2032\nscenarios:\n"
        for r in rates {
            yaml += "  - id: r\(r)\n    label: Steady \(r)%\n    kind: constant\n    rate: \(r)%\n"
            if let role = marked[r] { yaml += "    role: \(role)\n    highlight: true\n" }
        }
        let parsed = try ScenarioFile.parse(yaml: yaml, file: "twelve.yaml", baseYear: 2025)
        return ScenarioSet(file: parsed, path: "twelve.yaml")
    }

    @Test("twelve scenarios stay legible: the four highlighted in their roles' colours with direct labels, the rest grey, no text overlapping",
          arguments: Language.allCases)
    func twelveScenarios(language: Language) throws {
        let set = try Self.twelve()
        let ctx = try Self.context(language, sets: [set])
        let c = try #require(ctx.comparison)
        #expect(c.entries.count == 12)
        let highlighted = c.entries.filter(\.presentation.highlight)
        #expect(highlighted.count == 4)
        let (chart, scene) = try Self.scene(.scenarios, ctx)
        // Direct labels at the line ends: exactly the highlighted scenarios, by their labels, and
        // the reported history at its last point (no one-entry legend for it).
        let ends = scene.texts(role: "end-label").map(\.text)
        #expect(Set(ends) == Set(highlighted.map(\.label) + [ctx.text.reported]))
        #expect(!scene.texts(role: "legend").map(\.text).contains(ctx.text.reported))
        // Highlighted lines in their role's colour; the eight others grey.
        let lines = scene.paths(role: "line").compactMap { $0.stroke?.color }
        for entry in highlighted {
            let role = try #require(entry.presentation.role)
            #expect(lines.contains(try #require(Color(hexString: ScenarioStyle.color(role)))))
        }
        let grey = try #require(Color(hexString: ScenarioStyle.grey))
        #expect(lines.filter { $0 == grey }.count == 8)
        #expect(scene.texts(role: "legend").map(\.text).contains(ctx.scenarioText.otherScenarios(8)))
        // Same role, same colour: both plan paths share one.
        let plan = highlighted.filter { $0.presentation.role == .plan }.map { ScenarioStyle.color($0, in: c) }
        #expect(plan.count == 2 && Set(plan).count == 1)
        Self.expectNoOverlaps(scene)
        // The figures speak of every scenario by its label; the alt text sums the paths up (the spread at the
        // horizon, how many reach each target), leaving each scenario's years to the reach-year chart's.
        for entry in c.entries {
            #expect(chart.figures.contains { $0.figure == ctx.scenarioText.valueFigure(name: entry.label) })
        }
        let byValue = c.entries.sorted { ($0.horizonValue ?? 0) < ($1.horizonValue ?? 0) }
        let low = try #require(byValue.first), high = try #require(byValue.last)
        #expect(chart.alt.contains(low.label) && chart.alt.contains(high.label))
        #expect(chart.alt.contains(String(try ScenarioPackTests.expectedSummary(ctx, c, chart: true).dropLast())))
        for entry in byValue.dropFirst().dropLast() { #expect(!chart.alt.contains(entry.label), "\(entry.label) in the paths' alt text") }
        // The reach-year chart: a row per scenario, markers of the highlighted ones in the same colours, no overlaps;
        // its alt text gives each scenario's years.
        let (reachChart, reach) = try Self.scene(.reachYears, ctx)
        for entry in c.entries { #expect(reachChart.alt.contains(entry.label + ":")) }
        #expect(reach.texts(role: "tick-label").map(\.text).filter { t in c.entries.contains { $0.label == t } }.count == 12)
        let points = Set(reach.paths(role: "point").compactMap(\.fill))
        for entry in highlighted where entry.earliestReach != nil {
            #expect(points.contains(try #require(Color(hexString: ScenarioStyle.color(entry, in: c)))))
        }
        Self.expectNoOverlaps(reach)
        // "Not by the horizon" words stay whole and on their row, also beside a marker in the horizon year (Steady 9%).
        let words = reach.texts(role: "arrow-label")
        #expect(words.count == c.entries.filter { $0.standings.contains { $0.reachYear == nil } }.count)
        for word in words {
            #expect(!word.text.contains("…"), "'\(word.text)' is cut")
            // Beside its shaft, or just above or below its tip: nearer its own arrow than any other row's.
            let shaft = reach.paths(role: "arrow").compactMap(\.bounds).min { abs($0.midY - word.position.y) < abs($1.midY - word.position.y) }
            #expect(abs((shaft?.midY ?? .infinity) - word.position.y) <= 10.5, "'\(word.text)' by its arrow")
        }
    }

    @Test("sensitivity: cell numbers are drawn above the contours and no text box crosses another (axis marks and tick labels included)",
          arguments: Language.allCases)
    func sensitivityLegible(language: Language) throws {
        let (_, scene) = try Self.scene(.sensitivity, try Self.context(language))
        let items = scene.flattenedItems
        func index(_ match: (SceneItem) -> Bool) -> [Int] { items.indices.filter { match(items[$0]) } }
        let cellLabels = index { if case .text(let t) = $0 { return t.role == "heat-label" } else { return false } }
        let overMarks = index { if case .path(let p) = $0 { return p.role == "line" } else { return false } }
        #expect(!cellLabels.isEmpty && !overMarks.isEmpty)
        #expect((cellLabels.min() ?? 0) > (overMarks.max() ?? .max))
        // Every cell number has a backing in its cell's fill, drawn just before it.
        for i in cellLabels {
            guard case .path(let halo) = items[i - 1] else { Issue.record("no backing before cell label"); continue }
            #expect(halo.role == "heat-label-halo")
        }
        // No text (cell numbers, rate-tick labels, axes) overlaps another.
        Self.expectNoOverlaps(scene)
    }

    static func expectNoOverlaps(_ scene: Scene) {
        let measurer = ApproximateTextMeasurer()
        let texts = scene.texts()
        for i in texts.indices {
            for j in texts.indices where j > i {
                #expect(!texts[i].bounds(measurer: measurer).overlaps(texts[j].bounds(measurer: measurer)),
                        "'\(texts[i].text)' overlaps '\(texts[j].text)'")
            }
        }
    }

    func lum(_ c: Color?) -> Double { c.map { 0.2126 * $0.red + 0.7152 * $0.green + 0.0722 * $0.blue } ?? 1 }
}

@Suite("Reach-year title wording")
struct ReachTitleWordingTests {
    static let text = ScenarioText(.en, numbers: .init(percent: { "\($0)" }, money: { "\($0)" }, number: { "\($0)" }))

    @Test("the verb agrees with the count: one scenario reaches, several reach")
    func verbAgrees() {
        #expect(Self.text.reachTitle(count: 1, of: 6, level: "5 billion USD", year: 2028) == "1 of 6 scenarios reaches 5 billion USD by 2028")
        #expect(Self.text.reachTitle(count: 2, of: 6, level: "5 billion USD", year: 2028) == "2 of 6 scenarios reach 5 billion USD by 2028")
        #expect(Self.text.reachTitle(count: 0, of: 6, level: "5 billion USD", year: 2028) == "0 of 6 scenarios reach 5 billion USD by 2028")
    }
}

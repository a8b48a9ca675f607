@testable import ChartKit
import ChartScene
import Foundation
import NumberText
import Testing
import TradeAnalysis
@testable import TradeCharts
import TradeData
import NumberText

/// The reach-year chart's time axis and legend, on the shipped dataset and on Vietnam–Thailand:
/// the axis covers every projected year from the first after the base, and every role drawn in
/// colour is named in the legend, also for a scenario that reaches no target (its arrow in its colour).
@Suite("Reach-year axis and legend")
struct ReachYearAxisTests {
    /// Three steady rates: only the fast one reaches a target; the flat and the shrinking ones, in
    /// roles of their own, reach none.
    static let gloom = """
        title: Gloom
        scenarios:
          - {id: flat, label: Flat trade, kind: constant, rate: 0%, role: cautious}
          - {id: shrink, label: Shrinking 2%, kind: constant, rate: -2%, role: historical}
          - {id: fast, label: Fast 45%, kind: constant, rate: 45%, role: plan}
        """

    static let datasets: [String] = ["vietnam-laos", "vietnam-thailand"]

    static func dataset(_ name: String) throws -> Dataset {
        name == "vietnam-laos" ? Briefing.dataset
            : try DatasetLoader.loadValid(path: Briefing.root.appendingPathComponent("datasets/\(name)").path).dataset
    }

    static func context(_ name: String, _ language: Language, yaml: String? = nil) throws -> BriefingContext {
        let dataset = try dataset(name)
        guard let yaml else { return try BriefingContext(dataset: dataset, language: language) }
        let base = try #require(dataset.series(BriefingContext.tradeSeries)?.yearly.last?.period.year)
        let parsed = try ScenarioFile.parse(yaml: yaml, file: "gloom.yaml", baseYear: base)
        return try BriefingContext(dataset: dataset, language: language, sets: [ScenarioSet(file: parsed, path: "gloom.yaml")])
    }

    static func scene(_ ctx: BriefingContext) throws -> Scene {
        try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: try BriefingCharts.chart(.reachYears, ctx).spec)
    }

    @Test("the year axis runs from the first projected year to the horizon", arguments: datasets, Language.allCases)
    func axisFromFirstProjectedYear(name: String, language: Language) throws {
        for yaml in [nil, Self.gloom] {
            let ctx = try Self.context(name, language, yaml: yaml)
            let c = try #require(ctx.comparison)
            let years = try Self.scene(ctx).texts(role: "tick-label").compactMap { Int($0.text) }
            #expect(years.first == c.baseYear + 1, "\(name): the axis starts at \(years.first ?? 0)")
            #expect(years.last == c.horizon)
            // Earlier than every reach year: the first marker is not at the axis' start.
            let earliest = c.entries.compactMap(\.earliestReach).min() ?? c.horizon
            #expect((years.first ?? .max) <= earliest)
        }
    }

    @Test("every role drawn in colour has a legend entry, reached or not; a row reaching nothing has its arrow in its colour",
          arguments: datasets, Language.allCases)
    func everyRoleInLegend(name: String, language: Language) throws {
        let ctx = try Self.context(name, language, yaml: Self.gloom)
        let c = try #require(ctx.comparison)
        let scene = try Self.scene(ctx)
        let legend = Set(scene.texts(role: "legend").map(\.text))
        let roles = c.entries.compactMap(ScenarioStyle.legendRole)
        #expect(Set(roles).count == 3)
        for role in roles { #expect(legend.contains(ctx.scenarioText.role(role)), "\(name): no legend entry for \(role)") }
        let none = c.entries.filter { $0.earliestReach == nil }
        #expect(none.count == 2)
        let arrowColours = Set(scene.paths(role: "arrow").compactMap { $0.stroke?.color })
        for entry in none {
            #expect(arrowColours.contains(try #require(Color(hexString: ScenarioStyle.color(entry, in: c)))), "\(entry.label)'s arrow")
        }
    }

    /// Two sets of five with long labels: the rows' "label · set" names run past the label column.
    static func plan(base: Int) -> String { """
        title: Ministry of Industry and Trade five-year plan
        scenarios:
          - {id: low, label: Annual goal held at the lower end of ten percent, kind: constant, rate: 10%, role: plan}
          - {id: high, label: Annual goal held at the upper end of fifteen percent, kind: constant, rate: 15%, role: plan, highlight: true}
          - {id: push, label: Front-loaded push from new border economic zones, kind: rates, rates: {\(base + 1): 25%, \(base + 2): 20%, \(base + 3): 15%}}
          - {id: bold, label: Bold 35%, kind: constant, rate: 35%, role: ambitious}
          - {id: flat, label: Flat, kind: constant, rate: 0%}
        """ }
    static let view = """
        title: Independent cautious view
        scenarios:
          - {id: slowing, label: Slowing from twelve toward six percent a year, kind: decaying, start: 12%, longRun: 6%, halfLife: 2, role: cautious, highlight: true}
          - {id: ten, label: Ten-year compound rate held, kind: historical, years: 10}
          - {id: flat, label: Flat, kind: constant, rate: 0%, role: cautious}
          - {id: shrink, label: Shrinking two percent a year, kind: constant, rate: -2%}
          - {id: fast, label: Fast 45%, kind: constant, rate: 45%}
        """

    @Test("long 'label · set' row names stay whole, wrapped onto two lines centred on their row, no text overlapping",
          arguments: datasets, Language.allCases)
    func longNamesWhole(name: String, language: Language) throws {
        let dataset = try Self.dataset(name)
        let base = try #require(dataset.series(BriefingContext.tradeSeries)?.yearly.last?.period.year)
        let sets = try [("plan.yaml", Self.plan(base: base)), ("view.yaml", Self.view)].map { file, yaml in
            ScenarioSet(file: try ScenarioFile.parse(yaml: yaml, file: file, baseYear: base), path: file)
        }
        let ctx = try BriefingContext(dataset: dataset, language: language, sets: sets)
        let c = try #require(ctx.comparison)
        #expect(c.entries.count == 10)
        let chart = try BriefingCharts.chart(.reachYears, ctx)
        let scene = try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec)
        let names = c.byEarliestReach.map { ctx.scenarioLabel($0, in: c) }
        let ticks = scene.texts(role: "tick-label").filter { Int($0.text) == nil }
        #expect(!ticks.contains { $0.text.contains("…") }, "a row name is cut")
        // Each row's lines, top to bottom, give its name; a wrapped name's lines sit either side of the row's middle.
        let rowY = scene.paths(role: "gridline").compactMap(\.bounds).map(\.midY).sorted()
        #expect(rowY.count == names.count)
        var wrapped = 0
        for (row, y) in rowY.enumerated() where row < names.count {
            let own = ticks.filter { abs($0.position.y - y) < 20 }.sorted { $0.position.y < $1.position.y }
            #expect(own.map(\.text).joined(separator: " ") == names[row], "row \(row): \(own.map(\.text))")
            if own.count == 2 {
                wrapped += 1
                #expect(abs((own[0].position.y + own[1].position.y) / 2 - y) < 0.5)
            }
        }
        #expect(wrapped > 0, "no name needed two lines")
        ScenarioChartTests.expectNoOverlaps(scene)
    }
}

@testable import ChartKit
import ChartScene
import Foundation
import Testing
import TradeAnalysis
@testable import TradeCharts
import TradeData
import NumberText

/// Scenario charts with long names at every pack size: nothing cut with "…", no text box over
/// another, nothing outside the canvas; reach-year arrow labels apart from the markers' names;
/// sensitivity marks on the rate axis apart, each joined to its own pointer.
@Suite("Scenario charts stay legible with long names and at small sizes")
struct ScenarioLegibilityTests {
    static let names = [
        "Mục tiêu tăng trưởng tối thiểu 10% mỗi năm theo nghị quyết", "Kế hoạch trung hạn của Bộ: tăng trưởng 12% mỗi năm",
        "Target: 5 billion USD as early as possible (15% a year)", "Front-loaded push after the state visit at eighteen percent",
        "Five-year historical compound rate held constant throughout", "Moderate assumption eight percent yearly growth",
        "Cautious independent assumption of six percent a year", "Optimistic: 20% a year with new border economic zones",
        "Very optimistic scenario twenty-two percent per year", "Slow path of four percent a year after the downturn",
        "Steady nine percent a year as in the ten-year average", "Eleven percent a year with the new railway link open",
    ]
    static let rates = [10, 12, 15, 18, 24, 8, 6, 20, 22, 4, 9, 11]

    /// `count` long-named steady scenarios; `highlight` marks the first two.
    static func set(count: Int, highlight: Bool, base: Int = 2025) throws -> ScenarioSet {
        var yaml = "title: Long names\nscenarios:\n"
        for k in 0..<count {
            yaml += "  - {id: s\(k), label: \"\(names[k])\", kind: constant, rate: \(rates[k])%"
            yaml += highlight && k < 2 ? ", highlight: true}\n" : "}\n"
        }
        return ScenarioSet(file: try ScenarioFile.parse(yaml: yaml, file: "long.yaml", baseYear: base), path: "long.yaml")
    }

    static let sizes: [ChartSize?] = [nil, NamedChartSize.a4Column.chartSize, NamedChartSize.slide.chartSize]

    static func scene(_ id: BriefingChartID, _ ctx: BriefingContext, size: ChartSize?) throws -> Scene {
        var chart = try BriefingCharts.chart(id, ctx)
        if let size { chart.spec.size = BriefingPack.sized(chart.spec.size, to: size) }
        return try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec)
    }

    static func expectLegible(_ scene: Scene, _ what: String) {
        let measurer = ApproximateTextMeasurer()
        let texts = scene.texts().filter { !$0.text.isEmpty }
        let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
        for (i, t) in texts.enumerated() {
            let box = t.bounds(measurer: measurer)
            // The scenario names and the chart's own labels (the subtitle and source line are the layout's, not the scenarios').
            // Known, left for later: a target rule's label may still be shortened on a crowded small chart.
            if !["subtitle", "source", "rule-label"].contains(t.role ?? "") { #expect(!t.text.contains("…"), "\(what): '\(t.text)' (\(t.role ?? "")) is cut") }
            #expect(canvas.contains(box), "\(what): '\(t.text)' outside the canvas")
            for u in texts[(i + 1)...] where box.overlaps(u.bounds(measurer: measurer)) {
                Issue.record("\(what): '\(t.text)' overlaps '\(u.text)'")
            }
        }
    }

    /// Every coloured scenario is named whole: at its line's end (its lines) or in the legend.
    static func expectNamed(_ scene: Scene, _ labels: [String], _ what: String) {
        let words = (scene.texts(role: "end-label") + scene.texts(role: "legend")).map(\.text).joined(separator: " ")
        for label in labels { #expect(words.contains(label), "\(what): '\(label)' not named whole") }
    }

    @Test("twelve long-named scenarios, two highlighted: title, end labels and legend whole at every size", arguments: Language.allCases)
    func twelve(language: Language) throws {
        let ctx = try BriefingContext(dataset: Briefing.dataset, language: language, sets: [try Self.set(count: 12, highlight: true)])
        let c = try #require(ctx.comparison)
        for size in Self.sizes {
            let what = "\(language) \(size.map { "\($0.width)" } ?? "default")"
            let scene = try Self.scene(.scenarios, ctx, size: size)
            Self.expectLegible(scene, "scenarios " + what)
            Self.expectNamed(scene, c.entries.filter(\.presentation.highlight).map(\.label), what)
            // Names this long stay out of the title, whose numbers are the range at the horizon.
            #expect(!(scene.title ?? "").contains(Self.names[0]) && !(scene.title ?? "").isEmpty)
            Self.expectLegible(try Self.scene(.reachYears, ctx, size: size), "reach-years " + what)
        }
    }

    @Test("six long-named scenarios, all in colour: each named whole at its line's end or in the legend, at every size")
    func six() throws {
        let ctx = try BriefingContext(dataset: Briefing.dataset, language: .en, sets: [try Self.set(count: 6, highlight: false)])
        let c = try #require(ctx.comparison)
        for size in Self.sizes {
            let scene = try Self.scene(.scenarios, ctx, size: size)
            Self.expectLegible(scene, "six \(size?.width ?? 0)")
            Self.expectNamed(scene, c.entries.map(\.label), "six \(size?.width ?? 0)")
        }
    }

    @Test("reach years: a 'not by' label never runs on into a marker's name on its row", arguments: Language.allCases)
    func arrowLabelsApart(language: Language) throws {
        let ctx = try BriefingContext(dataset: Briefing.dataset, language: language, sets: [try Self.set(count: 12, highlight: true)])
        let measurer = ApproximateTextMeasurer()
        for size in Self.sizes {
            let scene = try Self.scene(.reachYears, ctx, size: size)
            let markers = scene.texts(role: "label").map { $0.bounds(measurer: measurer) }
            let arrows = scene.texts(role: "arrow-label")
            #expect(!arrows.isEmpty)
            for word in arrows {
                let box = word.bounds(measurer: measurer)
                for m in markers where m.maxY > box.minY && m.minY < box.maxY {
                    #expect(m.minX > box.maxX + 10 || m.maxX < box.minX - 10, "'\(word.text)' runs into a marker's name")
                }
            }
        }
    }

    @Test("Thailand's sensitivity chart: the close recent and required rates each labelled apart, leaders to their own pointers",
          arguments: [nil, NamedChartSize.a4Column.chartSize])
    func thailandMarks(size: ChartSize?) throws {
        let dataset = try DatasetLoader.loadValid(path: Briefing.root.appendingPathComponent("datasets/vietnam-thailand").path).dataset
        let ctx = try BriefingContext(dataset: dataset, language: .en)
        let scene = try Self.scene(.sensitivity, ctx, size: size)
        Self.expectLegible(scene, "sensitivity")
        let measurer = ApproximateTextMeasurer()
        let labels = scene.texts(role: "axis-mark-label").sorted { $0.position.y < $1.position.y }
        let pointers = scene.paths(role: "axis-mark").compactMap(\.bounds).sorted { $0.midY < $1.midY }
        #expect(labels.count >= 3 && labels.count == pointers.count)
        for (a, b) in zip(labels, labels.dropFirst()) {
            #expect(a.bounds(measurer: measurer).maxY <= b.bounds(measurer: measurer).minY + 0.5, "'\(a.text)' meets '\(b.text)'")
        }
        // Each leader from a pointer to the label in the same order: none cross, each label's colour is its pointer's.
        let leaders = scene.paths(role: "leader").compactMap { p -> (Point, Point)? in
            let pts = p.elements.compactMap { e -> Point? in if case .move(let q) = e { return q }; if case .line(let q) = e { return q }; return nil }
            guard let first = pts.first, let last = pts.last else { return nil }
            return (first, last)
        }.sorted { $0.0.y < $1.0.y }
        #expect(leaders.count == labels.count)
        for (leader, label) in zip(leaders, labels) { #expect(abs(leader.1.y - label.position.y) < 0.5) }
        let leaderEnds = leaders.map(\.1.y)
        #expect(leaderEnds == leaderEnds.sorted(), "leaders cross")
    }
}

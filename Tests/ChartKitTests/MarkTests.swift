import ChartScene
import Testing
@testable import ChartKit

@Suite("Marks")
struct MarkTests {
    let years = ("year", ["2020", "2021", "2022", "2023"])

    func points(_ p: PathItem) -> [Point] {
        p.elements.compactMap { e in
            switch e {
            case .move(let q), .line(let q): return q
            default: return nil
            }
        }
    }

    @Test("a missing year leaves a gap: two line pieces")
    func lineGap() throws {
        let spec = try Support.spec(.line, [years, ("value", ["1", "2", "", "4"])])
        let lines = try Support.builder.scene(for: spec).paths(role: "line")
        #expect(lines.count == 1)  // 2020–2021; 2023 alone has no segment
        #expect(points(lines[0]).count == 2)
        let spec2 = try Support.spec(.line, [("year", ["2020", "2021", "2022", "2023", "2024"]), ("value", ["1", "2", "", "4", "5"])])
        #expect(try Support.builder.scene(for: spec2).paths(role: "line").count == 2)
    }

    @Test("projection rows are dashed, actual rows solid, joined at the last actual value")
    func projectionDash() throws {
        let spec = try Support.spec(.line, [years, ("value", ["1", "2", "3", "4"]),
                                            ("status", ["final", "final", "projection", "projection"])])
        let lines = try Support.builder.scene(for: spec).paths(role: "line")
        #expect(lines.map { $0.stroke?.dash ?? [] } == [[], [6, 4]])
        #expect(points(lines[0]).count == 2 && points(lines[1]).count == 3)
        #expect(points(lines[0]).last == points(lines[1]).first)
    }

    @Test("estimates and preliminary values are hollow; bounds get a caret")
    func hollowPoints() throws {
        let spec = try Support.spec(.point, [years, ("value", ["1", "2", "3", "4"]),
                                             ("status", ["final", "estimate", "preliminary", "final"]),
                                             ("qualifier", ["", "", "", "atLeast"])])
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.paths(role: "point").count == 2)
        #expect(scene.paths(role: "point-hollow").count == 2)
        #expect(scene.paths(role: "bound").count == 1)
    }

    @Test("a part-year value is hollow and drawn over its months")
    func partYear() throws {
        let spec = try Support.spec(.line, [("year", ["2023", "2024", "2025-01..2025-11"]), ("value", ["1", "2", "3"])])
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.paths(role: "point-hollow").count == 1)
        let span = try #require(scene.paths(role: "span").first?.bounds)
        let ticks = scene.paths(role: "tick").compactMap { $0.bounds?.minX }.sorted()
        try #require(ticks.count == 3)
        let yearWidth = ticks[1] - ticks[0]
        #expect(abs(span.width - yearWidth * 11 / 12) < 0.01)
    }

    @Test("grouped bars sit side by side, stacked bars on each other, negatives go down")
    func bars() throws {
        let long = [("year", ["2024", "2024", "2025", "2025"]), ("flow", ["ex", "im", "ex", "im"]), ("value", ["1", "2", "-1", "3"])]
        let grouped = try Support.builder.scene(for: Support.spec(.bar, long) { $0.color = "flow" })
        let g = grouped.paths(role: "bar").compactMap(\.bounds)
        #expect(g.count == 4)
        #expect(abs(g[0].maxX + 1 - g[2].minX) < 0.01 || abs(g[0].maxX + 1 - g[1].minX) < 0.01)
        let zeroY = try #require(grouped.paths(role: "axis").first?.bounds?.minY)
        #expect(abs(g[1].minY - zeroY) < 0.01)  // ex 2025 = −1 hangs below zero
        let stacked = try Support.builder.scene(for: Support.spec(.bar, long) { $0.color = "flow"; $0.stack = true })
        let s = stacked.paths(role: "bar").compactMap(\.bounds)
        #expect(s[0].minX == s[2].minX && s[0].width == s[2].width)  // 2024 ex and im share the column
        #expect(abs(s[2].maxY - s[0].minY) < 0.01)  // im sits on ex
        #expect(stacked.legendNames == ["ex", "im"])
    }

    @Test("a single series gets no legend")
    func noLegendForOneSeries() throws {
        let scene = try Support.builder.scene(for: Support.spec(.bar, [years, ("value", ["1", "2", "3", "4"])]) { $0.name = "Trade" })
        #expect(scene.texts(role: "legend").isEmpty)
    }

    @Test("stacked areas close over the series below")
    func areas() throws {
        let long = [("year", ["2024", "2025", "2024", "2025"]), ("k", ["a", "a", "b", "b"]), ("value", ["1", "2", "1", "1"])]
        let scene = try Support.builder.scene(for: Support.spec(.area, long) { $0.color = "k"; $0.stack = true })
        let areas = scene.paths(role: "area")
        #expect(areas.count == 2)
        #expect(points(areas[1]).count == 4 && areas[1].elements.last == .close)
        #expect(points(areas[1]).last == points(areas[0]).first)  // b's base starts on a's top
        #expect(points(areas[1])[2] == points(areas[0])[1])
    }

    @Test("band, rule and range layers; band and rule annotations")
    func bandsAndRules() throws {
        var spec = try Support.spec(.band, [years, ("value", ["1", "2", "3", "4"]), ("y2", ["2", "3", "4", "5"]),
                                            ("low", ["", "1.5", "", ""]), ("high", ["", "2.5", "", ""])])
        spec.layers.append(Layer(mark: .range, data: "t", x: "year", y: "value"))
        spec.layers.append(Layer(mark: .rule, data: "t", x: "year", y: "y2"))
        spec.annotations = [
            Annotation(type: .band, x0: "2022", x1: "2023", y0: 5, y1: 6, label: "Target"),
            Annotation(type: .rule, y: 4.5, label: "Goal"),
            Annotation(type: .callout, x: "2021", y: 2, text: "Peak"),
        ]
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.paths(role: "band").count == 2)
        #expect(scene.paths(role: "range").count == 1)
        #expect(scene.paths(role: "rule").count == 5)
        #expect(scene.texts(role: "band-label").map(\.text) == ["Target"])
        #expect(scene.texts(role: "rule-label").map(\.text) == ["Goal"])
        #expect(scene.texts(role: "callout").map(\.text) == ["Peak"])
        #expect(scene.paths(role: "leader").count == 1)
        #expect(Support.overlaps(scene) == [])
    }

    @Test("year ticks are integers, never '2,025' or '2025.0'")
    func yearTicks() throws {
        let scene = try Support.builder.scene(for: Support.spec(.line, [years, ("value", ["1", "2", "3", "4"])]))
        #expect(scene.texts(role: "tick-label").map(\.text).filter { $0.hasPrefix("20") } == ["2020", "2021", "2022", "2023"])
    }

    @Test("many years thin the labels so that they never overlap")
    func thinning() throws {
        let ys = (1960...2025).map(String.init)
        let spec = try Support.spec(.line, [("year", ys), ("value", ys.map { _ in "1" })]) { _ in } configure: { $0.size = ChartSize(width: 480, height: 300) }
        let scene = try Support.builder.scene(for: spec)
        let labels = scene.texts(role: "tick-label").map(\.text).filter { $0.count == 4 }
        #expect(labels == ["1960", "1970", "1980", "1990", "2000", "2010", "2020"])
        #expect(Support.overlaps(scene) == [])
    }
}

extension Scene {
    var legendNames: [String] { texts(role: "legend").map(\.text) }
}

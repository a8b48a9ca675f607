import ChartScene
import Testing
@testable import ChartKit

@Suite("Heat map mark and row axis")
struct HeatmapAndRowAxisTests {
    func luminance(_ c: Color?) -> Double {
        guard let c else { return .nan }
        return 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
    }

    func grid() throws -> ChartSpec {
        try Support.spec(.heatmap, [
            ("year", ["2026", "2027", "2026", "2027"]), ("value", ["0.1", "0.1", "0.2", "0.2"]),
            ("low", ["0.05", "0.05", "0.15", "0.15"]), ("high", ["0.15", "0.15", "0.25", "0.25"]),
            ("amount", ["1", "2", "3", "4"]), ("text", ["one", "two", "three", "four"]),
        ], layer: { $0.color = "amount"; $0.label = "text" }, configure: { $0.y.format = .percent })
    }

    @Test("one cell per row over its year and low–high, darker for higher values, labels in contrasting colours")
    func cells() throws {
        let scene = try Support.builder.scene(for: try grid())
        let cells = scene.paths(role: "heat-cell")
        #expect(cells.count == 4)
        let boxes = cells.compactMap(\.bounds)
        // 2026 and 2027 side by side, equal widths; 10–20% above 0–10%.
        #expect(abs(boxes[0].width - boxes[1].width) < 0.01 && boxes[0].maxX <= boxes[1].minX + 1.5)
        #expect(boxes[2].maxY <= boxes[0].minY + 1.5)
        let light = cells.map { luminance($0.fill) }
        #expect(zip(light, light.dropFirst()).allSatisfy { $0 > $1 })
        let labels = scene.texts(role: "heat-label")
        #expect(labels.map(\.text) == ["one", "two", "three", "four"])
        for (label, box) in zip(labels, boxes) {
            #expect(abs(label.position.x - box.midX) < 0.01 && abs(label.position.y - box.midY) < 0.01)
        }
        #expect(labels.last?.color == .white)
        #expect(labels.first?.color != .white)
    }

    @Test("without a colour column the cells take the layer's colour; without low/high it is an error")
    func uniformAndMissing() throws {
        var spec = try grid()
        spec.layers[0].color = nil
        spec.layers[0].style = LayerStyle(color: "#1A1A1A")
        let fills = try Support.builder.scene(for: spec).paths(role: "heat-cell").map(\.fill)
        #expect(Set(fills.map { $0.map { Int($0.red * 255) } }) == [0x1A])
        var missing = try grid()
        missing.layers[0].low = "nope"
        #expect(throws: ChartError.self) { try Support.builder.scene(for: missing) }
    }

    @Test("the scale runs from light to dark and clamps")
    func scale() {
        let values = stride(from: 0.0, through: 1.0, by: 0.1).map { luminance(ChartBuilder.heatColor($0)) }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 })
        #expect(ChartBuilder.heatColor(-1) == ChartBuilder.heatColor(0))
        #expect(ChartBuilder.heatColor(.nan) == ChartBuilder.heatColor(0))
        #expect(ChartBuilder.heatColor(2) == ChartBuilder.heatColor(1))
    }

    @Test("a row axis names rows top to bottom and places marks by row index")
    func rows() throws {
        let spec = try Support.spec(.point, [("year", ["2027", "2029"]), ("value", ["0", "2"])],
                                    configure: { $0.y = YAxisSpec(rows: ["First", "Second", "Third"]) })
        let scene = try Support.builder.scene(for: spec)
        let ticks = scene.texts(role: "tick-label").filter { ["First", "Second", "Third"].contains($0.text) }
        #expect(ticks.map(\.text) == ["First", "Second", "Third"])
        #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0.position.y < $1.position.y })
        let points = scene.paths(role: "point").compactMap(\.bounds)
        #expect(points.count == 2)
        #expect(abs(points[0].midY - ticks[0].position.y) < 0.5 && abs(points[1].midY - ticks[2].position.y) < 0.5)
        #expect(scene.paths(role: "axis").count == 1)  // the x axis line only: no zero line at the first row
    }

    @Test("a heat map spec decodes from YAML")
    func decodes() throws {
        let spec = try ChartSpec.decode(yaml: """
        data:
          g: {values: {year: ["2026"], rate: [0.1], low: [0.05], high: [0.15], v: [1]}}
        y: {rows: [A, B]}
        layers:
          - {mark: heatmap, data: g, x: year, y: rate, low: low, high: high, color: v}
        """, file: "h.yaml")
        #expect(spec.layers[0].mark == .heatmap)
        #expect(spec.y.rows == ["A", "B"])
    }
}

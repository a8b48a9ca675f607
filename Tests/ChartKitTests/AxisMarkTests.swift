import ChartScene
import Testing
@testable import ChartKit

@Suite("Values marked on the y axis")
struct AxisMarkTests {
    static let yaml = """
        title: Growth by year
        data:
          t: {rows: [{year: 2020, value: 0.02}, {year: 2021, value: 0.30}, {year: 2022, value: 0.12}]}
        y: {format: percent, domain: [0, 0.4], marks: [{value: 0.215, label: "Chile 2023: 21.5%"}, {value: 0.205, label: "needed: 20.5%", color: "#D55E00"}]}
        layers: [{mark: line, data: t, x: year, y: value}]
        """

    @Test("from YAML: a pointer at each value and its label left of the plot, close ones moved apart, tick labels they meet left out")
    func marks() throws {
        let spec = try ChartSpec.decode(yaml: Self.yaml, file: "m.yaml")
        #expect(spec.y.marks?.count == 2)
        let scene = try Support.builder.scene(for: spec)
        let labels = scene.texts(role: "axis-mark-label")
        #expect(labels.map(\.text) == ["Chile 2023: 21.5%", "needed: 20.5%"])
        #expect(labels.last?.color == Color(hexString: "#D55E00"))
        let pointers = scene.paths(role: "axis-mark")
        #expect(pointers.count == 2)
        let plotLeft = try #require(scene.paths(role: "gridline").compactMap(\.bounds).map(\.minX).min())
        let boxes = labels.map { $0.bounds(measurer: Support.measurer) }
        #expect(boxes.allSatisfy { $0.maxX < plotLeft })
        #expect(pointers.compactMap(\.bounds).allSatisfy { $0.maxX <= plotLeft && $0.minX > (boxes.map(\.maxX).max() ?? 0) })
        // 21.5% and 20.5% are closer than a line: the labels are apart, one with a leader to its pointer.
        #expect(!boxes[0].intersects(boxes[1]))
        #expect(!scene.paths(role: "leader").isEmpty)
        // The "20%" tick label would meet them: left out; "40%" stays.
        let ticks = scene.texts(role: "tick-label").map(\.text)
        #expect(!ticks.contains("20%") && ticks.contains("40%"))
        for tick in scene.texts(role: "tick-label") {
            #expect(boxes.allSatisfy { !$0.intersects(tick.bounds(measurer: Support.measurer)) })
        }
        // Written back as YAML, the marks read the same.
        #expect(try ChartSpec.decode(yaml: try spec.yaml(), file: "m.yaml").y.marks == spec.y.marks)
    }

    @Test("a mark without a label or with a bad colour is a located error")
    func problems() {
        let missing = Self.yaml.replacingOccurrences(of: ", label: \"Chile 2023: 21.5%\"", with: "")
        #expect(throws: ChartError.self) { try ChartSpec.decode(yaml: missing, file: "m.yaml") }
        let colour = Self.yaml.replacingOccurrences(of: "#D55E00", with: "orange")
        do {
            _ = try ChartSpec.decode(yaml: colour, file: "m.yaml")
            Issue.record("decoded")
        } catch let error as ChartError {
            #expect(error.summary.contains("m.yaml:4:") && error.summary.contains("'orange' is not a colour"))
        } catch {
            Issue.record("\(error)")
        }
    }
}

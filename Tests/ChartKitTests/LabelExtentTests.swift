import ChartScene
import Foundation
import Testing
@testable import ChartKit

/// Direct labels (with the legend as fallback), value labels beside their bars, and extents.
@Suite("Direct labels and extents")
struct LabelExtentTests {
    static let years = (2010...2030).map(String.init)

    /// History to 2025, a path from 2025 to 2030 growing fast, a goal band 2027–2028.
    func story(domainEnd: String?) throws -> ChartSpec {
        let history = try Support.table([("year", (2010...2025).map(String.init)),
                                         ("value", (0..<16).map { String(1e9 + Double($0) * 1.2e8) })])
        let path = try Support.table([("year", (2025...2030).map(String.init)),
                                      ("value", (0..<6).map { String(2.8e9 * pow(1.45, Double($0))) }),
                                      ("status", ["final"] + Array(repeating: "projection", count: 5))])
        let goal = try Support.table([("year", ["2027", "2028"]), ("value", ["5e9", "5e9"]), ("upper", ["10e9", "10e9"])])
        var spec = ChartSpec(title: "Story", source: "Test", data: ["h": .inline(history), "p": .inline(path), "g": .inline(goal)], layers: [
            Layer(mark: .band, data: "g", x: "year", y: "value", y2: "upper", name: "Goal 5–10", role: .goal),
            Layer(mark: .line, data: "h", x: "year", y: "value", name: "Reported", role: .history),
            Layer(mark: .line, data: "p", x: "year", y: "value", name: "Momentum", role: .projection),
        ])
        spec.y = YAxisSpec(unit: "USD", zero: true)
        if let domainEnd { spec.x = XAxisSpec(type: .period, domain: ["2010", Cell(domainEnd)]) }
        return spec
    }

    @Test("lines and the band are labelled directly, no legend, labels in the line's colour")
    func directLabels() throws {
        let scene = try Support.builder.scene(for: try story(domainEnd: "2028"))
        #expect(scene.texts(role: "legend").isEmpty)
        #expect(Set(scene.texts(role: "end-label").map(\.text)) == ["Reported", "Momentum"])
        #expect(scene.texts(role: "band-label").map(\.text) == ["Goal 5–10"])
        #expect(Support.overlaps(scene).isEmpty, "\(Support.overlaps(scene))")
    }

    @Test("labels that find no room go to the legend")
    func legendFallback() throws {
        var spec = try story(domainEnd: "2028")
        spec.size = ChartSize(width: 420, height: 300)
        spec.layers[1].name = "Reported two-way trade in goods and services, all partners"
        let scene = try Support.builder.scene(for: spec)
        let legend = scene.texts(role: "legend").map(\.text)
        let ends = scene.texts(role: "end-label").map(\.text)
        #expect(legend.contains(spec.layers[1].name ?? ""))
        #expect(!ends.contains { $0.contains("…") })
        #expect(Set(legend + ends + scene.texts(role: "band-label").map(\.text)).count == 3)
    }

    @Test("a path past the stated year is cut there with an arrow and does not stretch the axis")
    func cutPath() throws {
        let full = try Support.builder.scene(for: try story(domainEnd: nil))
        let cut = try Support.builder.scene(for: try story(domainEnd: "2028"))
        #expect(full.paths(role: "cut-arrow").isEmpty)
        #expect(cut.paths(role: "cut-arrow").count == 1)
        func top(_ s: Scene) -> Double { s.texts(role: "tick-label").compactMap { Double($0.text) }.filter { $0 < 1000 }.max() ?? 0 }
        #expect(top(cut) < top(full), "cut axis \(top(cut)) vs \(top(full))")
        #expect(top(cut) <= 15)
        // the history keeps more than a third of the plot's height
        let history = cut.paths(role: "line").first.flatMap(\.bounds)
        let plot = cut.paths(role: "gridline").compactMap(\.bounds)
        if let h = history, let lo = plot.map(\.maxY).max(), let hi = plot.map(\.minY).min() {
            #expect(h.height / (lo - hi) > 0.1)
        }
        // the last tick is the stated year: no empty years after it
        #expect(cut.texts(role: "tick-label").map(\.text).last == "2028")
    }

    @Test("an axis domain longer than the data ends with the data (no empty years)")
    func noEmptyYears() throws {
        let spec = try Support.spec(.bar, [("year", ["2020", "2021", "2022"]), ("value", ["1", "2", "3"])],
                                    configure: { $0.x = XAxisSpec(type: .period, domain: ["2020", "2029"]) })
        let ticks = try Support.builder.scene(for: spec).texts(role: "tick-label").map(\.text).filter { $0.count == 4 }
        #expect(ticks.last == "2022")
    }

    @Test("value labels above bars never overlap their bar, even for the tallest bar")
    func valueLabels() throws {
        let values = ["118.3e6", "180e6", "117.9e6", "191.1e6", "757.9e6"]
        let years = ["2021", "2022", "2023", "2024", "2025"]
        let labels = values.map { "\(Double($0)! / 1e6) million USD" }
        let t = try Support.table([("year", years), ("value", values), ("label", labels)])
        var spec = ChartSpec(title: "Investment", data: ["t": .inline(t)], layers: [
            Layer(mark: .bar, data: "t", x: "year", y: "value", name: "Full year"),
            Layer(mark: .text, data: "t", x: "year", y: "value", label: "label"),
        ])
        spec.y = YAxisSpec(unit: "USD", format: .currency, zero: true)
        let scene = try Support.builder.scene(for: spec)
        let bars = scene.paths(role: "bar").compactMap(\.bounds)
        let texts = scene.texts(role: "label")
        #expect(texts.count == 5)
        for text in texts {
            let box = text.bounds(measurer: Support.measurer)
            #expect(!bars.contains { $0.intersects(box) }, "\(text.text) overlaps a bar")
        }
        #expect(scene.texts(role: "axis-label").first?.text.lowercased().contains("million") == true)
    }
}

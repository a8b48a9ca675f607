import ChartScene
import Testing
@testable import ChartKit

/// One or two categories do not stretch their bars into slabs across the plot: a bar is at most
/// `ChartBuilder.widestBar` wide and sits centred over its category.
@Suite("Bars keep a readable width")
struct WidestBarTests {
    @Test("a single bar, and a group of two, are capped and centred over their category",
          arguments: [1, 2])
    func capped(groups: Int) throws {
        let flows = ["Target", "Actual"].prefix(groups)
        let spec = try Support.spec(.bar, [("target", flows.map { _ in "15 billion by 2025" }),
                                           ("value", ["15", "10"].prefix(groups).map { $0 }),
                                           ("kind", Array(flows))]) { $0.color = groups > 1 ? "kind" : nil }
        let scene = try Support.builder.scene(for: spec)
        let bars = scene.paths(role: "bar").compactMap(\.bounds).sorted { $0.minX < $1.minX }
        #expect(bars.count == groups)
        #expect(bars.allSatisfy { $0.width <= ChartBuilder.widestBar + 0.01 }, "\(bars.map(\.width))")
        let plot = try #require(scene.paths(role: "axis").compactMap(\.bounds).max { $0.width < $1.width })
        let centre = ((bars.first?.minX ?? 0) + (bars.last?.maxX ?? 0)) / 2
        #expect(abs(centre - (plot.minX + plot.maxX) / 2) < 2, "group centred at \(centre), plot \(plot.minX)…\(plot.maxX)")
    }

    @Test("many categories keep the width their slots give")
    func many() throws {
        let years = (2010...2025).map(String.init)
        let spec = try Support.spec(.bar, [("year", years), ("value", years.map { _ in "1" })])
        let bars = try Support.builder.scene(for: spec).paths(role: "bar").compactMap(\.bounds)
        #expect(bars.count == years.count && bars.allSatisfy { $0.width < ChartBuilder.widestBar })
    }
}

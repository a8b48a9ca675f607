import NumberText
import ChartScene
import Foundation
import Testing
@testable import ChartKit

/// Horizontal bars, log axes, sub-annual periods and units from headers, as scenes.
@Suite("Chart breadth")
struct ChartBreadthTests {
    static let partners = [
        "Cộng hòa Dân chủ Nhân dân Lào", "Thailand", "Malaysia", "India", "Australia", "Indonesia", "Singapore",
        "Cambodia", "Philippines", "Republic of Korea", "United States of America", "Japan", "China", "Germany",
    ]

    func horizontal(top: Int? = nil, sort: CategorySort? = nil) throws -> Scene {
        let values = Self.partners.indices.map { String(Double($0 * 7 % 11 + 1) * 1e9) }
        let spec = try Support.spec(.bar, [("partner", Self.partners), ("value", values)], layer: {
            $0.orient = .horizontal; $0.sort = sort; $0.top = top
        }, configure: { $0.y.unit = "USD" })
        return try Support.builder.scene(for: spec)
    }

    @Test("horizontal bars: 14 names written in full, largest first, values beside their bars, nothing overlaps")
    func horizontalBars() throws {
        let scene = try horizontal()
        let names = scene.texts(role: "category-label")
        // every word of every name is drawn (wrapped, never cut with "…")
        let drawn = names.map(\.text).joined(separator: " ")
        #expect(!drawn.contains("…"))
        for name in Self.partners { for word in name.split(separator: " ") { #expect(drawn.contains(word)) } }
        // sorted by value: the bars get shorter downwards
        let bars = scene.paths(role: "bar").compactMap(\.bounds).sorted { $0.minY < $1.minY }
        #expect(bars.count == 14)
        #expect(zip(bars, bars.dropFirst()).allSatisfy { $0.width >= $1.width - 1e-9 })
        // each value label sits right of its bar and overlaps no bar
        let labels = scene.texts(role: "value-label").map { $0.bounds(measurer: Support.measurer) }
        #expect(labels.count == 14)
        for l in labels { #expect(!bars.contains { $0.intersects(l) }) }
        #expect(Support.overlaps(scene).isEmpty, "\(Support.overlaps(scene))")
        #expect(Support.outside(scene).isEmpty)
    }

    @Test("horizontal bars: top 5 and one 'others' bar summing the rest; label and given orders")
    func topN() throws {
        let scene = try horizontal(top: 5)
        let names = scene.texts(role: "category-label").map(\.text)
        #expect(names.last == "Others (9)")
        #expect(scene.paths(role: "bar").count == 6)
        let values = Self.partners.indices.map { Double($0 * 7 % 11 + 1) }
        let rest = values.sorted(by: >).dropFirst(5).reduce(0, +)
        #expect(scene.texts(role: "value-label").last?.text == ValueFormat.decimal(rest, decimals: 1, locale: .en))
        let byLabel = ChartBuilder.rankedCategories(["b", "C", "a"], totals: [1, 2, 3], sort: .label, top: nil)
        #expect(byLabel.shown == [2, 0, 1])
        let given = ChartBuilder.rankedCategories(["b", "C", "a"], totals: [1, 2, 3], sort: .given, top: nil)
        #expect(given.shown == [0, 1, 2])
    }

    @Test("log axis from 0.3 to 205 billion: 1-2-5 ticks, 'billion USD' caption, plain labels")
    func logAxis() throws {
        let spec = try Support.spec(.line, [("year", ["2019", "2020", "2021"]), ("value", ["0.3e9", "12e9", "205e9"])],
                                    configure: { $0.y = YAxisSpec(unit: "USD", log: true) })
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.texts(role: "axis-label").first?.text == "Billion USD")
        let ticks = scene.texts(role: "tick-label").map(\.text)
        #expect(ticks.contains("1") && ticks.contains("100") && !ticks.contains { $0.contains("0.00") })
        let axis = Support.builder.yAxis(spec, series: try series(spec), top: 0, bottom: 400)
        for t in axis.ticks {
            let m = (t / pow(10, floor(log10(t) + 1e-9))).rounded()
            #expect([1, 2, 5].contains(m), "\(t)")
        }
    }

    func series(_ spec: ChartSpec) throws -> [SeriesData] {
        var categories: [String] = []
        let tables = try Support.builder.resolveTables(spec, resolver: nil)
        return try Support.builder.series(spec, tables: tables, xType: .period, categories: &categories)
    }

    @Test("quarters are periods of their own: 'Q1 2025' ticks, a year boundary, no part-year marks or note")
    func quarterly() throws {
        let quarters = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"]
        let spec = try Support.spec(.bar, [("q", quarters), ("value", quarters.indices.map { String(Double($0 + 4) * 1e8) })])
        let scene = try Support.builder.scene(for: spec)
        let ticks = scene.texts(role: "tick-label").map(\.text)
        #expect(ticks.contains("Q1") && ticks.contains("Q3") && ticks.contains("2024") && ticks.contains("2025"))
        #expect(scene.paths(role: "year-boundary").count == 1)
        #expect(scene.paths(role: "bar").allSatisfy { $0.hatch == nil && $0.stroke == nil })
        #expect(scene.texts(role: "note").isEmpty)
        #expect(scene.description?.contains("From Q1 2024 to Q3 2025") == true)
        #expect(Support.overlaps(scene).isEmpty)
    }

    @Test("months: 'Jan'/'T1' ticks thinned to fit; a year-to-date figure is marked and explained in a note")
    func monthsAndYearToDate() throws {
        let months = (1...12).map { String(format: "2025-%02d", $0) }
        let spec = try Support.spec(.line, [("m", months), ("value", months.indices.map { String($0 + 1) })])
        let ticks = try Support.builder.scene(for: spec).texts(role: "tick-label").map(\.text)
        #expect(ticks.contains("Jan") && ticks.contains("2025"))
        var vi = spec; vi.language = .vi
        #expect(try Support.builder.scene(for: vi).texts(role: "tick-label").map(\.text).contains("T1"))

        let ytd = try Support.spec(.bar, [("p", ["2023", "2024", "2025-01..2025-11"]), ("value", ["5e8", "6e8", "7e8"])])
        let scene = try Support.builder.scene(for: ytd)
        #expect(scene.paths(role: "bar").filter { $0.hatch != nil }.count == 1)
        #expect(scene.texts(role: "note").map(\.text).joined(separator: " ").contains("year-to-date totals (Jan–Nov 2025)"))
        var explained = ytd; explained.x.partNote = false
        #expect(try Support.builder.scene(for: explained).texts(role: "note").isEmpty)
    }

    @Test("a unit in a header scales values and captions the axis: 'total (billion USD)'")
    func headerUnits() throws {
        #expect(ValueUnit.header("total (billion USD)")?.label == "total")
        #expect(ValueUnit.header("total (billion USD)")?.unit.multiplier == 1e9)
        #expect(ValueUnit.header("xuất khẩu [triệu USD]")?.unit.multiplier == 1e6)
        #expect(ValueUnit.header("share (%)") == nil && ValueUnit.header("total") == nil)
        let table = try Support.table([("year", ["2024", "2025"]), ("total (billion USD)", ["2.25", "2.98"])])
        let spec = try ChartSpec.quick(kind: .line, table: table, x: "year", y: ["total (billion USD)"])
        #expect(spec.title == "Total" && spec.y.unit == "USD")
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.texts(role: "axis-label").first?.text == "Billion USD")
    }

    @Test("long-form data split with color: one series per value")
    func colorSplit() throws {
        let table = try Support.table([("year", ["2024", "2024", "2025", "2025"]), ("flow", ["exports", "imports", "exports", "imports"]),
                                       ("value", ["1", "2", "3", "4"])])
        let spec = try ChartSpec.quick(kind: .line, table: table, x: "year", y: ["value"], color: "flow")
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.paths(role: "line").count == 2)
        #expect(Set(scene.texts(role: "end-label").map(\.text)) == ["exports", "imports"])
    }
}

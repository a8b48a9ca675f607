import ChartScene
import Foundation
import Testing
@testable import ChartKit

/// Small multiples: one panel per value of a column, as scenes.
@Suite("Small multiples")
struct FacetTests {
    static let regions = ["North", "South", "East", "West", "Central", "Islands"]

    /// Exports and imports of each region, 2015–2024; the North is ten times the others.
    static func table(regions: [String] = regions) throws -> DataTable {
        var region: [String] = [], year: [String] = [], flow: [String] = [], value: [String] = []
        for (r, name) in regions.enumerated() {
            for (f, direction) in ["Exports", "Imports"].enumerated() {
                for y in 2015...2024 {
                    region.append(name); year.append(String(y)); flow.append(direction)
                    let scale = r == 0 ? 10.0 : 1.0
                    value.append(String(scale * Double(100 + 10 * (y - 2015) + 30 * f + 5 * r) * 1e6))
                }
            }
        }
        return try Support.table([("region", region), ("year", year), ("flow", flow), ("value", value)])
    }

    static func spec(_ facet: FacetSpec, regions: [String] = regions, mark: MarkType = .line) throws -> ChartSpec {
        ChartSpec(title: "Trade by region", subtitle: "Exports and imports", source: "Test source",
                  data: ["t": .inline(try table(regions: regions))], y: YAxisSpec(unit: "USD"),
                  layers: [Layer(mark: mark, data: "t", x: "year", y: "value", color: "flow")], facet: facet)
    }

    /// The panel groups of a scene, in drawing order.
    static func panels(_ scene: Scene) -> [GroupItem] {
        scene.items.compactMap { item in
            if case .group(let g) = item, g.role == "panel" { return g }
            return nil
        }
    }

    static func texts(_ group: GroupItem, role: String) -> [TextItem] {
        Scene(size: Size(width: 1, height: 1), items: group.items).texts(role: role)
    }

    static func paths(_ group: GroupItem, role: String) -> [PathItem] {
        Scene(size: Size(width: 1, height: 1), items: group.items).paths(role: role)
    }

    @Test("one panel per value, each titled, in a 3 × 2 grid at the default size, nothing overlapping")
    func panelsAndTitles() throws {
        let scene = try Support.builder.scene(for: try Self.spec(FacetSpec(column: "region")))
        let panels = Self.panels(scene)
        #expect(panels.count == 6)
        #expect(panels.map { Self.texts($0, role: "title").map(\.text).joined(separator: " ") } == Self.regions)
        // the chart's own title, subtitle and source once, at the figure level
        #expect(scene.texts(role: "title").filter { $0.text == "Trade by region" }.count == 1)
        #expect(scene.texts(role: "source").count == 1)
        // three columns and two rows of plots
        let plots = panels.compactMap { Self.paths($0, role: "gridline").first?.bounds }
        let lefts = Set(plots.map { ($0.minX * 10).rounded() }), tops = Set(plots.map { ($0.minY * 10).rounded() })
        #expect(lefts.count == 3 && tops.count == 2, "\(lefts) \(tops)")
        #expect(Support.overlaps(scene).isEmpty, "\(Support.overlaps(scene))")
        #expect(Support.outside(scene).isEmpty, "\(Support.outside(scene))")
        // readable: the text keeps the theme's sizes
        #expect(scene.texts(role: "tick-label").allSatisfy { $0.font.size >= 12 })
    }

    @Test("shared scales: the same y ticks and the same x extent in every panel; free y differs")
    func sharedAndFree() throws {
        let shared = try Support.builder.scene(for: try Self.spec(FacetSpec(column: "region")))
        let yTicks = Self.panels(shared).map { p in Self.texts(p, role: "tick-label").filter { $0.anchor == .end }.map(\.text) }
        #expect(Set(yTicks).count == 1, "\(yTicks)")
        // The North (ten times the others) sets the top of every panel's axis.
        #expect(yTicks.first?.last.flatMap { Double($0.replacingOccurrences(of: ",", with: "")) }.map { $0 >= 1.3 } == true,
                "\(yTicks)")
        let xTicks = Self.panels(shared).map { p in Self.texts(p, role: "tick-label").filter { $0.anchor == .middle }.map(\.text) }
        #expect(Set(xTicks).count == 1 && xTicks.first?.last == "2024", "\(xTicks)")

        let free = try Support.builder.scene(for: try Self.spec(FacetSpec(column: "region", y: .free)))
        let freeTicks = Self.panels(free).map { p in Self.texts(p, role: "tick-label").filter { $0.anchor == .end }.map(\.text) }
        #expect(Set(freeTicks).count > 1, "\(freeTicks)")
        #expect(Support.overlaps(free).isEmpty, "\(Support.overlaps(free))")
    }

    @Test("one legend for the chart, no direct labels in panels, and a series keeps its colour in every panel")
    func commonLegend() throws {
        // "Imports" is missing in the second panel: the slots must not shift there.
        var spec = try Self.spec(FacetSpec(column: "region"), regions: ["A", "B", "C"])
        guard case .inline(let table) = spec.data["t"] else { Issue.record("no table"); return }
        let keep = (table.strings("region") ?? []).indices.filter {
            !(table.strings("region")?[$0] == "B" && table.strings("flow")?[$0] == "Exports")
        }
        let columns = table.columnNames.map { name in (name, keep.map { (table.strings(name) ?? [])[$0] }) }
        spec.data = ["t": .inline(try Support.table(columns))]
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.texts(role: "legend").map(\.text) == ["Exports", "Imports"])
        #expect(scene.texts(role: "end-label").isEmpty)
        let panels = Self.panels(scene)
        #expect(panels.allSatisfy { Self.texts($0, role: "legend").isEmpty })
        let legendColors = scene.paths(role: "legend").compactMap(\.stroke?.color)
        #expect(legendColors.count == 2)
        for panel in panels {
            let colors = Set(Self.paths(panel, role: "line").compactMap(\.stroke?.color))
            #expect(colors.isSubset(of: Set(legendColors)), "\(colors)")
        }
        // panel B has imports only, drawn in the imports colour
        let importsColor = legendColors[1]
        #expect(Set(Self.paths(panels[1], role: "line").compactMap(\.stroke?.color)) == [importsColor])
    }

    @Test("the grid suits the count and the canvas; 'columns' is obeyed; too many panels for the canvas is an error")
    func grid() throws {
        let area = Rect(x: 0, y: 0, width: 940, height: 420)
        #expect(ChartBuilder.facetGrid(count: 4, area: area, columns: nil).map { [$0.columns, $0.rows] } == [2, 2])
        #expect(ChartBuilder.facetGrid(count: 6, area: area, columns: nil).map { [$0.columns, $0.rows] } == [3, 2])
        #expect(ChartBuilder.facetGrid(count: 2, area: area, columns: nil).map { [$0.columns, $0.rows] } == [2, 1])
        #expect(ChartBuilder.facetGrid(count: 6, area: area, columns: 2).map { [$0.columns, $0.rows] } == [2, 3])
        #expect(ChartBuilder.facetGrid(count: 30, area: area, columns: nil) == nil)

        let scene = try Support.builder.scene(for: try Self.spec(FacetSpec(column: "region", columns: 2)))
        let plots = Self.panels(scene).compactMap { Self.paths($0, role: "gridline").first?.bounds }
        #expect(Set(plots.map { ($0.minX * 10).rounded() }).count == 2)

        let many = (1...30).map { "Region \($0)" }
        #expect(throws: ChartError.canvasTooSmall(width: 960, height: 540)) {
            try Support.builder.scene(for: try Self.spec(FacetSpec(column: "region"), regions: many))
        }
    }

    @Test("a facet column no table has is an error naming the columns")
    func unknownColumn() throws {
        #expect(throws: ChartError.unknownColumn(table: "t", column: "regoin", available: ["region", "year", "flow", "value"])) {
            try Support.builder.scene(for: try Self.spec(FacetSpec(column: "regoin")))
        }
    }

    @Test("bars and horizontal bars facet too, sharing the value axis")
    func bars() throws {
        let bars = try Support.builder.scene(for: try Self.spec(FacetSpec(column: "region"), mark: .bar))
        #expect(Self.panels(bars).count == 6)
        #expect(Support.overlaps(bars).isEmpty, "\(Support.overlaps(bars))")

        var spec = try Self.spec(FacetSpec(column: "year"), regions: Array(Self.regions.prefix(4)), mark: .bar)
        spec.layers[0] = Layer(mark: .bar, data: "t", x: "region", y: "value", color: "flow", stack: true, orient: .horizontal)
        guard case .inline(let table) = spec.data["t"] else { Issue.record("no table"); return }
        let keep = (table.strings("year") ?? []).indices.filter { ["2015", "2024"].contains(table.strings("year")?[$0]) }
        spec.data = ["t": .inline(try Support.table(table.columnNames.map { n in (n, keep.map { (table.strings(n) ?? [])[$0] }) }))]
        let scene = try Support.builder.scene(for: spec)
        let panels = Self.panels(scene)
        #expect(panels.map { Self.texts($0, role: "title").first?.text } == ["2015", "2024"])
        let ticks = panels.map { Self.texts($0, role: "tick-label").map(\.text) }
        #expect(ticks.count == 2 && ticks[0] == ticks[1], "\(ticks)")
        #expect(scene.texts(role: "legend").map(\.text) == ["Exports", "Imports"])
        #expect(Support.overlaps(scene).isEmpty, "\(Support.overlaps(scene))")
    }

    @Test("YAML: 'facet: column' shorthand, the mapping form, and unknown keys with a suggestion")
    func yaml() throws {
        let base = "data:\n  t: {rows: [{region: a, year: 2020, value: 1}]}\nlayers:\n  - {mark: line, x: year, y: value}\n"
        #expect(try ChartSpec.decode(yaml: "facet: region\n" + base, file: "f.yaml").facet == FacetSpec(column: "region"))
        let full = try ChartSpec.decode(yaml: "facet: {column: region, columns: 2, y: free}\n" + base, file: "f.yaml")
        #expect(full.facet == FacetSpec(column: "region", columns: 2, y: .free))
        #expect(try ChartSpec.decode(yaml: try full.yaml(), file: "round.yaml") == full)
        #expect(throws: ChartError.spec(file: "f.yaml", line: 1, column: 20,
                                        message: "unknown key 'colmns' (did you mean 'columns'?)")) {
            try ChartSpec.decode(yaml: "facet: {column: r, colmns: 2}\n" + base, file: "f.yaml")
        }
    }

    @Test("plot's quick chart: --facet keeps the column through the long table of several bar columns")
    func quick() throws {
        let table = try Support.table([("year", ["2020", "2021", "2020", "2021"]), ("region", ["A", "A", "B", "B"]),
                                       ("exports", ["1", "2", "3", "4"]), ("imports", ["2", "3", "4", "5"])])
        let spec = try ChartSpec.quick(kind: .bar, table: table, x: "year", y: ["exports", "imports"], facet: "region")
        #expect(spec.facet?.column == "region")
        let scene = try Support.builder.scene(for: spec)
        #expect(Self.panels(scene).map { Self.texts($0, role: "title").first?.text } == ["A", "B"])
        #expect(Self.panels(scene).map { Self.paths($0, role: "bar").count } == [4, 4])
    }
}

import ChartScene
import Testing
@testable import ChartKit

@Suite("Quick charts and large series")
struct QuickAndScaleUpTests {
    static let table = try? DataTable(textColumns: [
        ("year", ["2021", "2022", "2023", "2024", "2025"]),
        ("export_value", ["0.6e9", "0.66e9", "0.6e9", "0.83e9", "1.1e9"]),
        ("import_value", ["0.8e9", "0.97e9", "1.03e9", "1.42e9", "1.9e9"]),
    ])

    @Test("one line: title from the column, period axis, no legend, no end label")
    func singleLine() throws {
        let table = try #require(Self.table)
        let spec = try ChartSpec.quick(kind: .line, table: table, x: "year", y: ["export_value"], title: nil, language: .en)
        #expect(spec.title == "Export value")
        #expect(spec.x.type == .period && spec.x.title == nil)
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.texts(role: "legend").isEmpty && scene.texts(role: "end-label").isEmpty)
        #expect(scene.texts(role: "axis-label").map(\.text) == ["Billion"])
        #expect(Support.overlaps(scene) == [])
    }

    @Test("two lines get direct end labels instead of a legend")
    func twoLines() throws {
        let table = try #require(Self.table)
        let spec = try ChartSpec.quick(kind: .line, table: table, x: "year", y: ["export_value", "import_value"], title: nil, language: .vi)
        #expect(spec.title == "Export value và Import value")
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.texts(role: "end-label").map(\.text).sorted() == ["Export value", "Import value"])
        #expect(scene.texts(role: "legend").isEmpty)
    }

    @Test("several bar columns become grouped bars with a legend")
    func groupedBars() throws {
        let table = try #require(Self.table)
        let spec = try ChartSpec.quick(kind: .bar, table: table, x: "year", y: ["export_value", "import_value"], title: "Trade")
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.paths(role: "bar").count == 10)
        #expect(scene.legendNames == ["Export value", "Import value"])
    }

    @Test("an unknown column is reported with the available ones")
    func unknownColumn() throws {
        let table = try #require(Self.table)
        #expect(throws: ChartError.unknownColumn(table: "data", column: "value", available: ["year", "export_value", "import_value"])) {
            try ChartSpec.quick(kind: .area, table: table, x: "year", y: ["value"], title: nil)
        }
    }

    @Test("a million points reduce to a few thousand path points, keeping the extremes")
    func millionPoints() throws {
        let n = 1_000_000
        var xs = [Double](repeating: 0, count: n), ys = [Double](repeating: 0, count: n)
        for i in 0..<n {
            xs[i] = Double(i)
            ys[i] = sin(Double(i) / 5000) * 100 + Double(i % 97)
        }
        ys[123_457] = 1000  // a spike that must survive
        let table = try DataTable(columns: [("t", .numbers(xs)), ("v", .numbers(ys))])
        let spec = try ChartSpec.quick(kind: .line, table: table, x: "t", y: ["v"], title: "Dense")
        #expect(spec.x.type == .linear)
        let clock = ContinuousClock(), start = clock.now
        let scene = try Support.builder.scene(for: spec)
        if ProcessInfo.processInfo.environment["CHARTKIT_TIMING"] != nil {
            print("scene for 1,000,000 points built in \(clock.now - start)")  // reported, not asserted
        }
        let line = try #require(scene.paths(role: "line").first)
        #expect(line.elements.count <= 4 * 960)
        #expect(line.elements.count > 900)
        let top = try #require(line.bounds?.minY)
        let plotTop = try #require(scene.items.compactMap { item -> Rect? in
            if case .group(let g) = item, g.role == "plot" { return g.clip }
            return nil
        }.first?.minY)
        #expect(abs(top - (plotTop + 6)) < 1)  // the spike reaches the top of the (niced) axis region
        #expect(scene.texts(role: "tick-label").contains { $0.text == "1,000" })
    }

    @Test("the pixel reducer keeps first, last, minimum and maximum per column")
    func reducer() {
        let xs: [Double] = [0.1, 0.2, 0.5, 0.9, 1.2, 1.5]
        let ys: [Double] = [5, 1, 9, 4, 3, 3]
        let out = PixelReducer.reduce(xs: xs[...], ys: ys[...])
        #expect(out.map(\.y) == [5, 1, 9, 4, 3, 3])
        let dense = (0..<100).map { Double($0) / 100 }
        let reduced = PixelReducer.reduce(xs: dense[...], ys: dense.map { $0 * $0 }[...])
        #expect(reduced.map(\.x) == [0, 0.99])
    }
}

import Foundation

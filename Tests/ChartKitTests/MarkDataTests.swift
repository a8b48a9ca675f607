import ChartKit
import ChartScene
import Foundation
import Testing

/// Every data mark of a scene carries what it stands for (`PathItem.data`): value, period,
/// status and source, in the chart's language; decoration carries nothing.
@Suite("Mark data")
struct MarkDataTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/svgtext/vi-trade.yaml").path

    static func scene() throws -> Scene {
        let text = try String(contentsOfFile: fixture, encoding: .utf8)
        let spec = try ChartSpec.decode(yaml: text, file: "vi-trade.yaml")
        return try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: spec)
    }

    @Test("each bar has its row's value, period, status and citation")
    func bars() throws {
        let bars = try Self.scene().paths(role: "bar")
        #expect(bars.count == 5)
        let data = bars.compactMap { $0.data?.first }
        #expect(data.count == 5)
        #expect(data.map(\.period) == ["2021", "2022", "2023", "2024", "2025-01..2025-11"])
        #expect(data[3].value == "2,98 tỷ USD")
        #expect(data[3].status == "sơ bộ")
        #expect(data[4].status == "sơ bộ, lũy kế, chưa phải cả năm")
        #expect(data[0].status == nil)
        #expect(data[0].source == "Nguồn: Bộ Công Thương, “Báo cáo xuất nhập khẩu 2021”")
        #expect(data.allSatisfy { $0.series == "Kim ngạch" && $0.at == nil })
    }

    @Test("a line has one datum per value, at its vertex, with the chart's source when rows have none")
    func line() throws {
        let scene = try Self.scene()
        let lines = scene.paths(role: "line")
        let data = lines.flatMap { $0.data ?? [] }
        #expect(data.map(\.period) == ["2021", "2022", "2023", "2024", "2025"])
        #expect(data.allSatisfy { $0.source == "Nguồn: Tổng cục Thống kê (bản tin tháng 12/2025)" })
        let vertices = lines.flatMap(\.elements).compactMap { element -> Point? in
            switch element {
            case .move(let p), .line(let p): return p
            default: return nil
            }
        }
        #expect(data.compactMap(\.at) == vertices)
        // Markers (five values, so drawn) carry the same facts.
        let points = scene.paths(role: "point").compactMap { $0.data?.first }
        #expect(points.map(\.value) == data.map(\.value))
    }

    @Test("axes, gridlines and legend swatches carry no data")
    func decoration() throws {
        let scene = try Self.scene()
        let dataRoles: Set<String> = ["bar", "line", "point", "point-hollow", "area", "band", "range", "rule", "heat-cell"]
        for path in scene.paths() where !dataRoles.contains(path.role ?? "") {
            #expect(path.data == nil, "role \(path.role ?? "nil") has data")
        }
        #expect(scene.language == "vi")
    }

    @Test("English words for statuses, and the summary a tooltip shows")
    func english() throws {
        let spec = try ChartSpec.decode(yaml: """
        source: Ministry of Trade
        data:
          t: {values: {year: ["2023", "2024..2024-06"], value: [5, 6], status: [estimate, final]}}
        layers:
          - {mark: bar, data: t, x: year, y: value, name: Exports}
        """, file: "e.yaml")
        let data = try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: spec).paths(role: "bar").compactMap { $0.data?.first }
        #expect(data.map(\.status) == ["estimate", "part-year (year to date)"])
        #expect(data[0].summary == "Exports\n2023: 5 (estimate)\nSource: Ministry of Trade")
    }

    @Test("the scene dump keeps data out of paths without it, so older dumps still decode")
    func json() throws {
        let scene = try Self.scene()
        let dump = try scene.jsonDump()
        #expect(dump.contains("\"data\""))
        let old = Scene(size: Size(width: 10, height: 10), items: [.path(.rect(Rect(x: 0, y: 0, width: 1, height: 1), role: "axis"))])
        #expect(!(try old.jsonDump()).contains("\"data\""))
        let decoded = try JSONDecoder().decode(Scene.self, from: Data(dump.utf8))
        #expect(decoded.paths(role: "bar").compactMap { $0.data?.first?.period } == scene.paths(role: "bar").compactMap { $0.data?.first?.period })
    }
}

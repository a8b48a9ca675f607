import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts

/// The standard briefing charts of the shipped dataset in English as scenes (`Scene.jsonDump`: the
/// renderer-independent drawing, laid out with the font-free `ApproximateTextMeasurer`, numbers to
/// two decimals), against the stored dumps in `Tests/Fixtures/scenes/`. A change to a chart's
/// drawing or words shows as a diff of its dump: after a deliberate change, regenerate them with
/// `make scenes` (which runs this suite with `TRADECHART_WRITE_SCENES=1`) and review the diff.
@Suite("Stored scene dumps of the standard charts")
struct SceneDumpTests {
    static let folder = Briefing.root.appendingPathComponent("Tests/Fixtures/scenes")
    static let writing = ProcessInfo.processInfo.environment["TRADECHART_WRITE_SCENES"] != nil

    /// The charts, built once for the suite.
    static let charts: [BriefingChart] = (try? Briefing.charts(.en)) ?? []

    static func file(_ id: BriefingChartID) -> URL { folder.appendingPathComponent(id.rawValue + ".json") }

    @Test("each standard chart's scene is the stored dump", arguments: BriefingChartID.allCases)
    func scene(id: BriefingChartID) throws {
        let chart = try #require(Self.charts.first { $0.id == id }, "the shipped dataset draws every standard chart")
        let dump = try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec).jsonDump()
        if Self.writing {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(dump.utf8).write(to: Self.file(id))
        }
        let stored = try String(contentsOf: Self.file(id), encoding: .utf8)
        #expect(dump == stored, "the scene of '\(id.rawValue)' changed; if that is deliberate, run 'make scenes' and review the diff of Tests/Fixtures/scenes/\(id.rawValue).json")
    }

    @Test("no stored dump is left for a chart that no longer exists", .enabled(if: !writing))
    func noStaleDumps() throws {
        let stored = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(stored == BriefingChartID.allCases.map { $0.rawValue + ".json" }.sorted())
    }
}

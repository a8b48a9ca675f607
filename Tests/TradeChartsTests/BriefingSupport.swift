import ChartKit
import ChartScene
import Foundation
@testable import TradeCharts
import TradeData
import NumberText

/// The shipped dataset's briefing charts, built once per language, and their scenes laid out with
/// the font-free measurer.
enum Briefing {
    static let dataset: Dataset = {
        guard let loaded = try? DatasetLoader.loadValidEmbedded() else { fatalError("the embedded dataset must load") }
        return loaded.dataset
    }()

    static func charts(_ language: Language) throws -> [BriefingChart] {
        BriefingCharts.build(try BriefingContext(dataset: dataset, language: language)).charts
    }

    static func chart(_ id: BriefingChartID, _ language: Language = .en) throws -> (BriefingChart, Scene) {
        guard let chart = try charts(language).first(where: { $0.id == id }) else { throw SupportError.missing(id.rawValue) }
        return (chart, try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec))
    }

    /// A pack built in memory (SVG charts, font-free measurer, no renderer): for reading its files.
    static func pack(_ dataset: Dataset = dataset, _ language: Language = .en, scenarioFiles: [String] = []) throws -> BriefingPack {
        try BriefingPack.make(BriefingRequest(dataset: dataset, language: language, scenarioFiles: scenarioFiles, formats: [.svg]),
                              measurer: { ApproximateTextMeasurer() }, renderer: NoRenderer())
    }

    /// A pack file's text, or "" when the pack has no such file.
    static func text(_ pack: BriefingPack, _ name: String) -> String {
        pack.files.first { $0.name == name }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }

    /// The repository root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    enum SupportError: Error { case missing(String) }
}

extension Rect {
    func overlaps(_ o: Rect, by margin: Double = 0.5) -> Bool {
        minX + margin < o.maxX && o.minX + margin < maxX && minY + margin < o.maxY && o.minY + margin < maxY
    }
}

extension Rect {
    var midX: Double { minX + width / 2 }
}

import ChartKit
import ChartScene
import Foundation
@testable import TradeCharts
import TradeData

/// The shipped dataset's briefing charts, built once per language, and their scenes laid out with
/// the font-free measurer.
enum Briefing {
    static let dataset: Dataset = {
        guard let loaded = try? DatasetLoader.loadValidEmbedded() else { fatalError("the embedded dataset must load") }
        return loaded.dataset
    }()

    static func charts(_ language: BriefingLanguage) throws -> [BriefingChart] {
        BriefingCharts.build(try BriefingContext(dataset: dataset, language: language)).charts
    }

    static func chart(_ id: BriefingChartID, _ language: BriefingLanguage = .en) throws -> (BriefingChart, Scene) {
        guard let chart = try charts(language).first(where: { $0.id == id }) else { throw SupportError.missing(id.rawValue) }
        return (chart, try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec))
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

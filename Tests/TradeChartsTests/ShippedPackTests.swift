import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// Every shipped dataset's pack, in en and vi: titles computed from its own data and analysis, and
/// no word of another shipped partner in anything tradechart words itself.
@Suite("Shipped datasets' packs")
struct ShippedPackTests {
    static let names = DatasetLoader.embeddedNames

    static func pack(_ name: String, _ language: Language) throws -> (BriefingPack, BriefingContext) {
        let dataset = try DatasetLoader.loadValidEmbedded(name).dataset
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let pack = try BriefingPack.build(ctx, formats: [.svg], scale: 1, jobs: 1,
                                          measurer: { ApproximateTextMeasurer() }, renderer: NoRenderer())
        return (pack, ctx)
    }

    @Test("titles come from the dataset's analysis; other partners are never named",
          arguments: DatasetLoader.embeddedNames.flatMap { name in Language.allCases.map { (name, $0) } })
    func pack(name: String, language: Language) throws {
        let (pack, ctx) = try Self.pack(name, language)
        let a = try #require(ctx.analysis)
        if let chart = pack.charts.first(where: { $0.id == .tradeVsTarget }), let first = a.targets.first, first.yearStated {
            let expected = language == .vi
                ? "Để đạt \(ctx.level(first.value)) USD vào năm \(first.year) cần tăng trưởng \(ctx.percent(first.requiredAnnualGrowth))/năm"
                : "Reaching \(ctx.level(first.value)) USD by \(first.year) needs \(ctx.percent(first.requiredAnnualGrowth)) growth a year"
            #expect(chart.title == expected)
        }
        let own = [ctx.dataset.partner.en, ctx.dataset.partner.vi ?? ctx.dataset.partner.en]
        let others = try Self.names.filter { $0 != name }.flatMap { other -> [String] in
            let partner = try DatasetLoader.loadValidEmbedded(other).dataset.partner
            return [partner.en, partner.vi].compactMap { $0 }.filter { !own.contains($0) }
        }
        let builder = ChartBuilder(measurer: ApproximateTextMeasurer())
        // What tradechart itself writes (the dataset's own caveats and source notes may rightly name others).
        let doc = pack.document
        var texts = [("key figures", doc.keyFigures.map { "\($0.label) \($0.value) \($0.status)" }.joined(separator: "\n")),
                     ("analysis", doc.paragraphs.joined(separator: "\n")),
                     ("figures.csv labels", doc.figures.map(\.figure).joined(separator: "\n"))]
        for chart in pack.charts {
            let scene = try builder.scene(for: chart.spec)
            texts.append((chart.id.rawValue, ([scene.title ?? "", scene.description ?? "", chart.caption] + scene.texts().map(\.text)).joined(separator: "\n")))
        }
        for (place, text) in texts {
            for word in others { #expect(!text.contains(word), "\(name) \(language): '\(word)' in \(place)") }
        }
    }
}

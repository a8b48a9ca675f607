import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// A bare file names no source: every output says so ("source not stated in the file"), never an
/// empty citation, and a target from the command line is cited as the user's, not the dataset's.
@Suite("Figures without a named source")
struct UnstatedSourceTests {
    static let bare = Briefing.root.appendingPathComponent("Tests/Fixtures/partners/bare-trade.csv").path

    @Test("the loader gives a figure without a source the not-stated source")
    func loader() throws {
        let dataset = try DatasetLoader.loadValid(path: Self.bare).dataset
        let observations = try #require(dataset.series(SeriesID.tradeTotal)).observations
        #expect(!observations.isEmpty && observations.allSatisfy { $0.source == Source.notStatedKey })
        #expect(dataset.source(Source.notStatedKey) == Source.notStated)
    }

    @Test("the pack says the file states no source, in figures.csv, the report and the charts",
          arguments: [(Language.en, "source not stated in the file", "stated by the user (--target)"),
                      (.vi, "tệp dữ liệu không nêu nguồn", "do người dùng nêu (--target)")])
    func pack(language: Language, words: String, user: String) throws {
        let dataset = try DatasetLoader.loadValid(path: Self.bare).dataset
        let pack = try BriefingPack.make(
            BriefingRequest(dataset: dataset, language: language, targets: ["20 billion USD by 2030"], formats: [.svg]),
            measurer: { ApproximateTextMeasurer() }, renderer: NoRenderer())
        let doc = pack.document
        #expect(doc.sources.map(\.text).contains { $0.lowercased() == words.lowercased() })
        #expect(doc.sources.map(\.text).contains { $0.lowercased() == user.lowercased() })
        #expect(!doc.sources.contains { $0.text.trimmingCharacters(in: .whitespaces).isEmpty })
        for figure in doc.figures {
            #expect(!figure.source.isEmpty && !figure.sourceDetail.isEmpty, "\(figure.chart) \(figure.figure) cites nothing")
            if figure.status == "target" { #expect(figure.sourceDetail == user, "\(figure.figure): a --target is the user's") }
        }
        #expect(doc.figures.contains { $0.source == Source.notStatedKey && $0.sourceDetail == words })
        for chart in pack.charts { #expect(chart.spec.source?.contains(words) == true, "\(chart.id): \(chart.spec.source ?? "")") }
        for file in pack.files where !file.name.hasSuffix(".svg") {
            let text = String(decoding: file.contents, as: UTF8.self)
            #expect(!text.contains("()") && !text.contains("( )"), "\(file.name) has an empty citation")
        }
    }
}

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
          arguments: [(Language.en, "not stated in the file", "stated by the user (--target)"),
                      (.vi, "không nêu trong tệp dữ liệu", "do người dùng nêu (--target)")])
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

/// A bare CSV names neither reporter nor partner: the pack's words that would name them fall back
/// to words that do not ("Exports", "Exports and imports, 2016–2021"), and a chart's source line
/// still starts with "Source:".
@Suite("A pack of a file that names no pair")
struct UnnamedPairTests {
    static let bare = Briefing.root.appendingPathComponent("Tests/Fixtures/partners/bare-flows.csv").path

    @Test("no phrase names an empty reporter or partner", arguments: Language.allCases)
    func unnamed(language: Language) throws {
        let dataset = try DatasetLoader.loadValid(path: Self.bare).dataset
        #expect(dataset.reporter.text(in: language).isEmpty && dataset.partner.text(in: language).isEmpty)
        let pack = try BriefingPack.make(
            BriefingRequest(dataset: dataset, language: language, targets: ["8 billion USD by 2026"], formats: [.svg]),
            measurer: { ApproximateTextMeasurer() }, renderer: NoRenderer())
        let text = BriefingText(language)
        let labels = pack.document.figures.map(\.figure)
        #expect(labels.contains(text.exportsShort) && labels.contains(text.importsShort), "\(Set(labels))")
        let flows = try #require(pack.charts.first { $0.id == .exportsImports })
        #expect(flows.spec.subtitle == text.t("Exports and imports, \(2016)–\(2021)"))
        // Every figure here is final: no note about light (preliminary) bars.
        #expect(flows.spec.notes.allSatisfy { !$0.contains(text.t("Light bars: preliminary figures. Balance = exports − imports, where both are published.")) })
        // Every figure here is final and exact: the notes explain no hollow point, caret or range bar.
        let target = try #require(pack.charts.first { $0.id == .tradeVsTarget })
        #expect(target.spec.notes == [text.t("Dashed lines are paths, not forecasts.")])
        let growth = try #require(pack.charts.first { $0.id == .growth })
        #expect(growth.spec.notes.first == text.t("Change on the previous full year."))
        for chart in pack.charts {
            let words = [chart.spec.title, chart.spec.subtitle].compactMap { $0 } + chart.spec.notes
            for line in words {
                #expect(!line.hasPrefix("'s") && !line.contains(" 's ") && !line.contains(" ,") && !line.hasPrefix(",") && !line.contains("  "),
                        "\(chart.id): \(line)")
            }
            // ChartKit puts "Source: " before a line unless it starts with the word itself.
            let source = (chart.spec.source ?? "").lowercased()
            #expect(!source.isEmpty && !source.hasPrefix("source") && !source.hasPrefix("nguồn"), "\(chart.id): \(source)")
        }
        for file in pack.files where file.name == "report.md" || file.name == "figures.csv" || file.name == "alt-text.txt" {
            let body = String(decoding: file.contents, as: UTF8.self)
            for bad in ["'s exports to ", "'s imports from ", "with ,", "with .", "from ,", "của ,", " sang ,", " từ ,"] {
                #expect(!body.contains(bad), "\(file.name) has '\(bad)'")
            }
        }
    }
}

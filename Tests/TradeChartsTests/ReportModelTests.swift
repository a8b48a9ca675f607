import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// The report model of the shipped dataset, built without rendering: a renderer that returns no bytes.
struct NoRenderer: SceneRendering {
    func render(_ scene: Scene, format: OutputFormat, scale: Double) throws -> [UInt8] { [] }
}

@Suite("Report model, computed once")
struct ReportModelTests {
    static func pack(_ language: Language = .en) throws -> BriefingPack {
        try BriefingPack.make(BriefingRequest(dataset: Briefing.dataset, language: language, formats: [.svg]),
                              measurer: { ApproximateTextMeasurer() }, renderer: NoRenderer())
    }

    @Test("every document number is a figures.csv row, and the files are the writers' output", arguments: Language.allCases)
    func writersOverOneModel(language: Language) throws {
        let pack = try Self.pack(language)
        let doc = pack.document
        let file = { (name: String) in pack.files.first { $0.name == name }.map { String(decoding: $0.contents, as: UTF8.self) } }
        #expect(file("report.md") == doc.markdown())
        #expect(file("figures.csv") == doc.figuresCSV())
        #expect(file("alt-text.txt") == doc.altText())
        #expect(doc.figures == pack.figures)
        let formatted = Set(doc.figures.map(\.formatted))
        for row in doc.keyFigures {
            #expect(!row.figures.isEmpty, "\(row.label)")
            for f in row.figures { #expect(formatted.contains(f.formatted)) }
        }
        for paragraph in doc.analysis where !paragraph.text.isEmpty {
            #expect(!paragraph.figures.isEmpty, "\(paragraph.text)")
            for f in paragraph.figures {
                #expect(paragraph.text.contains(f.formatted), "'\(f.formatted)' (\(f.figure)) is not in: \(paragraph.text)")
            }
        }
    }

    @Test("footnotes follow the reading order of the document, each source once")
    func footnotes() throws {
        let doc = try Self.pack().document
        let keys = doc.sources.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(keys == ReportDocument.citedKeys(keyFigures: doc.keyFigures, analysis: doc.analysis, sections: doc.sections, charts: doc.charts))
        for row in doc.keyFigures {
            guard let own = row.sourceKeys.last, own != "computed" else { continue }
            #expect(row.source.map { doc.sources[$0].key } == own)
            #expect(doc.footnote(for: own) == row.source.map { $0 + 1 })
        }
        #expect(!keys.contains("computed"))
    }

    @Test("a chart of the document carries the chart's figures and its files")
    func charts() throws {
        let pack = try Self.pack()
        #expect(pack.document.charts.map(\.id) == pack.charts.map(\.id.rawValue))
        for (entry, chart) in zip(pack.document.charts, pack.charts) {
            #expect(entry.figures == chart.figures)
            #expect(entry.files == ["\(chart.id.rawValue).svg"])
        }
    }
}

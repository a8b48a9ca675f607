import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// A pack of another series (`--series exports`) names that series everywhere two-way trade was
/// named: titles, subtitles, axis, captions, alt text, report sentences and figures.csv labels.
/// On the synthetic India–Bangladesh fixture (exports and imports without labels).
@Suite("A chosen series is named by its own words")
struct SeriesChoiceWordsTests {
    static let path = Briefing.root.appendingPathComponent("Tests/Fixtures/partners/india-bangladesh").path

    static func pack(_ language: Language, series: SeriesID) throws -> (BriefingPack, Dataset) {
        let dataset = try DatasetLoader.loadValid(path: path).dataset
        let pack = try BriefingPack.make(BriefingRequest(dataset: dataset, language: language, series: series, formats: [.svg]),
                                         measurer: { ApproximateTextMeasurer() }, renderer: NoRenderer())
        return (pack, dataset)
    }

    @Test("--series exports: no 'two-way trade' outside the two-way trade key figure; titles from reporter and partner",
          arguments: Language.allCases)
    func exportsWords(language: Language) throws {
        let (pack, dataset) = try Self.pack(language, series: .exports)
        let code = language.rawValue
        // Expected words, made here from the dataset's names.
        let reporter = dataset.reporter.text(for: code), partner = dataset.partner.text(for: code)
        let name = language == .vi ? "xuất khẩu của \(reporter) sang \(partner)" : "\(reporter)'s exports to \(partner)"
        let title = name.prefix(1).uppercased() + name.dropFirst()
        let twoWay = language == .vi ? "hai chiều" : "two-way trade"
        let tradeRow = BriefingText(language).twoWayTrade
        // Every text of the pack except the key-figure row of the two-way trade series itself.
        var texts = try PartnerWordsTests.texts(pack)
        texts = texts.map { place, text in
            (place, text.split(separator: "\n").filter { !$0.contains(tradeRow) || $0.contains("Growth") || $0.contains("Tăng trưởng") }
                .joined(separator: "\n"))
        }
        for (place, text) in texts { #expect(!text.lowercased().contains(twoWay), "\(language): '\(twoWay)' in \(place)") }
        // The growth chart's title from the exports' own last two years.
        let exports = try #require(dataset.series(SeriesID.exports)).yearly
        let growth = try #require(pack.charts.first { $0.id == .growth })
        let ctx = try BriefingContext(dataset: dataset, language: language, series: .exports)
        let rate = exports[exports.count - 1].value / exports[exports.count - 2].value - 1
        #expect(growth.spec.title == ctx.text.growthTitle(year: "\(exports.last?.period.year ?? 0)", rate: ctx.percent(abs(rate)), fell: rate < 0))
        #expect((growth.spec.title ?? "").hasPrefix(title))
        let scenarios = try #require(pack.charts.first { $0.id == .scenarios })
        #expect(scenarios.spec.y.title == title)
        // Key figures: the analysed series first, its growth next, then two-way trade; none twice.
        let labels = pack.document.keyFigures.map(\.label)
        #expect(labels.first == title)
        #expect(labels.filter { $0 == title }.count == 1)
        #expect(labels.contains(tradeRow))
        // figures.csv: the analysed series' rows carry its name.
        let csv = String(decoding: try #require(pack.files.first { $0.name == "figures.csv" }).contents, as: UTF8.self)
        #expect(csv.contains(",\(title),"))
    }

    @Test("the exports-imports balance is checked against two-way trade, not the analysed series")
    func balanceAgainstTotal() throws {
        let (pack, _) = try Self.pack(.en, series: .exports)
        let chart = try #require(pack.charts.first { $0.id == .exportsImports })
        #expect(!(chart.spec.title ?? "").contains("about"), "exports + imports add up to the total")
    }

    @Test("a series with no target: no empty reach text in the scenario list or alt text")
    func noEmptyReach() throws {
        let (pack, _) = try Self.pack(.en, series: .exports)
        for file in pack.files where file.name.hasSuffix(".md") || file.name == "alt-text.txt" {
            let text = String(decoding: file.contents, as: UTF8.self)
            #expect(!text.contains(": ;") && !text.contains("; ;"), "\(file.name)")
        }
    }

    @Test("words of a label: lowered inside a sentence unless it starts with a country name or an acronym")
    func labelWords() {
        #expect(SeriesWords.label("Trade in services", names: ["Kenya", "Uganda"]).inline == "trade in services")
        #expect(SeriesWords.label("Kenya–Uganda trade in goods", names: ["Kenya", "Uganda"]).inline == "Kenya–Uganda trade in goods")
        #expect(SeriesWords.label("FDI inflows", names: []).inline == "FDI inflows")
        #expect(SeriesWords.label("xuất khẩu", names: []).title == "Xuất khẩu")
        // English verbs agree with the name: exports reach, trade reaches.
        #expect(SeriesWords.label("Germany's exports to Poland", names: ["Germany"]).verb("reaches", "reach") == "reach")
        #expect(SeriesWords.twoWayTrade(.en).verb("reaches", "reach") == "reaches")
        #expect(SeriesWords.label("Kenya–Uganda trade in goods", names: ["Kenya"]).verb("grows", "grow") == "grows")
    }

    @Test("--series exports: the sensitivity subtitle's verb agrees with the plural name")
    func plural() throws {
        let (pack, _) = try Self.pack(.en, series: .exports)
        let sensitivity = try #require(pack.charts.first { $0.id == .sensitivity })
        #expect(sensitivity.spec.subtitle?.contains("exports to Bangladesh grow at each") == true)
    }
}

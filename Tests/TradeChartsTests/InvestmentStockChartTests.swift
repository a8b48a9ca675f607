import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// The registered-against-realised investment chart, on the shipped dataset and on an invented pair.
@Suite("Registered against realised investment")
struct InvestmentStockChartTests {
    static func dataset(_ fixture: String) throws -> Dataset {
        try DatasetLoader.loadValid(path: Briefing.root.appendingPathComponent("Tests/Fixtures/partners/\(fixture)").path).dataset
    }

    static func build(_ dataset: Dataset, _ language: Language = .en) throws -> (charts: [BriefingChart], skipped: [SkippedChart]) {
        BriefingCharts.build(try BriefingContext(dataset: dataset, language: language))
    }

    static func scene(_ dataset: Dataset, _ language: Language = .en) throws -> (BriefingChart, Scene) {
        let chart = try #require(try build(dataset, language).charts.first { $0.id == .investmentStock })
        return (chart, try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec))
    }

    static func stocks(_ dataset: Dataset) throws -> (registered: [Observation], realised: [Observation]) {
        (try #require(dataset.series(SeriesID.investmentCumulative)).preferredObservations,
         try #require(dataset.series(SeriesID.investmentRealizedCumulative)).preferredObservations)
    }

    @Test("both stocks are drawn as lines with a marker at every reported date, each named by a direct label",
          arguments: ["vietnam-laos", "ghana-korea"])
    func bothSeries(name: String) throws {
        let dataset = name == "vietnam-laos" ? Briefing.dataset : try Self.dataset(name)
        let (registered, realised) = try Self.stocks(dataset)
        let (chart, scene) = try Self.scene(dataset)
        let lines = scene.paths(role: "line")
        #expect(lines.count == 2)
        #expect(Set(lines.compactMap { $0.stroke?.color }).count == 2, "the two stocks have different colours")
        #expect(scene.paths(role: "point").count + scene.paths(role: "point-hollow").count == registered.count + realised.count)
        #expect(scene.texts(role: "end-label").map(\.text).sorted() == ["Realised (disbursed)", "Registered"])
        // Every drawn observation is in figures.csv and its publisher in the source line (or counted in "and N more").
        let drawn = registered + realised
        #expect(chart.figures.filter { $0.source != "computed" }.count == drawn.count)
        let ctx = try BriefingContext(dataset: dataset, language: .en)
        let publishers = Set(drawn.map { ctx.publisher($0.source) })
        let source = chart.spec.source ?? ""
        let named = publishers.filter { source.contains($0) }.count
        let more = source.range(of: #"and (\d+) more"#, options: .regularExpression)
            .flatMap { Int(source[$0].split(separator: " ")[1]) } ?? 0
        #expect(named + more == publishers.count, "\(source)")
        // Each line spans its own dates: the one that starts earlier starts further left.
        let starts = lines.compactMap { $0.bounds?.minX }
        #expect(starts.count == 2)
        if let r = registered.first?.period, let d = realised.first?.period, starts.count == 2, r != d {
            #expect((starts[0] < starts[1]) == (r < d))
        }
    }

    @Test("approximate figures are hollow, a lower bound has a caret, and the notes say what they mean",
          arguments: ["vietnam-laos", "ghana-korea"])
    func approximateMarking(name: String) throws {
        let dataset = name == "vietnam-laos" ? Briefing.dataset : try Self.dataset(name)
        let (registered, realised) = try Self.stocks(dataset)
        let drawn = registered + realised
        let (chart, scene) = try Self.scene(dataset)
        let approximate = drawn.filter { $0.quantity.qualifier == .approximate }.count
        let bounds = drawn.filter { $0.quantity.qualifier == .atLeast || $0.quantity.qualifier == .atMost }.count
        #expect(approximate > 0 && bounds > 0, "the fixture must exercise both marks")
        #expect(scene.paths(role: "point-hollow").count == approximate)
        #expect(scene.paths(role: "bound").count == bounds)
        #expect(chart.spec.notes.contains { $0.contains("Hollow points: approximate figures") && $0.contains("^ marks a lower bound") })
        let rows = chart.figures.filter { $0.source != "computed" }
        #expect(rows.filter { $0.qualifier == "approximate" }.count == approximate)
        #expect(rows.filter { $0.formatted.hasPrefix("more than ") }.count == bounds)
    }

    @Test("the shipped dataset: realised about half of registered, in whole percents, at the dates both are reported")
    func laosShare() throws {
        let (chart, scene) = try Self.scene(Briefing.dataset)
        let (registered, realised) = try Self.stocks(Briefing.dataset)
        let pairs = realised.compactMap { r in registered.first { $0.period == r.period && $0.quantity.qualifier == .exact }.map { (r, $0) } }
        let shares = pairs.map { $0.0.value / $0.1.value }
        let low = Int(((shares.min() ?? 0) * 100).rounded()), high = Int(((shares.max() ?? 0) * 100).rounded())
        #expect((45...55).contains(low) && (45...55).contains(high))
        let note = try #require(chart.spec.notes.first)
        #expect(note.contains("At the \(pairs.count) dates both are reported"))
        #expect(note.contains("about \(low)–\(high)% of registered: about half"))
        #expect(chart.figures.filter { $0.source == "computed" }.count == pairs.count)
        let last = try #require(pairs.last)
        let ctx = try BriefingContext(dataset: Briefing.dataset, language: .en)
        #expect(chart.title == "\(ctx.amount(last.0.quantity, unit: .usd).replacingOccurrences(of: "about", with: "About")) of the \(ctx.money(last.1.value)) registered had been realised by \(ctx.periodLabel(last.0.period))")
        #expect(scene.texts(role: "title").map(\.text).joined(separator: " ") == chart.title)
    }

    @Test("another pair: its own words, a share that is not half is not called half, a bound gives no share")
    func otherPair() throws {
        let dataset = try Self.dataset("ghana-korea")
        for language in Language.allCases {
            let (chart, scene) = try Self.scene(dataset, language)
            let words = scene.texts().map(\.text).joined(separator: " ") + chart.alt + chart.caption
            for country in ["Laos", "Lào", "Vietnam", "Việt Nam"] { #expect(!words.contains(country), "\(country) in \(language)") }
            #expect(chart.spec.subtitle?.contains(language == .vi ? "Hàn Quốc" : "Korea") == true)
            let note = try #require(chart.spec.notes.first)
            #expect(note.contains(language == .vi ? "khoảng 32–39%" : "about 32–39%"), "\(note)")
            #expect(!note.contains("half") && !note.contains("một nửa"))
        }
        // Dec 2024's registered figure is a lower bound: its share would be an upper bound, so it is left out.
        let (chart, _) = try Self.scene(dataset)
        #expect(chart.figures.filter { $0.source == "computed" }.map(\.period) == ["2022-03", "2023-09"])
        #expect(chart.figures.filter { $0.source == "computed" }.map(\.qualifier) == ["approximate", ""])
        #expect(chart.spec.notes.contains { $0.contains("dated by year only is drawn at mid-year") })
    }

    @Test("skipped with the reason when either stock is missing")
    func skip() throws {
        let cambodia = try DatasetLoader.loadValidEmbedded("vietnam-cambodia").dataset
        #expect(cambodia.series(SeriesID.investmentCumulative) != nil)
        let result = try Self.build(cambodia)
        #expect(!result.charts.contains { $0.id == .investmentStock })
        #expect(result.skipped.first { $0.id == .investmentStock }?.reason == "the dataset has no 'investment_realized_cumulative' series")
        let tradeOnly = try Self.build(try Self.dataset("chile-japan"), .vi)
        #expect(tradeOnly.skipped.first { $0.id == .investmentStock }?.reason == "bộ dữ liệu không có chuỗi 'investment_cumulative'")
    }
}

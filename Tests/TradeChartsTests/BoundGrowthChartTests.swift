import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// A growth rate whose base or value is a bound, on a pair written here (not the shipped dataset):
/// its bar gets a caret and a qualified label ("≤ +7.1%"), figures.csv the words, the note the meaning.
@Suite("Growth bars from bounds")
struct BoundGrowthChartTests {
    static let yaml = """
        # SYNTHETIC TEST DATA: every figure is invented for this test.
        id: chile-argentina-bounds-test
        title: {en: Chile–Argentina trade (synthetic), vi: Thương mại Chile – Argentina (dữ liệu thử)}
        reporter: {en: Chile, vi: Chile}
        partner: {en: Argentina, vi: Argentina}
        currency: USD
        files: [trade.csv]
        series:
          trade_total: {en: Chile–Argentina trade in goods, vi: Thương mại hàng hóa Chile – Argentina}
        sources:
          C1: {publisher: Synthetic Customs Office, title: Invented yearbook, date: "2024"}
          C2: {publisher: Synthetic News Agency, title: Invented preliminary report, date: 2021-01-05}
        """
    static let csv = """
        series,period,value,unit,status,source
        trade_total,2018,1.10,billion USD,final,C1
        trade_total,2019,1.20,billion USD,final,C1
        trade_total,2020,>1.40,billion USD,preliminary,C2
        trade_total,2021,1.50,billion USD,final,C1
        trade_total,2022,1.62,billion USD,final,C1

        """

    static func dataset() throws -> Dataset {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bound-growth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try yaml.write(to: dir.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
        try csv.write(to: dir.appendingPathComponent("trade.csv"), atomically: true, encoding: .utf8)
        return try DatasetLoader.loadValid(path: dir.path).dataset
    }

    @Test("the year after a lower bound is marked 'at most', the bound year 'at least', in en and vi",
          arguments: [Language.en, .vi])
    func boundedBars(language: Language) throws {
        let dataset = try Self.dataset()
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let chart = try #require(BriefingCharts.build(ctx).charts.first { $0.id == .growth })
        let scene = try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec)
        let yearly = try #require(dataset.series(SeriesID.tradeTotal)).yearly
        // Which rates are bounded follows from the qualifiers of the observations, computed here.
        var expected: [(period: String, qualifier: String, label: String, words: String)] = []
        for (prior, current) in zip(yearly, yearly.dropFirst()) {
            let rate = current.value / prior.value - 1
            let plain = ctx.signedPercent(rate)
            if prior.quantity.qualifier == .atLeast {
                expected.append(("\(prior.period.year)→\(current.period.year)", "atMost", "≤ " + plain, ctx.text.t("at most \(plain)")))
            } else if current.quantity.qualifier == .atLeast {
                expected.append(("\(prior.period.year)→\(current.period.year)", "atLeast", "≥ " + plain, ctx.text.t("at least \(plain)")))
            }
        }
        #expect(expected.map(\.qualifier) == ["atLeast", "atMost"], "the data has one rate to a lower bound and one from it")
        #expect(scene.paths(role: "bound").count == expected.count)
        let callouts = scene.texts(role: "callout").map(\.text)
        let figures = chart.figures.filter { $0.unit == "rate" && $0.figure == ctx.text.growthFigure }
        for e in expected {
            #expect(callouts.contains(e.label), "\(e.label) on the bar, among \(callouts)")
            let figure = try #require(figures.first { $0.period == e.period })
            #expect(figure.qualifier == e.qualifier)
            #expect(figure.formatted == e.words)
        }
        // Bars from plain figures carry no qualified label.
        #expect(callouts.filter { $0.hasPrefix("≤") || $0.hasPrefix("≥") }.count == expected.count)
        // The note says what the marks mean.
        #expect(chart.spec.notes.joined().contains(ctx.language == .vi ? "v và ≤: tối đa" : "v and ≤: at most this much"))
    }
}

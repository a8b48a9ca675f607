import Foundation
import Testing
import TradeData

@Suite("Targets from the command line and series ids")
struct TargetTextTests {
    @Test("a level by a year, in English and Vietnamese")
    func levelByYear() throws {
        let en = try TargetText.parse("20 billion USD by 2030")
        #expect(en.count == 1)
        #expect(en[0].goal == .level(20e9) && en[0].deadline == 2030...2030 && en[0].series == "trade_total")
        #expect(en[0].deadlineWords == LocalizedText(en: "by 2030") && en[0].source == TargetText.source)
        let vi = try TargetText.parse("20 tỷ USD vào năm 2030")
        #expect(vi[0].goal == .level(20e9) && vi[0].deadline == 2030...2030)
    }

    @Test("a range of levels over a window gives one target per end; no year gives no deadline")
    func rangesAndNoYear() throws {
        let band = try TargetText.parse("5..10 billion USD by 2027..2028", index: 2)
        #expect(band.map(\.goal) == [.level(5e9), .level(10e9)])
        #expect(band.map(\.id) == ["target-2", "target-2.2"])
        #expect(band.allSatisfy { $0.deadline == 2027...2028 })
        let open = try TargetText.parse("20 billion USD", series: SeriesID("Trade total"))
        #expect(open[0].deadline == nil && open[0].deadlineWords == nil && open[0].series == "trade_total")
    }

    @Test("bad targets name what was expected")
    func errors() {
        #expect(throws: TargetText.ParseError.self) { try TargetText.parse("20 billion USD by soon") }
        #expect(throws: TargetText.ParseError.self) { try TargetText.parse("twenty billion") }
        #expect(throws: TargetText.ParseError.self) { try TargetText.parse("20 projects by 2030") }
    }

    @Test("series ids have one normal form", arguments: ["trade.total", "trade-total", "Trade total", " TRADE_TOTAL ", "trade__total"])
    func seriesIDs(spelling: String) {
        #expect(SeriesID(spelling) == .tradeTotal)
        #expect(SeriesID.normalised(spelling) == "trade_total")
    }

    @Test("a spreadsheet's trade.total column is the trade_total series")
    func loaderNormalises() throws {
        let csv = "series,period,value,unit,source\ntrade.total,2024,2250,million USD,s\nTrade Total,2025,2980,million USD,s\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("series-ids-\(UUID().uuidString).csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let loaded = try DatasetLoader.load(path: file.path)
        #expect(loaded.dataset.series.map(\.id) == ["trade_total"])
        #expect(loaded.dataset.series("trade.total")?.observations.count == 2)
    }
}

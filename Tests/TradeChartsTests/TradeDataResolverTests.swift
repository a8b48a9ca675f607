import ChartKit
import Foundation
import Testing
import TradeData
@testable import TradeCharts

@Suite("Chart specs read datasets by path or by shipped name")
struct TradeDataResolverTests {
    @Test("dataset: NAME reads the shipped dataset; a folder of that name next to the spec wins")
    func byName() throws {
        let dir = NSTemporaryDirectory() + "resolver-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let resolver = TradeDataResolver(baseDirectory: dir)
        for name in DatasetLoader.embeddedNames {
            let expected = try #require(try DatasetLoader.loadValidEmbedded(name).dataset.series("trade_total"))
            let table = try resolver.table(for: .dataset(path: name, series: "trade_total"))
            #expect(table.strings("period") == expected.preferredObservations.map(\.period.description))
        }
        let name = try #require(DatasetLoader.embeddedNames.first)
        try FileManager.default.createDirectory(atPath: dir + "/" + name, withIntermediateDirectories: true)
        try "id: own\ntitle: {en: Ruritania–Freedonia trade}\npartner: {en: Freedonia}\nsources:\n  R: {publisher: Ruritania Statistics Office}\n"
            .write(toFile: dir + "/\(name)/dataset.yaml", atomically: true, encoding: .utf8)
        try "series,period,value,unit,source\ntrade_total,2024,12,million USD,R\n"
            .write(toFile: dir + "/\(name)/trade.csv", atomically: true, encoding: .utf8)
        let own = try resolver.table(for: .dataset(path: name, series: "trade_total"))
        #expect(own.strings("period") == ["2024"] && own.numbers("value") == [12e6])
        #expect(throws: (any Error).self) { try resolver.table(for: .dataset(path: "no-such-dataset", series: "trade_total")) }
    }
}

import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData

/// The one per-observation chart table (`DataTable.observations`), on a pair written here: every
/// qualifier the data model knows, read by a spec's `series:` reference and by the briefing charts.
@Suite("Per-observation chart table")
struct ObservationTableTests {
    static let yaml = """
        # SYNTHETIC TEST DATA: every figure is invented for this test.
        id: peru-bolivia-table-test
        title: {en: Peru–Bolivia trade (synthetic), vi: Thương mại Peru – Bolivia (dữ liệu thử)}
        reporter: {en: Peru, vi: Peru}
        partner: {en: Bolivia, vi: Bolivia}
        currency: USD
        files: [trade.csv]
        sources:
          P1: {publisher: Synthetic Customs Office, title: Invented yearbook, date: "2024"}
        """
    static let csv = """
        series,period,value,unit,status,source
        trade_total,2019,1.10,billion USD,final,P1
        trade_total,2020,~1.20,billion USD,estimate,P1
        trade_total,2021,>1.40,billion USD,preliminary,P1
        trade_total,2022,<1.60,billion USD,final,P1
        trade_total,2023,1.70..1.90,billion USD,final,P1
        trade_total,2024,2.05,billion USD,final,P1

        """

    static func dataset(in dir: URL) throws -> Dataset {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try yaml.write(to: dir.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
        try csv.write(to: dir.appendingPathComponent("trade.csv"), atomically: true, encoding: .utf8)
        return try DatasetLoader.loadValid(path: dir.path).dataset
    }

    /// The honest columns every per-observation table shares.
    static let honest = ["period", "value", "low", "high", "status", "qualifier"]

    static func same(_ a: [Double]?, _ b: [Double]?) -> Bool {
        guard let a, let b, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    @Test("low and high are the quantity's own ends: a lower bound has low = value and no high, an upper bound the reverse")
    func endsFollowTheQuantity() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("observation-table-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let dataset = try Self.dataset(in: dir)
        let rows = try #require(dataset.series(SeriesID.tradeTotal)).preferredObservations
        let table = try DataTable.observations(rows)
        #expect(table.columnNames == Self.honest)
        for (i, row) in rows.enumerated() {
            let q = row.quantity
            let low = try #require(table.numbers("low"))[i], high = try #require(table.numbers("high"))[i]
            switch q.qualifier {
            case .atLeast: #expect(low == q.value && high.isNaN)
            case .atMost: #expect(low.isNaN && high == q.value)
            case .range: #expect(low == q.low && high == q.high && low < row.value && row.value < high)
            case .exact, .approximate: #expect(low.isNaN && high.isNaN)
            }
            #expect(table.strings("qualifier")?[i] == (q.qualifier == .exact ? "" : q.qualifier.rawValue))
        }
        #expect(Set(rows.map(\.quantity.qualifier)) == Set(Quantity.Qualifier.allCases))

        // A spec's `series:` reference and the briefing charts' tables are the same table, plus their own columns.
        let resolved = try TradeDataResolver(baseDirectory: dir.path).table(for: .dataset(path: ".", series: "trade_total"))
        let ctx = try BriefingContext(dataset: dataset, language: .en)
        let charted = try ctx.table(rows)
        for other in [resolved, charted] {
            #expect(Array(other.columnNames.prefix(Self.honest.count)) == Self.honest)
            for name in ["period", "status", "qualifier"] { #expect(other.strings(name) == table.strings(name)) }
            for name in ["value", "low", "high"] { #expect(Self.same(other.numbers(name), table.numbers(name))) }
        }
        #expect(resolved.strings("source") == rows.map(\.source))
        #expect(charted.strings("source") == rows.map { dataset.source($0.source)?.citation ?? "" })
    }

    @Test("a bound's one end changes nothing drawn: the scene is the one without it (caret, no error bar)")
    func boundEndDrawsNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("observation-table-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = try #require(try Self.dataset(in: dir).series(SeriesID.tradeTotal)).preferredObservations
        let bounds = rows.filter { $0.quantity.qualifier == .atLeast || $0.quantity.qualifier == .atMost }
        let table = try DataTable.observations(bounds)
        // The same rows with the bounds' ends taken out.
        let bare = try DataTable(columns: Self.honest.map { name -> (String, DataTable.Column) in
            switch name {
            case "low", "high": (name, .numbers(bounds.map { _ in .nan }))
            case "value": (name, .numbers(bounds.map(\.value)))
            default: (name, .text(table.strings(name) ?? []))
            }
        })
        func scene(_ t: DataTable, _ mark: MarkType) throws -> String {
            let spec = ChartSpec(title: "Bounds", data: ["t": .inline(t)],
                                 layers: [Layer(mark: mark, data: "t", x: "period", y: "value", low: "low", high: "high")])
            return try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: spec).jsonDump()
        }
        for mark in [MarkType.line, .point, .bar, .range] {
            #expect(try scene(table, mark) == scene(bare, mark), "\(mark)")
        }
    }
}

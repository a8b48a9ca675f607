import Foundation
import Testing
import TradeData

/// A dated target whose dataset states no `outcome` is judged by the figures: a deadline that has
/// passed never reads as "open", a target met early stays met, and a stated outcome always wins.
@Suite("Target outcomes read from the figures")
struct TargetOutcomeTests {
    /// Invented yearly figures (million USD): 1 bn first reached in 2018, below it again in 2020.
    static let rows = [(2016, 810), (2017, 990), (2018, 1050), (2019, 960), (2020, 880), (2021, 1010), (2022, 1240)]

    static func load(_ target: String, rows: [(Int, Int)] = rows) throws -> Target? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("outcome-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
            id: t
            title: {en: T}
            reporter: {en: Norway}
            partner: {en: Chile}
            sources:
              S: {publisher: Test office, title: Test}
            targets:
              - {id: goal, series: trade_total, source: S, \(target)}
            """.write(to: dir.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
        let csv = "series,period,value,unit,source\n" + rows.map { "trade_total,\($0.0),\($0.1),million USD,S\n" }.joined()
        try csv.write(to: dir.appendingPathComponent("trade.csv"), atomically: true, encoding: .utf8)
        return try DatasetLoader.loadValid(path: dir.path).dataset.targets.first
    }

    @Test("met when reached by the deadline, even if the deadline year fell back below it")
    func metEarly() throws {
        let target = try Self.load("level: 1 billion USD, deadline: 2020")
        #expect(target?.outcome == .met)
        #expect(target?.outcomeStated == false)
    }

    @Test("missed when nothing up to a deadline year with a figure reached the level")
    func missed() throws {
        #expect(try Self.load("level: 1.2 billion USD, deadline: 2021")?.outcome == .missed)
        #expect(try Self.load("level: 1.2 billion USD, deadline: 2020..2021")?.outcome == .missed)
    }

    @Test("open while the deadline is ahead of the figures, or its year has no figure, or no year is stated")
    func open() throws {
        #expect(try Self.load("level: 2 billion USD, deadline: 2030")?.outcome == .open)
        #expect(try Self.load("level: 2 billion USD")?.outcome == .open)
        let gap = Self.rows.filter { $0.0 != 2020 }
        #expect(try Self.load("level: 1.2 billion USD, deadline: 2020", rows: gap)?.outcome == .open)
    }

    @Test("a stated outcome is kept as the source gives it")
    func stated() throws {
        let target = try Self.load("level: 1 billion USD, deadline: 2020, outcome: missed")
        #expect(target?.outcome == .missed)
        #expect(target?.outcomeStated == true)
    }
}

import Foundation
import Testing
import TradeData

/// `level:` in dataset.yaml and `--target` read levels with one parser (`TargetText.levels`): a range
/// of levels is accepted in both and gives the same targets; `deadline_text` may be given by language.
@Suite("Target levels in dataset.yaml")
struct TargetLevelRangeTests {
    static func folder(targets: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("levels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
            id: t
            title: {en: T}
            reporter: {en: Kenya}
            partner: {en: Uganda}
            sources:
              S: {publisher: Test office, title: Test}
            targets:
            \(targets)
            """.write(to: dir.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
        try "series,period,value,unit,source\ntrade_total,2024,2.2,billion USD,S\n"
            .write(to: dir.appendingPathComponent("trade.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test("a range of levels gives the targets --target gives for the same text", arguments: ["25..30 billion USD", "25–30 tỷ USD"])
    func range(level: String) throws {
        let dir = try Self.folder(targets: "  - {id: band, series: trade_total, level: \(level), deadline: 2030, source: S}")
        defer { try? FileManager.default.removeItem(at: dir) }
        let targets = try DatasetLoader.loadValid(path: dir.path).dataset.targets
        let cli = try TargetText.parse("\(level) by 2030")
        #expect(targets.map(\.goal) == cli.map(\.goal))
        #expect(targets.map(\.goal) == [.level(25e9), .level(30e9)])
        #expect(targets.map(\.id) == ["band", "band.2"])
        #expect(targets.allSatisfy { $0.deadline == 2030...2030 })
    }

    @Test("a malformed or non-positive level is one located error", arguments: ["25..x billion USD", "0 billion USD", "~5 billion USD", "5 projects"])
    func bad(level: String) throws {
        let dir = try Self.folder(targets: "  - {id: bad, series: trade_total, level: \"\(level)\", source: S}")
        defer { try? FileManager.default.removeItem(at: dir) }
        let loaded = try DatasetLoader.load(path: dir.path)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.file.hasSuffix("dataset.yaml") == true && errors.first?.location.line == 8)
        #expect((try? TargetText.levels(level).get()) == nil, "the --target reader refuses it too")
    }

    @Test("deadline_text by language, or plain (English only)")
    func deadlineWords() throws {
        let dir = try Self.folder(targets: """
              - {id: a, series: trade_total, level: 5 billion USD, deadline_text: {en: soon, vi: sắp tới}, source: S}
              - {id: b, series: trade_total, level: 6 billion USD, deadline_text: in the coming years, source: S}
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let targets = try DatasetLoader.loadValid(path: dir.path).dataset.targets
        #expect(targets[0].deadlineWords == LocalizedText(en: "soon", vi: "sắp tới"))
        #expect(targets[1].deadlineWords == LocalizedText(en: "in the coming years"))
    }
}

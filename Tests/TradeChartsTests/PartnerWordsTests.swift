import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// A pack of an invented pair (Tests/Fixtures/partners) speaks only of that pair: no word of another
/// country in any text file, chart title, subtitle, legend, note, alt text or scene text, in en and vi.
@Suite("Packs of other pairs use their own words")
struct PartnerWordsTests {
    static let fixtures = Briefing.root.appendingPathComponent("Tests/Fixtures/partners")
    /// Country words of the shipped datasets and of each other fixture, in both languages.
    static let foreign = ["Laos", "Lào", "Lao ", "Vietnam", "Việt Nam", "Vietnamese", "Cambodia", "Campuchia",
                          "Thailand", "Thái Lan", "Kenya", "India", "Ấn Độ", "Chile", "Japan", "Nhật Bản",
                          "Morocco", "Ma-rốc", "Spain", "Tây Ban Nha", "Egypt", "Ai Cập", "Türkiye", "Thổ Nhĩ Kỳ",
                          "Peru", "Brazil", "Bangladesh", "Uganda", "Germany", "Poland", "Ba Lan"]

    static func pack(_ name: String, _ language: Language) throws -> BriefingPack {
        let dataset = try DatasetLoader.loadValid(path: fixtures.appendingPathComponent(name).path).dataset
        return try BriefingPack.make(BriefingRequest(dataset: dataset, language: language, formats: [.svg]),
                                     measurer: { ApproximateTextMeasurer() }, renderer: NoRenderer())
    }

    /// Every word a reader of the pack sees: the text files, and each chart's spec and scene text
    /// (what the SVG title, desc and drawn text are made of).
    static func texts(_ pack: BriefingPack) throws -> [(where: String, text: String)] {
        var out = pack.files.filter { !$0.name.hasSuffix(".svg") }.map { ($0.name, String(decoding: $0.contents, as: UTF8.self)) }
        let builder = ChartBuilder(measurer: ApproximateTextMeasurer())
        for chart in pack.charts {
            let scene = try builder.scene(for: chart.spec)
            out.append(("\(chart.id.rawValue) title/desc", [scene.title ?? "", scene.description ?? ""].joined(separator: "\n")))
            out.append(("\(chart.id.rawValue) text", scene.texts().map(\.text).joined(separator: "\n")))
            out.append(("\(chart.id.rawValue) caption", chart.caption))
        }
        return out
    }

    @Test("packs of invented pairs name no other country",
          arguments: [("chile-japan", ["Chile", "Japan", "Nhật Bản"]), ("kenya-india", ["Kenya", "India", "Ấn Độ"]),
                      ("morocco-spain", ["Morocco", "Ma-rốc", "Spain", "Tây Ban Nha"]),
                      ("egypt-turkey", ["Egypt", "Ai Cập", "Türkiye", "Thổ Nhĩ Kỳ"]), ("peru-brazil", ["Peru", "Brazil"]),
                      ("india-bangladesh", ["India", "Ấn Độ", "Bangladesh"]), ("kenya-uganda", ["Kenya", "Uganda"])])
    func ownWords(fixture: String, own: [String]) throws {
        for language in Language.allCases {
            let pack = try Self.pack(fixture, language)
            #expect(!pack.charts.isEmpty)
            let banned = Self.foreign.filter { !own.contains($0) }
            for (place, text) in try Self.texts(pack) {
                for word in banned { #expect(!text.contains(word), "\(fixture) \(language): '\(word)' in \(place)") }
            }
        }
    }

    @Test("exports and imports without labels are named from the reporter and partner")
    func generatedLabels() throws {
        let en = try Self.pack("chile-japan", .en).document
        #expect(en.keyFigures.map(\.label).contains("Chile's exports to Japan"))
        #expect(en.keyFigures.map(\.label).contains("Chile's imports from Japan"))
        let vi = try Self.pack("chile-japan", .vi).document
        #expect(vi.keyFigures.map(\.label).contains("Xuất khẩu của Chile sang Nhật Bản"))
        #expect(vi.keyFigures.map(\.label).contains("Nhập khẩu của Chile từ Nhật Bản"))
    }

    @Test("a yearless target acquires no year anywhere in the pack",
          arguments: [("chile-japan", "fifteen"), ("india-bangladesh", "thirty")], Language.allCases)
    func yearlessTarget(case: (fixture: String, targetId: String), language: Language) throws {
        let (fixture, targetId) = `case`
        let pack = try Self.pack(fixture, language)
        let dataset = try DatasetLoader.loadValid(path: Self.fixtures.appendingPathComponent(fixture).path).dataset
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let a = try #require(ctx.analysis)
        let otherDeadlines = Set(dataset.targets.filter { $0.id != targetId }.compactMap { $0.deadline?.upperBound })
        let fifteen = try #require(a.levelTargets.first { $0.targetId == targetId })
        #expect(fifteen.year == nil && !fifteen.yearStated)
        #expect(!a.targets.contains { $0.targetId == targetId }, "no requirement with a year")
        let level = ctx.level(fifteen.value)
        // No sentence puts "15 billion … by <year>" except as one of the shown horizons ("if by", "by 2027, 2029, 2034").
        // The shown horizons, and the years it is reached at each named rate ("đạt 30 tỷ USD vào năm 2039" at a pace).
        let horizons = Set(fifteen.horizons.map(\.year)).union(a.reachedAt.filter { $0.target == fifteen.value }.compactMap(\.year))
        let lines = try Self.texts(pack).flatMap { place, text in text.split(separator: "\n").map { (place, $0) } }
        #expect(lines.contains { $0.1.contains(level) }, "the target is spoken of")
        for (place, line) in lines where line.contains(level) {
            do {
                let pattern = language == .vi ? /vào (?:năm )?(\d{4})/ : /by (\d{4})/
                for match in line.matches(of: pattern) {
                    let year = Int(match.1) ?? 0
                    #expect(horizons.contains(year) || otherDeadlines.contains(year), "\(place): '\(line)' gives \(level) the year \(year)")
                }
            }
        }
    }
}

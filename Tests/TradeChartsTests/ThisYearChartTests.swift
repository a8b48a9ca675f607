import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData

/// The current-year tracker in the pack, on data it has not seen: invented monthly figures for
/// another pair, a bare quarterly CSV, a bare yearly CSV (no chart), and the shipped dataset.
@Suite("this-year chart and section")
struct ThisYearChartTests {
    static func dataset(_ path: String) throws -> Dataset {
        try DatasetLoader.loadValid(path: Briefing.root.appendingPathComponent(path).path).dataset
    }

    static func build(_ dataset: Dataset, _ language: BriefingLanguage = .en) throws -> (BriefingContext, [BriefingChart], [SkippedChart]) {
        let ctx = try BriefingContext(dataset: dataset, language: language)
        let built = BriefingCharts.build(ctx)
        return (ctx, built.charts, built.skipped)
    }

    static func scene(_ chart: BriefingChart) throws -> Scene {
        try ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: chart.spec)
    }

    /// Values of a column of the chart's inline table `name`.
    static func numbers(_ chart: BriefingChart, _ name: String) -> [Double] {
        guard case let .inline(table)? = chart.spec.data[name] else { return [] }
        return table.numbers("value") ?? []
    }

    @Test("monthly data of another pair: months on the axis, this year against last year's same months, the path, a projection")
    func monthly() throws {
        let (ctx, charts, _) = try Self.build(try Self.dataset("Tests/Fixtures/tracker/peru-korea"))
        let chart = try #require(charts.first { $0.id == .thisYear })
        // Independently: the fixture's months, summed.
        let y2026 = [690.0, 700, 720, 700, 710], y2025 = [820.0, 800, 850, 830, 840, 860, 700, 690, 700, 720, 690, 500]
        let cumulative = y2026.indices.map { y2026[...$0].reduce(0, +) * 1e6 }
        let prior = y2025.indices.map { y2025[...$0].reduce(0, +) * 1e6 }
        #expect(zip(Self.numbers(chart, "current"), cumulative).allSatisfy { abs($0 - $1) < 1 })
        #expect(zip(Self.numbers(chart, "prior"), prior).allSatisfy { abs($0 - $1) < 1 })
        let growth = cumulative[4] / prior[4] - 1
        #expect(chart.title == "Jan–May 2026: \(ctx.money(cumulative[4])), \(ctx.signedPercent(growth)) on the same months of 2025")
        // The path to 12 bn by 2028 from 2025's 9 bn, spread like 2025.
        let rate = pow(12.0 / 9.0, 1.0 / 3) - 1
        let path = Self.numbers(chart, "path1")
        #expect(abs((path.last ?? 0) - 9e9 * (1 + rate)) < 1)
        #expect(abs(path[0] - 9e9 * (1 + rate) * prior[0] / 9e9) < 1)
        // The projection: last year's full year at the year-to-date growth, drawn dashed to December.
        #expect(abs((Self.numbers(chart, "projection").last ?? 0) - 9e9 * (1 + growth)) < 1)
        let projection = try #require(chart.spec.layers.first { $0.data == "projection" })
        #expect(projection.style?.projection == true)
        #expect(chart.figures.contains { $0.status == "projection" && abs($0.value - 9e9 * (1 + growth)) < 1 })
        // The rest of the year needs, for the path: (path value − year to date) / (9 bn − last year's Jan–May) − 1.
        let needs = (9e9 * (1 + rate) - cumulative[4]) / (9e9 - prior[4]) - 1
        #expect(chart.spec.notes.contains { $0.contains(ctx.signedPercent(needs)) })
        let ticks = try Self.scene(chart).texts(role: "tick-label").map(\.text)
        #expect(ticks.contains("Jan") && ticks.contains("Dec"))
        // The monthly bulletin for the months, the yearbook for the full year the paths start from.
        #expect(Set((chart.spec.source ?? "").components(separatedBy: "; ")) == ["Test Customs Office monthly", "Test Customs Office"])
        // 2025 fell off in the second half: the growth title says so.
        let growthChart = try #require(charts.first { $0.id == .growth })
        let h2 = y2025[6...].reduce(0, +) / [710.0, 720, 730, 740, 700, 700].reduce(0, +) - 1
        #expect(growthChart.title.hasSuffix(", but the second half fell \(ctx.percent((abs(h2) * 100).rounded() / 100)) on a year earlier"))
    }

    @Test("a bare quarterly CSV: quarters on the axis, and the slowing third quarter in the title")
    func quarterly() throws {
        let (ctx, charts, _) = try Self.build(try Self.dataset("Tests/Fixtures/TradeData/quarterly-flow.csv"))
        let chart = try #require(charts.first { $0.id == .thisYear })
        let ticks = try Self.scene(chart).texts(role: "tick-label").map(\.text)
        #expect(["Q1", "Q2", "Q3", "Q4"].allSatisfy(ticks.contains))
        let q3 = 63.0 / 70 - 1
        #expect(chart.title.contains("the third quarter fell \(ctx.percent(abs(q3)))"))
    }

    @Test("no sub-annual figures: no chart and no section, the reason listed")
    func absent() throws {
        let dataset = try Self.dataset("Tests/Fixtures/partners/bare-trade.csv")
        let (ctx, charts, skipped) = try Self.build(dataset)
        #expect(!charts.contains { $0.id == .thisYear })
        #expect(skipped.contains { $0.id == .thisYear })
        #expect(BriefingReport(ctx).thisYearSection() == nil)
    }

    @Test("the shipped dataset, en and vi: the section states the latest figure, the rests and the paths")
    func shipped() throws {
        for language in BriefingLanguage.allCases {
            let (ctx, charts, _) = try Self.build(Briefing.dataset, language)
            #expect(charts.contains { $0.id == .thisYear })
            let section = try #require(BriefingReport(ctx).thisYearSection())
            #expect(section.paragraphs.count >= 3)
            for paragraph in section.paragraphs {
                for figure in paragraph.figures { #expect(paragraph.text.contains(figure.formatted), "\(figure.formatted) in \(paragraph.text)") }
            }
        }
    }
}

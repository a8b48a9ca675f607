import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// The current-year tracker in the pack, on data it has not seen: invented monthly figures for
/// another pair, a bare quarterly CSV, a bare yearly CSV (no chart), and the shipped dataset.
@Suite("this-year chart and section")
struct ThisYearChartTests {
    static func dataset(_ path: String) throws -> Dataset {
        try DatasetLoader.loadValid(path: Briefing.root.appendingPathComponent(path).path).dataset
    }

    static func build(_ dataset: Dataset, _ language: Language = .en) throws -> (BriefingContext, [BriefingChart], [SkippedChart]) {
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
        let dataset = try Self.dataset("Tests/Fixtures/partners/peru-korea")
        let (ctx, charts, _) = try Self.build(dataset)
        let chart = try #require(charts.first { $0.id == .thisYear })
        // Independently, from the fixture's own figures: the months of 2026 and 2025 summed, the 2025 full year.
        let series = try #require(dataset.series(SeriesID.tradeTotal))
        let months = { (year: Int) in series.preferredObservations.filter { $0.period.year == year && $0.period.monthCount == 1 }.map(\.value) }
        let y2026 = months(2026), y2025 = months(2025), y2024 = months(2024)
        #expect(y2026.count == 4 && y2025.count == 12 && y2024.count == 12)
        let full2025 = try #require(series.yearly.last { $0.period.year == 2025 }).value
        let cumulative = y2026.indices.map { y2026[...$0].reduce(0, +) }
        let prior = y2025.indices.map { y2025[...$0].reduce(0, +) }
        #expect(zip(Self.numbers(chart, "current"), cumulative).allSatisfy { abs($0 - $1) < 1 })
        #expect(zip(Self.numbers(chart, "prior"), prior).allSatisfy { abs($0 - $1) < 1 })
        let last = cumulative.count - 1
        let growth = cumulative[last] / prior[last] - 1
        #expect(chart.title == "Jan–Apr 2026: \(ctx.money(cumulative[last])), \(ctx.signedPercent(growth)) on the same months of 2025")
        // The path to the target (8 bn by 2029) from 2025's full year, spread like 2025.
        guard case let .level(level)? = dataset.targets.first?.goal, let deadline = dataset.targets.first?.deadline?.upperBound else {
            Issue.record("the fixture's target")
            return
        }
        let rate = pow(level / full2025, 1.0 / Double(deadline - 2025)) - 1
        let path = Self.numbers(chart, "path1")
        #expect(abs((path.last ?? 0) - full2025 * (1 + rate)) < 1)
        #expect(abs(path[0] - full2025 * (1 + rate) * prior[0] / full2025) < 1)
        // The projection: last year's full year at the year-to-date growth, drawn dashed to December.
        #expect(abs((Self.numbers(chart, "projection").last ?? 0) - full2025 * (1 + growth)) < 1)
        let projection = try #require(chart.spec.layers.first { $0.data == "projection" })
        #expect(projection.style?.projection == true)
        #expect(chart.figures.contains { $0.status == "projection" && abs($0.value - full2025 * (1 + growth)) < 1 })
        // The rest of the year needs, for the path: (path value − year to date) / (full year − last year's Jan–Apr) − 1.
        let needs = (full2025 * (1 + rate) - cumulative[last]) / (full2025 - prior[last]) - 1
        #expect(chart.spec.notes.contains { $0.contains(ctx.signedPercent(needs)) })
        let ticks = try Self.scene(chart).texts(role: "tick-label").map(\.text)
        #expect(ticks.contains("Jan") && ticks.contains("Dec"))
        // The monthly bulletin for the months, the yearbook for the full year the paths start from.
        let publishers = Set(dataset.sources.map(\.publisher))
        #expect(publishers.count == 2 && Set((chart.spec.source ?? "").components(separatedBy: "; ")) == publishers)
        // 2025 fell off in the second half: the growth title says so.
        let growthChart = try #require(charts.first { $0.id == .growth })
        let h2 = y2025[6...].reduce(0, +) / y2024[6...].reduce(0, +) - 1
        #expect(h2 < 0)
        #expect(growthChart.title.hasSuffix(", but the second half fell \(ctx.percent(abs(h2))) on a year earlier"))
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
        for language in Language.allCases {
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

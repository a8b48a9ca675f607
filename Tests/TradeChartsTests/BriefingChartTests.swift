import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeAnalysis
import TradeData
import NumberText

@Suite("Briefing charts")
struct BriefingChartTests {
    /// The slowdown clause a momentum title must carry, from the half-year and full-year figures:
    /// the second half against the same months a year earlier (last year's first half implied by
    /// the growth the source states beside this year's), when it is 5 points or more below the year.
    static func slowdown(_ ctx: BriefingContext, year: Int?) -> String {
        guard let trade = Briefing.dataset.series(SeriesID.tradeTotal), let whole = trade.yearly.last,
              let h1Period = Period(year: whole.period.year, startMonth: 1, endMonth: 6), let h1 = trade.preferred(at: h1Period),
              let before = whole.period.previousYear.flatMap({ trade.preferred(at: $0) }),
              let stated = StatedChange(note: h1.note) else { return "" }
        let yearGrowth = whole.value / before.value - 1
        let second = (whole.value - h1.value) / (before.value - h1.value / stated.ratio) - 1
        guard second < yearGrowth - 0.05 else { return "" }
        let size = ctx.percent((abs(second) * 100).rounded() / 100)
        let rest = year.map { "the second half of \($0)" } ?? "the second half"
        return ", but \(rest) \(second < 0 ? "fell" : "grew only") about \(size) on a year earlier"
    }

    @Test("the shipped dataset gives every standard chart in both languages", arguments: Language.allCases)
    func everyChart(language: Language) throws {
        let result = BriefingCharts.build(try BriefingContext(dataset: Briefing.dataset, language: language))
        #expect(result.charts.map(\.id) == BriefingCharts.ids)
        #expect(result.skipped.isEmpty)
    }

    @Test("no two text items overlap and every chart has a source line",
          arguments: BriefingCharts.ids.flatMap { id in Language.allCases.map { (id, $0) } })
    func noOverlaps(id: BriefingChartID, language: Language) throws {
        let (_, scene) = try Briefing.chart(id, language)
        let measurer = ApproximateTextMeasurer()
        let texts = scene.texts()
        for i in texts.indices {
            for j in texts.indices where j > i {
                let a = texts[i].bounds(measurer: measurer), b = texts[j].bounds(measurer: measurer)
                #expect(!a.overlaps(b), "'\(texts[i].text)' overlaps '\(texts[j].text)'")
            }
            let box = texts[i].bounds(measurer: measurer)
            #expect(box.minX >= 0 && box.maxX <= scene.size.width + 0.5 && box.minY >= 0 && box.maxY <= scene.size.height + 0.5,
                    "'\(texts[i].text)' leaves the canvas")
        }
        let source = scene.texts(role: "source").map(\.text).joined(separator: " ")
        #expect(source.hasPrefix(language == .vi ? "Nguồn: " : "Source: "))
    }

    /// The context the charts are built from: expected titles are computed from its analysis.
    static func context(_ language: Language = .en) throws -> BriefingContext {
        try BriefingContext(dataset: Briefing.dataset, language: language)
    }

    /// The text of the scene's first callout: the callout lines drawn after its halo, joined.
    static func firstCallout(_ scene: Scene) -> String? {
        let items = scene.flattenedItems
        guard let start = items.indices.first(where: { k in
            if case .text(let t) = items[k], t.role == "callout" { return true } else { return false }
        }) else { return nil }
        var lines: [String] = []
        for item in items[start...] {
            guard case .text(let t) = item, t.role == "callout" else { break }
            lines.append(t.text)
        }
        return lines.joined(separator: " ")
    }

    @Test("trade vs target: a line per single-level target, one dashed path per requirement plus momentum, hollow preliminary base")
    func tradeTarget() throws {
        let ctx = try Self.context()
        let a = try #require(ctx.analysis)
        let first = try #require(a.targets.first)
        let (chart, scene) = try Briefing.chart(.tradeVsTarget)
        let levels = Set(a.targets.map(\.value))
        #expect(scene.paths(role: "band").count == (levels.count > 1 ? 1 : 0), "a band only for a stated range of levels")
        let undated = a.levelTargets.filter { !$0.yearStated }
        #expect(scene.texts(role: "rule-label").count == (levels.count == 1 ? 1 : 0) + undated.count)
        for target in undated {
            #expect(scene.texts(role: "rule-label").contains { $0.text == "Target: \(ctx.money(target.value)), no year stated" })
        }
        let dashed = scene.paths(role: "line").filter { !($0.stroke?.dash ?? []).isEmpty }
        #expect(dashed.count == a.targets.count + 1)
        #expect(chart.title == "Reaching \(ctx.level(first.value)) USD by \(first.year) needs \(ctx.percent(first.requiredAnnualGrowth)) growth a year")
        // The callout may wrap (a narrow chart): its lines follow one halo, in reading order.
        #expect(Self.firstCallout(scene)
            == "\(a.base.year): \(ctx.money(a.base.value)) (\(a.base.status.rawValue)). \(ctx.level(first.value)) by \(first.year) needs \(ctx.percent(first.requiredAnnualGrowth)) a year")
        // A preliminary base is drawn hollow, and it is the last point of the reported line.
        if a.base.status != .final {
            let hollow = scene.paths(role: "point-hollow").compactMap(\.bounds).map(\.midX)
            let reportedEnd = scene.paths(role: "line").first?.bounds?.maxX ?? 0
            #expect(hollow.contains { abs($0 - reportedEnd) < 0.5 })
        }
        let yearly = try #require(Briefing.dataset.series(SeriesID.tradeTotal)).yearly
        #expect(scene.paths(role: "bound").count == yearly.filter { $0.quantity.qualifier == .atLeast || $0.quantity.qualifier == .atMost }.count)
        #expect(scene.paths(role: "range").count == yearly.filter { $0.quantity.qualifier == .range }.count)
    }

    @Test("growth: the annual goal band and the rates the dated targets need, as rules or noted off the scale")
    func growth() throws {
        let ctx = try Self.context()
        let a = try #require(ctx.analysis)
        let (chart, scene) = try Briefing.chart(.growth)
        #expect(scene.paths(role: "band").count == a.growthGoals.count, "one goal band over the years drawn: the axis ends with the data")
        for goal in a.growthGoals {
            let low = ctx.percent(goal.low).replacingOccurrences(of: "%", with: "")
            #expect(scene.texts(role: "band-label").map(\.text).contains("Annual target \(low)–\(ctx.percent(goal.high))"))
        }
        let rules = scene.texts(role: "rule-label").map(\.text)
        let offScale = chart.spec.notes.dropFirst().joined()
        for r in a.targets {
            let label = "\(ctx.level(r.value)) by \(r.year) needs \(ctx.percent(r.requiredAnnualGrowth))"
            #expect(rules.contains(label) != offScale.contains(label), "\(label) is drawn or noted, once")
        }
        let trade = try #require(Briefing.dataset.series(SeriesID.tradeTotal)).yearly.suffix(2)
        let last = try #require(trade.last), prior = try #require(trade.first)
        let rate = last.value / prior.value - 1
        #expect(chart.title == "Two-way trade \(rate < 0 ? "fell" : "grew") \(ctx.percent(abs(rate))) in \(last.period.year)"
            + Self.slowdown(ctx, year: nil))
        // A rate from a bound is marked on its bar (a caret) and in figures.csv ("at most +15%").
        let rates = chart.figures.filter { $0.unit == "rate" && $0.status != "target" && $0.figure == ctx.text.growthFigure }
        let bounded = rates.filter { $0.qualifier == "atLeast" || $0.qualifier == "atMost" }
        #expect(!bounded.isEmpty, "the shipped series has bars whose base or value is a bound")
        #expect(scene.paths(role: "bound").count == bounded.count)
        for r in rates {
            let plain = ctx.signedPercent(r.value)
            let words = ["atMost": "at most ", "atLeast": "at least ", "range": "about ", "approximate": "about "][r.qualifier] ?? ""
            #expect(r.formatted == words + plain, "\(r.period): \(r.formatted)")
        }
    }

    @Test("investment: the latest part-year figure is a hollow point over its months, apart from the full-year bar")
    func investment() throws {
        let ctx = try Self.context()
        let series = try #require(Briefing.dataset.series(SeriesID.investmentRegistered))
        let full = try #require(series.yearly.last)
        let part = try #require(series.preferredObservations.last { !$0.period.isFullYear })
        let (chart, scene) = try Briefing.chart(.investment)
        let months = ctx.text.months(part.period.startMonth, part.period.endMonth)
        #expect(chart.title == "Registered investment in \(full.period.year): \(ctx.money(full.value)) for the full year, \(ctx.money(part.value)) for \(months)")
        #expect(scene.paths(role: "span").count == 2, "the part year and the same months a year earlier")
        #expect(scene.paths(role: "point-hollow").count == 2)
        #expect(scene.texts(role: "callout").map(\.text) == ["\(ctx.periodLabel(part.period)): \(ctx.money(part.value)), not the full year"])
        let bars = scene.paths(role: "bar").compactMap(\.bounds)
        #expect(bars.count == series.yearly.count)
        // The part-year span is shorter than the year the full-year bar stands for.
        let span = scene.paths(role: "span").compactMap(\.bounds).map(\.width).max() ?? 0
        let year = (bars.map(\.midX).max() ?? 0) - (bars.map(\.midX).sorted().dropLast().last ?? 0)
        #expect(span < year * 0.95)
    }

    @Test("exports and imports: years with neither marked n/a, the balance of the latest year with both in the title")
    func exportsImports() throws {
        let ctx = try Self.context()
        let ex = try #require(Briefing.dataset.series(SeriesID.exports)).yearly
        let im = try #require(Briefing.dataset.series(SeriesID.imports)).yearly
        let years = Set(ex.map(\.period.year)).union(im.map(\.period.year))
        let missing = (years.min()!...years.max()!).filter { !years.contains($0) }
        let (chart, scene) = try Briefing.chart(.exportsImports)
        #expect(scene.texts(role: "label").map(\.text) == missing.map { _ in "n/a" })
        let both = try #require(ex.last { e in im.contains { $0.period == e.period } })
        let balance = both.value - (im.first { $0.period == both.period }?.value ?? 0)
        // Parts that do not add up to the total (rounded) make the balance approximate.
        let total = try #require(Briefing.dataset.series(SeriesID.tradeTotal)?.preferred(at: both.period))
        let imported = try #require(im.first { $0.period == both.period })
        let about = abs(both.value + imported.value - total.value) > 0.001 * total.value ? "about " : ""
        #expect(chart.title == "\(balance < 0 ? "Imports exceed exports" : "Exports exceed imports"): a balance of \(about)\(ctx.money(balance)) in \(both.period.year)")
    }

    @Test("scenarios: one dashed path per scenario, the fan, and the targets it talks about")
    func scenarios() throws {
        let ctx = try Self.context()
        let s = try #require(ctx.scenarios)
        let (chart, scene) = try Briefing.chart(.scenarios)
        #expect(scene.paths(role: "line").filter { !($0.stroke?.dash ?? []).isEmpty }.count == s.scenarios.count)
        let a = try #require(ctx.analysis)
        let dated = Set(a.targets.map(\.value)), undated = a.levelTargets.filter { !$0.yearStated }
        #expect(scene.paths(role: "band").count == 2 + (dated.count > 1 ? 1 : 0), "the two fan ranges, and a band only for a range of levels")
        #expect(scene.texts(role: "rule-label").count == (dated.count == 1 ? 1 : 0) + undated.count, "every target as a line")
        let momentum = try #require(s.scenarios.first { $0.rate == .momentum })
        let reach = try #require(momentum.reached.first { $0.year != nil })
        let rate = try #require(momentum.points.dropFirst().first?.growth)
        #expect(chart.title == "At last year's pace (\(ctx.percent(rate)) a year) trade reaches \(ctx.level(reach.target)) USD in \(reach.year ?? 0)"
            + Self.slowdown(ctx, year: a.base.year))
    }

    @Test("Vietnamese: natural sentences and Vietnamese number formats")
    func vietnamese() throws {
        let ctx = try Self.context(.vi)
        let first = try #require(ctx.analysis?.targets.first)
        let (chart, _) = try Briefing.chart(.tradeVsTarget, .vi)
        #expect(chart.title == "Để đạt \(ctx.level(first.value)) USD vào năm \(first.year) cần tăng trưởng \(ctx.percent(first.requiredAnnualGrowth))/năm")
        #expect(ctx.percent(first.requiredAnnualGrowth).contains(","), "a decimal comma")
    }

    @Test("every figure a chart shows names its source")
    func figuresHaveSources() throws {
        for chart in try Briefing.charts(.en) {
            #expect(!chart.figures.isEmpty)
            for f in chart.figures { #expect(!f.source.isEmpty && !f.sourceDetail.isEmpty, "\(chart.id): \(f.figure)") }
        }
    }

    @Test("a dataset without targets or investment skips those charts and says why")
    func degrades() throws {
        let path = Briefing.root.appendingPathComponent("examples/datasets/imf-dots-vietnam").path
        let dataset = try DatasetLoader.loadValid(path: path).dataset
        let result = BriefingCharts.build(try BriefingContext(dataset: dataset, language: .en))
        // Without targets the sensitivity grid still shows the value by rate and year; the reach-year chart needs a target.
        #expect(result.charts.map(\.id) == [.exportsImports, .growth, .scenarios, .sensitivity])
        #expect(result.skipped.contains { $0.id == .reachYears })
        #expect(result.skipped.first { $0.id == .investment }?.reason == "the dataset has no 'investment_registered' series")
    }

    @Test("the committed specs in charts/briefing are what the shipped dataset generates")
    func committedSpecs() throws {
        for chart in try Briefing.charts(.en) {
            let file = Briefing.root.appendingPathComponent("charts/briefing/\(chart.id.rawValue).yaml")
            let committed = try String(contentsOf: file, encoding: .utf8)
            #expect(committed == (try chart.spec.yaml()), "charts/briefing/\(chart.id).yaml is out of date: run 'make charts'")
            _ = try ChartSpec.decode(yaml: committed, file: file.path)
        }
    }
}

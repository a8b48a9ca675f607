import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData

@Suite("Briefing charts")
struct BriefingChartTests {
    @Test("the shipped dataset gives every standard chart in both languages", arguments: BriefingLanguage.allCases)
    func everyChart(language: BriefingLanguage) throws {
        let result = BriefingCharts.build(try BriefingContext(dataset: Briefing.dataset, language: language))
        #expect(result.charts.map(\.id) == BriefingCharts.ids)
        #expect(result.skipped.isEmpty)
    }

    @Test("no two text items overlap and every chart has a source line",
          arguments: BriefingCharts.ids.flatMap { id in BriefingLanguage.allCases.map { (id, $0) } })
    func noOverlaps(id: BriefingChartID, language: BriefingLanguage) throws {
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

    @Test("trade vs target: the target band, one dashed path per requirement plus momentum, hollow preliminary 2025")
    func tradeTarget() throws {
        let (chart, scene) = try Briefing.chart(.tradeVsTarget)
        #expect(scene.paths(role: "band").count == 1)
        let dashed = scene.paths(role: "line").filter { !($0.stroke?.dash ?? []).isEmpty }
        #expect(dashed.count == 5)
        #expect(chart.title == "Reaching 5 billion USD by 2027 needs 29.5% growth a year")
        #expect(scene.texts(role: "callout").first?.text == "2025: 2.98 billion USD (preliminary). 5 billion by 2027 needs 29.5% a year")
        // 2025 is preliminary: drawn hollow, and it is the last point of the reported line.
        let hollow = scene.paths(role: "point-hollow").compactMap(\.bounds).map(\.midX)
        let reportedEnd = scene.paths(role: "line").first?.bounds?.maxX ?? 0
        #expect(hollow.contains { abs($0 - reportedEnd) < 0.5 })
        #expect(scene.paths(role: "bound").count == 1, "2018 is a lower bound")
        #expect(scene.paths(role: "range").count == 1, "2019 is a range of estimates")
    }

    @Test("growth: the 10–15% goal band and the required rates as rules; 83.2% noted as off the scale")
    func growth() throws {
        let (chart, scene) = try Briefing.chart(.growth)
        #expect(scene.paths(role: "band").count == 1, "one goal band over the years drawn: the axis ends with the data")
        #expect(scene.texts(role: "band-label").map(\.text) == ["Annual target 10–15%"])
        #expect(scene.texts(role: "rule-label").map(\.text) == ["5 billion by 2027 needs 29.5%", "5 billion by 2028 needs 18.8%",
                                                                  "10 billion by 2028 needs 49.7%"])
        #expect(chart.spec.notes.contains("Off the scale: 10 billion by 2027 needs 83.2%."))
        #expect(chart.title == "Two-way trade grew 32.4% in 2025")
    }

    @Test("investment: January–November 2025 is a hollow point over its months, apart from the full-year bar")
    func investment() throws {
        let (chart, scene) = try Briefing.chart(.investment)
        #expect(chart.title == "Registered investment in 2025: 757.9 million USD for the full year, 590.3 million USD for Jan–Nov")
        #expect(scene.paths(role: "span").count == 2, "Jan–Nov 2024 and Jan–Nov 2025")
        #expect(scene.paths(role: "point-hollow").count == 2)
        #expect(scene.texts(role: "callout").map(\.text) == ["Jan–Nov 2025: 590.3 million USD, not the full year"])
        let bars = scene.paths(role: "bar").compactMap(\.bounds)
        #expect(bars.count == 5)
        // The part-year span is shorter than the year the full-year bar stands for.
        let span = scene.paths(role: "span").compactMap(\.bounds).map(\.width).max() ?? 0
        let year = (bars.map(\.midX).max() ?? 0) - (bars.map(\.midX).sorted().dropLast().last ?? 0)
        #expect(span < year * 0.95)
        #expect(chart.spec.notes.first == "Cumulative registered capital: more than 6.21 billion USD (Dec 2025); 274 valid projects (Nov 2025).")
    }

    @Test("exports and imports: missing years marked n/a, 2025 bars hollow (VTC News only)")
    func exportsImports() throws {
        let (chart, scene) = try Briefing.chart(.exportsImports)
        #expect(scene.texts(role: "label").map(\.text) == ["n/a", "n/a"])
        #expect(chart.title == "Imports exceed exports: a balance of −800 million USD in 2025")
        let hollowBars = scene.paths(role: "bar").filter { $0.stroke != nil }
        #expect(hollowBars.count == 2)
    }

    @Test("scenarios: one dashed path per scenario, the fan and the target band")
    func scenarios() throws {
        let (chart, scene) = try Briefing.chart(.scenarios)
        #expect(scene.paths(role: "band").count == 3, "two fan ranges and the target band")
        #expect(scene.paths(role: "line").filter { !($0.stroke?.dash ?? []).isEmpty }.count == 5)
        #expect(chart.title == "At last year's pace (32.4% a year) trade reaches 5 billion USD in 2027")
    }

    @Test("Vietnamese: natural sentences and Vietnamese number formats")
    func vietnamese() throws {
        let (chart, _) = try Briefing.chart(.tradeVsTarget, .vi)
        #expect(chart.title == "Để đạt 5 tỷ USD vào năm 2027 cần tăng trưởng 29,5%/năm")
        let (investment, _) = try Briefing.chart(.investment, .vi)
        #expect(investment.title == "Vốn đầu tư đăng ký năm 2025: 757,9 triệu USD cả năm, 590,3 triệu USD trong tháng 1–11")
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
        #expect(result.charts.map(\.id) == [.exportsImports, .growth, .scenarios])
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

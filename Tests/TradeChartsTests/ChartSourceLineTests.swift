import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// A chart's source line names the publishers of the figures it draws or derives, and no others
/// (#12 item 10): checked on the shipped dataset and on invented pairs, in every language.
@Suite("Chart source lines come from the figures drawn")
struct ChartSourceLineTests {
    static let pairs = ["shipped", "kenya-uganda", "india-bangladesh", "peru-korea", "morocco-spain", "chile-japan"]

    static func dataset(_ name: String) throws -> Dataset {
        if name == "shipped" { return Briefing.dataset }
        return try NewPairsPackTests.dataset(name)
    }

    /// The publishers the line names, matched against `drawn`, and the count its "and N more" tail gives.
    static func read(_ line: String, drawn: [String]) -> (named: [String], more: Int, rest: String) {
        var head = line
        var more = 0
        if let match = line.firstMatch(of: /; (?:and|và) (\d+)\s/) {
            more = Int(match.1) ?? 0
            head = String(line[..<match.range.lowerBound])
        }
        var named: [String] = []
        // Longest names first, so "VietnamPlus" does not take its part of "VietnamPlus (MoIT)".
        for name in drawn.sorted(by: { $0.count > $1.count }) {
            if let range = head.range(of: name) {
                named.append(name)
                head.replaceSubrange(range, with: "")
            }
        }
        let rest = head.replacingOccurrences(of: ";", with: "").trimmingCharacters(in: .whitespaces)
        return (named, more, rest)
    }

    @Test("every publisher drawn is named (or counted in 'and N more') and nothing else is",
          arguments: pairs, Language.allCases)
    func namesExactlyTheDrawnSources(pair: String, language: Language) throws {
        let ctx = try BriefingContext(dataset: try Self.dataset(pair), language: language)
        let charts = BriefingCharts.build(ctx).charts
        #expect(!charts.isEmpty)
        for chart in charts {
            var drawn: [String] = []
            for key in chart.figures.flatMap(\.sourceKeys) where !drawn.contains(ctx.publisher(key)) {
                drawn.append(ctx.publisher(key))
            }
            let line = chart.spec.source ?? ""
            if drawn.isEmpty {
                #expect(line.isEmpty, "\(pair) \(chart.id): no figure has a source, yet the line says '\(line)'")
                continue
            }
            let read = Self.read(line, drawn: drawn)
            #expect(read.rest.isEmpty, "\(pair) \(chart.id): the line names '\(read.rest)', which no figure drawn cites")
            #expect(read.named.count + read.more == drawn.count,
                    "\(pair) \(chart.id): \(drawn.count) publishers drawn, the line names \(read.named.count) and \(read.more) more")
        }
    }

    @Test("the required-growth chart cites the base figure and the targets it computes rates for",
          arguments: pairs)
    func requiredGrowthCitesBaseAndTargets(pair: String) throws {
        let dataset = try Self.dataset(pair)
        let ctx = try BriefingContext(dataset: dataset, language: .en)
        let chart = try #require(BriefingCharts.build(ctx).charts.first { $0.id == .requiredGrowth })
        let analysis = try #require(ctx.analysis)
        let line = chart.spec.source ?? ""
        let truncated = line.contains(" more (see figures.csv)")
        // The base figure: the latest full-year observation of the analysed series, found in the data.
        let base = try #require(dataset.series(ctx.series)?.yearly.last { $0.period.year == analysis.base.year })
        #expect(truncated || line.contains(ctx.publisher(base.source)), "\(pair): base source missing from '\(line)'")
        let targetSources = Set(analysis.targets.compactMap { t in dataset.targets.first { $0.id == t.targetId }?.source })
            .filter { !$0.isEmpty }
        for key in targetSources {
            #expect(truncated || line.contains(ctx.publisher(key)), "\(pair): target source \(key) missing from '\(line)'")
        }
    }
}

import ChartKit
import TradeAnalysis
import TradeData

/// One chart of the briefing pack: its spec (inline data, localised words), its caption and alt
/// text, and every number it shows with its source.
public struct BriefingChart: Sendable {
    public var id: BriefingChartID
    public var spec: ChartSpec
    /// One or two sentences under the chart in documents.
    public var caption: String
    public var figures: [BriefingFigure]

    public var title: String { spec.title ?? id.rawValue }
    public var alt: String { spec.alt ?? title }
}

/// A chart left out of the pack, with the reason (a missing series, no targets, ...).
public struct SkippedChart: Sendable, Hashable {
    public var id: BriefingChartID
    public var reason: String
}

/// Why a chart cannot be drawn from this dataset.
struct ChartSkip: Error {
    var reason: String
}

/// The standard briefing charts, in reading order: the raw value is the file stem and anchor.
public enum BriefingChartID: String, CaseIterable, Sendable, Hashable {
    case tradeVsTarget = "trade-vs-target"
    case thisYear = "this-year"
    case exportsImports = "exports-imports"
    case growth
    case investment
    case investmentStock = "investment-stock"
    case scenarios
    case reachYears = "reach-years"
    case sensitivity
    case requiredGrowth = "required-growth"
    case pastTargets = "past-targets"
}

/// The standard briefing charts.
public enum BriefingCharts {
    /// Every standard chart id, in the order the report shows them.
    public static var ids: [BriefingChartID] { BriefingChartID.allCases }

    /// Every chart the dataset supports, made for `chartSize` (see `BriefingPack.sized(_:to:)`),
    /// and the others with the reason they were skipped.
    public static func build(_ ctx: BriefingContext, chartSize: ChartSize = BriefingPack.defaultChartSize)
        -> (charts: [BriefingChart], skipped: [SkippedChart]) {
        var charts: [BriefingChart] = []
        var skipped: [SkippedChart] = []
        for id in BriefingChartID.allCases {
            do {
                var chart = try chart(id, ctx)
                chart.spec.size = BriefingPack.sized(chart.spec.size, to: chartSize)
                charts.append(chart)
            } catch let skip as ChartSkip {
                skipped.append(SkippedChart(id: id, reason: skip.reason))
            } catch {
                skipped.append(SkippedChart(id: id, reason: String(describing: error)))
            }
        }
        return (charts, skipped)
    }

    /// The chart `id` with its source line computed from its figures: the publishers of every
    /// observation and target it draws or derives a number from (`citedKeys`), and no other.
    static func chart(_ id: BriefingChartID, _ ctx: BriefingContext) throws -> BriefingChart {
        var chart = try drawn(id, ctx)
        let line = ctx.sourceLine(citedKeys(chart.figures))
        chart.spec.source = line.isEmpty ? nil : line
        return chart
    }

    /// The source keys a chart cites, from its figures (each figure's own source or, for a computed
    /// figure, the observations it is computed from): most recent first by the latest period of the
    /// figures citing them; keys cited only by targets (whose periods are deadlines) after them.
    static func citedKeys(_ figures: [BriefingFigure]) -> [String] {
        var latest: [String: Int] = [:]
        var order: [String] = []
        for figure in figures {
            let year = figure.status == "target" ? nil : latestYear(figure.period)
            for key in figure.sourceKeys {
                if !order.contains(key) { order.append(key) }
                if let year { latest[key] = max(latest[key] ?? year, year) }
            }
        }
        let dated = order.filter { latest[$0] != nil }.enumerated()
            .sorted { a, b in
                let (ya, yb) = (latest[a.element] ?? 0, latest[b.element] ?? 0)
                return ya != yb ? ya > yb : a.offset > b.offset
            }.map(\.element)
        return dated + order.filter { latest[$0] == nil }
    }

    /// The latest year a figure's period names (`2025`, `2020→2025`, `2025-01..2025-11`); nil when none.
    static func latestYear(_ period: String) -> Int? {
        var years: [Int] = [], digits = ""
        for c in period + " " {
            if c.isASCII, c.isNumber { digits.append(c); continue }
            if digits.count == 4, let y = Int(digits) { years.append(y) }
            digits = ""
        }
        return years.max()
    }

    static func drawn(_ id: BriefingChartID, _ ctx: BriefingContext) throws -> BriefingChart {
        switch id {
        case .tradeVsTarget: try tradeTarget(ctx)
        case .thisYear: try thisYear(ctx)
        case .exportsImports: try exportsImports(ctx)
        case .growth: try growth(ctx)
        case .investment: try investment(ctx)
        case .investmentStock: try investmentStock(ctx)
        case .scenarios: try scenarios(ctx)
        case .reachYears: try reachYears(ctx)
        case .sensitivity: try sensitivity(ctx)
        case .requiredGrowth: try requiredGrowth(ctx)
        case .pastTargets: try pastTargets(ctx)
        }
    }

    /// The series `id`, or a skip naming it.
    static func series(_ id: SeriesID, _ ctx: BriefingContext) throws -> Series {
        guard let s = ctx.dataset.series(id), !s.observations.isEmpty else {
            throw ChartSkip(reason: ctx.text.t("the dataset has no '\(id)' series"))
        }
        return s
    }

    /// The analysis, or a skip with the reason.
    static func analysis(_ ctx: BriefingContext) throws -> TargetAnalysisView {
        guard let a = ctx.analysis, let s = ctx.scenarios else {
            throw ChartSkip(reason: ctx.analysisGap ?? "no analysis")
        }
        return TargetAnalysisView(target: a, scenarios: s)
    }
}

/// The two analyses together, for charts that need both.
struct TargetAnalysisView {
    var target: TargetAnalysis
    var scenarios: ScenarioAnalysis
}

import ChartKit
import TradeAnalysis
import TradeData

/// One chart of the briefing pack: its spec (inline data, localised words), its caption and alt
/// text, and every number it shows with its source.
public struct BriefingChart: Sendable {
    /// File stem and anchor: `trade-vs-target`.
    public var id: String
    public var spec: ChartSpec
    /// One or two sentences under the chart in documents.
    public var caption: String
    public var figures: [BriefingFigure]

    public var title: String { spec.title ?? id }
    public var alt: String { spec.alt ?? title }
}

/// A chart left out of the pack, with the reason (a missing series, no targets, ...).
public struct SkippedChart: Sendable, Hashable {
    public var id: String
    public var reason: String
}

/// Why a chart cannot be drawn from this dataset.
struct ChartSkip: Error {
    var reason: String
}

/// The standard briefing charts, in reading order.
public enum BriefingCharts {
    /// Every standard chart id, in the order the report shows them.
    public static let ids = ["trade-vs-target", "exports-imports", "growth", "investment", "scenarios",
                             "reach-years", "sensitivity", "required-growth", "past-targets"]

    /// Every chart the dataset supports, and the others with the reason they were skipped.
    public static func build(_ ctx: BriefingContext) -> (charts: [BriefingChart], skipped: [SkippedChart]) {
        var charts: [BriefingChart] = []
        var skipped: [SkippedChart] = []
        for id in ids {
            do {
                charts.append(try chart(id, ctx))
            } catch let skip as ChartSkip {
                skipped.append(SkippedChart(id: id, reason: skip.reason))
            } catch {
                skipped.append(SkippedChart(id: id, reason: String(describing: error)))
            }
        }
        return (charts, skipped)
    }

    static func chart(_ id: String, _ ctx: BriefingContext) throws -> BriefingChart {
        switch id {
        case "trade-vs-target": return try tradeTarget(ctx)
        case "exports-imports": return try exportsImports(ctx)
        case "growth": return try growth(ctx)
        case "investment": return try investment(ctx)
        case "scenarios": return try scenarios(ctx)
        case "reach-years": return try reachYears(ctx)
        case "sensitivity": return try sensitivity(ctx)
        case "required-growth": return try requiredGrowth(ctx)
        default: return try pastTargets(ctx)
        }
    }

    /// The series `id`, or a skip naming it.
    static func series(_ id: String, _ ctx: BriefingContext) throws -> Series {
        guard let s = ctx.dataset.series(id), !s.observations.isEmpty else {
            throw ChartSkip(reason: ctx.text.t("the dataset has no '\(id)' series", "bộ dữ liệu không có chuỗi '\(id)'"))
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

import ChartScene
import NumberText

/// A continuous mapping from domain units to pixels.
enum AxisMap: Sendable {
    case linear(LinearScale)
    case log(LogScale)

    func callAsFunction(_ v: Double) -> Double {
        switch self {
        case .linear(let s): return s(v)
        case .log(let s): return s(v)
        }
    }
}

/// What the marks need to place themselves.
struct PlotContext {
    let rect: Rect
    let x: AxisMap
    let y: AxisMap
    let xType: XScaleType
    let theme: Theme
    let language: Language
    let labelStyle: NumberStyle
    let measurer: any TextMeasurer
    /// The chart's source line ("Source: …"), for data rows without a citation of their own.
    var source: String? = nil

    func px(_ v: Double) -> Double { x(v) }
    func py(_ v: Double) -> Double { y(v) }

    /// Pixel y of the value 0 (the bottom of the plot on a log axis), clamped to the plot.
    var baseline: Double {
        if case .log = y { return rect.maxY }
        return min(max(py(0), rect.minY), rect.maxY)
    }

    /// Pixels per domain unit along x (one year on a period axis).
    var pixelsPerUnit: Double { abs(px(1) - px(0)) }

    func color(_ s: SeriesData) -> Color {
        let base = s.style.color.flatMap(Color.init(hexString:)) ?? theme.seriesColor(s)
        return s.style.opacity.map { base.withAlpha(max(0, min(1, $0))) } ?? base
    }
}

/// Stack positions: for each series of a stacked layer, the base and top of each row.
enum Stacking {
    /// Positive values stack upwards from 0 and negative values downwards, per x value,
    /// in series order. Missing values take no room.
    static func stack(_ series: [SeriesData]) -> [[(base: Double, top: Double)]] {
        var positive: [Double: Double] = [:], negative: [Double: Double] = [:]
        return series.map { s in
            s.y.indices.map { i in
                let v = s.y[i], key = s.x[i]
                guard v.isFinite else { return (Double.nan, Double.nan) }
                if v >= 0 {
                    let base = positive[key, default: 0]
                    positive[key] = base + v
                    return (base, base + v)
                }
                let base = negative[key, default: 0]
                negative[key] = base + v
                return (base, base + v)
            }
        }
    }
}

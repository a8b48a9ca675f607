import ChartScene
import Foundation
import NumberText

/// The finest period of a chart's data: months and quarters are periods of their own.
enum PeriodGranularity: Equatable {
    case year, half, quarter, month

    /// The length of one period in years.
    var length: Double {
        switch self {
        case .year: return 1
        case .half: return 0.5
        case .quarter: return 0.25
        case .month: return 1.0 / 12
        }
    }

    /// Periods kept per tick when labels must be thinned (every period, every second, ...).
    var steps: [Int] {
        switch self {
        case .year: return [1]
        case .half: return [1, 2]
        case .quarter: return [1, 2, 4]
        case .month: return [1, 2, 3, 6, 12]
        }
    }
}

extension ChartBuilder {
    /// The shortest non-cumulative period among the series' data points (a year when there is
    /// none); bands and rules, whose ends only bound a window, and text, placed at a period
    /// without being a figure of it, do not count.
    static func granularity(_ series: [SeriesData]) -> PeriodGranularity {
        var shortest = 1.0
        for s in series where s.usesPeriods && !s.xLo.isEmpty && ![.band, .rule, .text].contains(s.layer.mark) {
            for i in s.xLo.indices where !(i < s.cumulative.count && s.cumulative[i]) && s.x[i].isFinite {
                shortest = min(shortest, s.xHi[i] - s.xLo[i])
            }
        }
        if shortest < 0.1 { return .month }
        if shortest < 0.3 { return .quarter }
        if shortest < 0.6 { return .half }
        return .year
    }

    /// The name of part `part` (1-based) of a year: "Q2", "H1", "Jan" (vi "T1").
    static func periodName(_ granularity: PeriodGranularity, part: Int, language: Language) -> String {
        switch granularity {
        case .year: return ""
        case .half: return "H\(part)"
        case .quarter: return "Q\(part)"
        case .month:
            if language == .vi { return "T\(part)" }
            let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return names[max(0, min(11, part - 1))]
        }
    }

    /// Ticks at the middle of each month, quarter or half in `domain`, labelled with the period's
    /// name and, under the first one and under each first period of a year, the year ("Q1" /
    /// "2025"); thinned to every 2nd, 3rd, ... period (never to one a year) until labels are 10 px
    /// apart. Nil when even the thinnest set does not fit (the caller falls back to years).
    func subAnnualAxis(domain: ClosedRange<Double>, granularity: PeriodGranularity, language: Language,
                       map: AxisMap, font: Font) -> (ticks: [(value: Double, label: String)], lines: [[String]])? {
        let per = granularity.length
        let first = Int((domain.lowerBound / per - 1e-6).rounded(.up))
        let last = Int((domain.upperBound / per + 1e-6).rounded(.down)) - 1
        guard first <= last, last - first < 2000 else { return nil }
        let periods: [(start: Double, year: Int, part: Int)] = (first...last).map { k in
            let start = Double(k) * per
            let year = Int((start + 1e-6).rounded(.down))
            let part = Int(((start - Double(year)) / per).rounded()) + 1
            return (start, year, part)
        }
        // A tick a year only would write "Jan" (or "Q1") under every year: the year axis says it better.
        for step in granularity.steps where step == 1 || Double(step) * per < 0.999 {
            let kept = periods.filter { ($0.part - 1) % step == 0 }
            guard !kept.isEmpty else { continue }
            var ticks: [(value: Double, label: String)] = []
            var lines: [[String]] = []
            for (k, p) in kept.enumerated() {
                let name = Self.periodName(granularity, part: p.part, language: language)
                let label = language == .vi && granularity == .month ? "\(name)/\(p.year)" : "\(name) \(p.year)"
                ticks.append((p.start + per / 2, label))
                lines.append(k == 0 || p.part == 1 ? [name, String(p.year)] : [name])
            }
            let boxes = zip(ticks, lines).map { t, ls -> (Double, Double) in
                let w = ls.map { measurer.measure($0, font: font).width }.max() ?? 0
                return (map(t.value) - w / 2, map(t.value) + w / 2)
            }
            if zip(boxes, boxes.dropFirst()).allSatisfy({ $1.0 - $0.1 >= 10 }) { return (ticks, lines) }
        }
        return nil
    }

    /// Year starts strictly inside `domain` (marked on sub-annual axes).
    static func yearBoundaries(_ domain: ClosedRange<Double>) -> [Double] {
        let a = Int((domain.lowerBound + 1e-6).rounded(.up)), b = Int((domain.upperBound - 1e-6).rounded(.down))
        guard a <= b, b - a < 1000 else { return [] }
        return (a...b).map(Double.init).filter { $0 > domain.lowerBound + 1e-6 && $0 < domain.upperBound - 1e-6 }
    }

    /// The note explaining part-year marks, e.g. "Hollow or hatched: Jan–Nov 2025 year-to-date
    /// total, not a full year."; nil when no part-year value is drawn.
    static func partYearNote(_ series: [SeriesData], language: Language) -> String? {
        for s in series {
            guard let i = s.x.indices.first(where: { s.isPartial($0) && s.y[$0].isFinite }) else { continue }
            let year = Int((s.xLo[i] + 1e-6).rounded(.down))
            let m0 = Int(((s.xLo[i] - Double(year)) * 12).rounded()) + 1
            let m1 = Int(((s.xHi[i] - Double(year)) * 12).rounded())
            let a = periodName(.month, part: m0, language: language), b = periodName(.month, part: m1, language: language)
            let months = m0 == m1 ? a : "\(a)–\(b)"
            return language == .vi
                ? "Điểm rỗng hoặc cột gạch chéo: số lũy kế \(months)/\(year), chưa phải cả năm."
                : "Hollow or hatched marks: year-to-date totals (\(months) \(year)), not full years."
        }
        return nil
    }
}

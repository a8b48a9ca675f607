import Foundation

/// The extents of the data along x and y.
extension ChartBuilder {
    /// The x extent in domain units: the data and annotations, within the spec's `x.domain`
    /// when it gives one (so the axis never runs on past the last thing drawn).
    func xDomain(_ spec: ChartSpec, series: [SeriesData], xType: XScaleType, categories: inout [String]) -> ClosedRange<Double> {
        if xType == .band { return -0.5...(Double(max(categories.count, 1)) - 0.5) }
        let content = contentDomain(spec, series: series, xType: xType, categories: &categories)
        if let d = spec.x.domain, d.count == 2,
           let a = Self.xSpan(d[0].text, type: xType, categories: &categories),
           let b = Self.xSpan(d[1].text, type: xType, categories: &categories), a.0 < b.2 {
            let lo = max(a.0, content.lowerBound), hi = min(b.2, content.upperBound)
            return lo < hi ? lo...hi : a.0...b.2
        }
        return content
    }

    /// Series cut to the spec's `x.domain`: rows outside it are left out, and a line, area or
    /// band that runs on past the end gets a last row interpolated at the edge (a line is then
    /// drawn with an arrow there), so one long path does not stretch the axes.
    static func cut(_ series: [SeriesData], to domain: ClosedRange<Double>) -> [SeriesData] {
        series.map { s in
            let inside = s.x.indices.filter { s.x[$0] >= domain.lowerBound - 1e-9 && s.x[$0] <= domain.upperBound + 1e-9 }
            guard inside.count < s.count else { return s }
            var edge: (Int, Int, Double)?
            if [.line, .area, .band].contains(s.layer.mark), let last = inside.last, last + 1 < s.count,
               s.x[last + 1] > domain.upperBound, s.y[last].isFinite, s.y[last + 1].isFinite,
               s.x[last] < domain.upperBound - 1e-9 {
                edge = (last, last + 1, domain.upperBound)
            }
            return s.cut(keeping: inside, edge: edge)
        }
    }

    /// The extent of the data and the annotations.
    private func contentDomain(_ spec: ChartSpec, series: [SeriesData], xType: XScaleType, categories: inout [String]) -> ClosedRange<Double> {
        var lo = Double.infinity, hi = -Double.infinity
        for s in series {
            let los = s.xLo.isEmpty ? s.x : s.xLo, his = s.xHi.isEmpty ? s.x : s.xHi
            for v in los where v.isFinite { lo = min(lo, v) }
            for v in his where v.isFinite { hi = max(hi, v) }
        }
        for a in spec.annotations {
            for cell in [a.x, a.x0, a.x1].compactMap({ $0 }) {
                if let span = Self.xSpan(cell.text, type: xType, categories: &categories) {
                    lo = min(lo, span.0); hi = max(hi, span.2)
                }
            }
        }
        guard lo.isFinite, hi.isFinite else { return xType == .log ? 1...10 : 0...1 }
        if xType == .linear || xType == .log, series.contains(where: { $0.layer.mark == .bar }) {
            let half = Self.minimumGap(series.filter { $0.layer.mark == .bar }) / 2
            lo -= half; hi += half
        }
        if lo == hi { return xType == .log ? lo / 10...hi * 10 : lo - 1...hi + 1 }
        return lo...hi
    }

    /// The smallest distance between distinct x values of `series` (1 when there is none).
    static func minimumGap(_ series: [SeriesData]) -> Double {
        let xs = Array(Set(series.flatMap(\.x).filter(\.isFinite))).sorted()
        return zip(xs, xs.dropFirst()).map { $1 - $0 }.min() ?? 1
    }

    /// The y values the axis must show: data (stacked where stacked), ranges and annotations.
    func yExtent(_ spec: ChartSpec, series: [SeriesData]) -> (lo: Double, hi: Double, forceZero: Bool) {
        var lo = Double.infinity, hi = -Double.infinity
        func add(_ v: Double) { if v.isFinite { lo = min(lo, v); hi = max(hi, v) } }
        for (layerIndex, layer) in spec.layers.enumerated() {
            let own = series.filter { $0.layerIndex == layerIndex }
            if layer.stack == true, layer.mark == .bar || layer.mark == .area {
                for rows in Stacking.stack(own) { for r in rows { add(r.base); add(r.top) } }
            } else {
                for s in own {
                    for v in s.y { add(v) }
                    for v in s.y2 { add(v) }
                    for v in s.low { add(v) }
                    for v in s.high { add(v) }
                }
            }
        }
        for a in spec.annotations {
            for v in [a.y, a.y0, a.y1].compactMap({ $0 }) { add(v) }
        }
        if !lo.isFinite { lo = 0; hi = 1 }
        let filled = spec.layers.contains { $0.mark == .bar || $0.mark == .area }
        let zero: Bool
        switch spec.y.zero {
        case .some(let z): zero = z || filled
        case nil: zero = filled || (lo >= 0 && lo <= hi * 0.5) || (hi <= 0 && hi >= lo * 0.5)
        }
        return (lo, hi, zero)
    }
}

import ChartScene

/// Reduces a dense polyline to the pixel grid: per pixel column it keeps the first, lowest,
/// highest and last point (in input order), so extremes, first and last survive and the drawn
/// line looks the same while the path holds at most four points per column.
///
/// - Complexity: O(n), one pass, no sorting.
enum PixelReducer {
    /// Points of `xs`/`ys` (pixel coordinates, `xs` non-decreasing) reduced to ≤ 4 per column.
    static func reduce(xs: ArraySlice<Double>, ys: ArraySlice<Double>) -> [Point] {
        var out: [Point] = []
        guard let firstIndex = xs.indices.first else { return out }
        out.reserveCapacity(min(xs.count, 4096))
        var column = xs[firstIndex].rounded(.down)
        var first = firstIndex, last = firstIndex, lo = firstIndex, hi = firstIndex

        func flush() {
            var picks = [first, lo, hi, last]
            picks.sort()
            var previous = -1
            for i in picks where i != previous {
                out.append(Point(x: xs[i], y: ys[i]))
                previous = i
            }
        }

        for i in xs.indices.dropFirst() {
            let c = xs[i].rounded(.down)
            if c != column {
                flush()
                column = c
                first = i; last = i; lo = i; hi = i
                continue
            }
            last = i
            if ys[i] < ys[lo] { lo = i }
            if ys[i] > ys[hi] { hi = i }
        }
        flush()
        return out
    }
}

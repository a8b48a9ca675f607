import Foundation

/// Nice tick values at 1, 2 or 5 × 10^k, following d3-array's `ticks`, `tickIncrement` and
/// d3-scale's `nice` (same thresholds √50, √10, √2; steps below 1 kept as an inverse to avoid
/// floating error, so `ticks(0, 1, 10)` gives exactly 0.3, not 0.30000000000000004).
public enum Ticks {
    private static let e10 = 50.0.squareRoot(), e5 = 10.0.squareRoot(), e2 = 2.0.squareRoot()

    /// JavaScript's `Math.round`: halves go towards +∞.
    private static func jsRound(_ x: Double) -> Double { (x + 0.5).rounded(.down) }

    private static func spec(_ start: Double, _ stop: Double, _ count: Double) -> (i1: Double, i2: Double, inc: Double) {
        let step = (stop - start) / max(0, count)
        let power = floor(log10(step))
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = jsRound(start * inc)
            i2 = jsRound(stop * inc)
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = jsRound(start / inc)
            i2 = jsRound(stop / inc)
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        if i2 < i1, 0.5 <= count, count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, inc)
    }

    /// About `count` nice values between `start` and `stop` inclusive (in the order given).
    ///
    /// `Ticks.values(0, 10, 5)` → `[0, 2, 4, 6, 8, 10]`.
    public static func values(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 0, start.isFinite, stop.isFinite else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (i1, i2, inc) = reverse ? spec(stop, start, Double(count)) : spec(start, stop, Double(count))
        guard i2 >= i1, i2 - i1 < 100_000 else { return [] }
        let n = Int(i2 - i1) + 1
        return (0..<n).map { i in
            let k = reverse ? i2 - Double(i) : i1 + Double(i)
            return inc < 0 ? k / -inc : k * inc
        }
    }

    /// d3's `tickIncrement`: a positive step, or the negative inverse of a step below 1.
    public static func increment(_ start: Double, _ stop: Double, count: Int) -> Double {
        spec(start, stop, Double(count)).inc
    }

    /// The signed distance between adjacent ticks.
    public static func step(_ start: Double, _ stop: Double, count: Int) -> Double {
        let reverse = stop < start
        let inc = reverse ? increment(stop, start, count: count) : increment(start, stop, count: count)
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
    }

    /// d3-scale's `nice`: widens `[start, stop]` outwards to round values aligned with the ticks.
    ///
    /// `Ticks.nice(12, 87, count: 5)` → `(0, 100)`; with `count: 10` → `(10, 90)`.
    public static func nice(_ start: Double, _ stop: Double, count: Int = 10) -> (Double, Double) {
        let reverse = stop < start
        var lo = reverse ? stop : start, hi = reverse ? start : stop
        var previous: Double?
        for _ in 0..<10 {
            let step = increment(lo, hi, count: count)
            if step == previous { break }
            if step > 0 {
                lo = floor(lo / step) * step; hi = ceil(hi / step) * step
            } else if step < 0 {
                lo = ceil(lo * step) / step; hi = floor(hi * step) / step
            } else { break }
            previous = step
        }
        return reverse ? (hi, lo) : (lo, hi)
    }
}

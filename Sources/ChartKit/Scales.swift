import Foundation

/// Maps a numeric domain linearly onto a pixel range.
public struct LinearScale: Hashable, Sendable {
    public var domain: ClosedRange<Double>
    /// Pixel positions of `domain.lowerBound` and `domain.upperBound` (may be decreasing, as for y).
    public var range: (Double, Double) { (r0, r1) }
    let r0: Double, r1: Double

    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        self.domain = domain; r0 = range.0; r1 = range.1
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span != 0 else { return (r0 + r1) / 2 }
        return r0 + (value - domain.lowerBound) / span * (r1 - r0)
    }

    /// The domain value at pixel `pixel` (the inverse of the mapping); the domain's middle when
    /// the range is empty.
    public func invert(_ pixel: Double) -> Double {
        guard r1 != r0 else { return (domain.lowerBound + domain.upperBound) / 2 }
        return domain.lowerBound + (pixel - r0) / (r1 - r0) * (domain.upperBound - domain.lowerBound)
    }

    /// Nice ticks inside the domain.
    public func ticks(count: Int) -> [Double] { Ticks.values(domain.lowerBound, domain.upperBound, count: count) }

    /// The scale with its domain extended to nice values (`Ticks.nice`).
    public func niced(count: Int) -> LinearScale {
        let (lo, hi) = Ticks.nice(domain.lowerBound, domain.upperBound, count: count)
        return LinearScale(domain: lo...hi, range: (r0, r1))
    }
}

/// Maps positive values logarithmically (base 10) onto a pixel range.
public struct LogScale: Hashable, Sendable {
    public var domain: ClosedRange<Double>
    let r0: Double, r1: Double

    /// `domain` must be positive; non-positive bounds are replaced by a small positive value.
    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        let lo = max(domain.lowerBound, 1e-12)
        self.domain = lo...max(domain.upperBound, lo * 10)
        r0 = range.0; r1 = range.1
    }

    public func callAsFunction(_ value: Double) -> Double {
        guard value > 0 else { return r0 }
        let l0 = log10(domain.lowerBound), l1 = log10(domain.upperBound)
        return r0 + (log10(value) - l0) / (l1 - l0) * (r1 - r0)
    }

    /// The domain value at pixel `pixel` (the inverse of the mapping).
    public func invert(_ pixel: Double) -> Double {
        guard r1 != r0 else { return (domain.lowerBound * domain.upperBound).squareRoot() }
        let l0 = log10(domain.lowerBound), l1 = log10(domain.upperBound)
        return pow(10, l0 + (pixel - r0) / (r1 - r0) * (l1 - l0))
    }

    /// The 1-2-5 values (1, 2, 5 × 10^k) between `lo` and `hi`, ascending.
    static func oneTwoFive(_ lo: Double, _ hi: Double) -> [Double] {
        guard lo > 0, hi >= lo, lo.isFinite, hi.isFinite else { return [] }
        let k0 = Int(floor(log10(lo))) - 1, k1 = Int(ceil(log10(hi))) + 1
        guard k1 - k0 < 400 else { return [] }
        let low = lo * (1 - 1e-9), high = hi * (1 + 1e-9)
        var out: [Double] = []
        for k in k0...k1 {
            let power: Double = pow(10, Double(k))
            for m: Double in [1, 2, 5] where m * power >= low && m * power <= high { out.append(m * power) }
        }
        return out
    }

    /// The tick sets tried in order: 1-2-5 in each decade, 1-5, powers of ten, every n-th power.
    static func tickSets(_ lo: Double, _ hi: Double) -> [[Double]] {
        let all = oneTwoFive(lo, hi)
        let mantissa = { (v: Double) -> Double in (v / pow(10, floor(log10(v) + 1e-9))).rounded() }
        var sets: [[Double]] = [all, all.filter { mantissa($0) != 2 }]
        let powers = all.filter { mantissa($0) == 1 }
        sets.append(powers)
        for step in [2, 3, 5, 10, 20, 50] {
            sets.append(powers.filter { Int((log10($0)).rounded()) % step == 0 })
        }
        return sets
    }

    /// The domain widened to the ticks of the first 1-2-5 set with at most `count` ticks that
    /// reaches past both ends (0.3…205 → 0.1…500 ticked 0.1, 0.5, 1, 5, …, 500).
    public func niced(count: Int = 10) -> LogScale {
        let lo = domain.lowerBound, hi = domain.upperBound
        for set in Self.tickSets(lo / 1000, hi * 1000) {
            guard let below = set.last(where: { $0 <= lo * (1 + 1e-9) }), let above = set.first(where: { $0 >= hi * (1 - 1e-9) })
            else { continue }
            if set.filter({ $0 >= below && $0 <= above }).count <= max(2, count) {
                return LogScale(domain: below...max(above, below * 10), range: (r0, r1))
            }
        }
        let below = Self.oneTwoFive(lo / 10, lo).last ?? lo
        let above = Self.oneTwoFive(hi, hi * 10).first ?? hi
        return LogScale(domain: below...above, range: (r0, r1))
    }

    /// At most `count` ticks at 1-2-5 values: 1, 2 and 5 in each decade when they fit, else 1 and
    /// 5 (2 and 10 when that gives more), else the powers of ten (every second or fifth one for
    /// very wide domains). A domain too narrow to hold two such values gets plain nice steps.
    public func ticks(count: Int = 10) -> [Double] {
        let lo = domain.lowerBound, hi = domain.upperBound
        let limit = max(2, count)
        let candidates = Self.tickSets(lo, hi)
        if let fit = candidates.first(where: { $0.count >= 2 && $0.count <= limit }) { return fit }
        if let fewest = candidates.last(where: { $0.count >= 2 }) { return fewest }
        return Ticks.values(lo, hi, count: min(limit, 5)).filter { $0 > 0 }
    }
}

/// Places categories in equal bands with padding between them.
public struct BandScale: Hashable, Sendable {
    public var categories: [String]
    public var padding: Double
    let r0: Double, r1: Double

    public init(categories: [String], range: (Double, Double), padding: Double = 0.2) {
        self.categories = categories; self.padding = padding; r0 = range.0; r1 = range.1
    }

    /// Width of one band including its share of padding.
    public var step: Double { (r1 - r0) / Double(max(categories.count, 1)) }
    /// Width of the drawn part of a band.
    public var bandwidth: Double { step * (1 - padding) }

    /// Centre of the band of `category`, nil when unknown.
    public func center(of category: String) -> Double? {
        guard let i = categories.firstIndex(of: category) else { return nil }
        return r0 + (Double(i) + 0.5) * step
    }
}

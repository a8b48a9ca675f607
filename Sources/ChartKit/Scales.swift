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

    /// The domain widened to whole powers of ten.
    public func niced() -> LogScale {
        LogScale(domain: pow(10, floor(log10(domain.lowerBound)))...pow(10, ceil(log10(domain.upperBound))), range: (r0, r1))
    }

    /// Powers of ten in the domain, with 2× and 5× steps added when there are fewer than three.
    public func ticks() -> [Double] {
        let lo = Int(floor(log10(domain.lowerBound))), hi = Int(ceil(log10(domain.upperBound)))
        let inside = { (v: Double) in v >= self.domain.lowerBound * (1 - 1e-9) && v <= self.domain.upperBound * (1 + 1e-9) }
        let powers = (lo...hi).map { pow(10, Double($0)) }.filter(inside)
        if powers.count >= 3 { return powers }
        return (lo...hi).flatMap { k in [1.0, 2, 5].map { $0 * pow(10, Double(k)) } }.filter(inside)
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

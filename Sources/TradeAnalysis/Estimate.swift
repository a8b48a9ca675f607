import TradeData

/// A derived figure with the uncertainty of its inputs carried along: a central value and, when the
/// inputs were ranges or bounds, the interval it lies in.
///
/// `low == nil` means "no lower limit is known" (for example growth measured against a lower bound),
/// and likewise for `high`. For a plain figure both ends equal `value`.
///
/// ```swift
/// let e = Estimate(Quantity(low: 1.1e9, high: 1.2e9))   // value 1.15e9, low 1.1e9, high 1.2e9
/// ```
public struct Estimate: Hashable, Sendable, Codable {
    /// The central figure.
    public var value: Double
    /// The smallest value consistent with the inputs, nil when unbounded.
    public var low: Double?
    /// The largest value consistent with the inputs, nil when unbounded.
    public var high: Double?
    /// True when an input was stated as approximate ("about 1 billion").
    public var isApproximate: Bool

    /// A plain figure.
    public init(_ value: Double, isApproximate: Bool = false) {
        self.init(value: value, low: value, high: value, isApproximate: isApproximate)
    }

    /// A figure with explicit limits.
    public init(value: Double, low: Double?, high: Double?, isApproximate: Bool = false) {
        self.value = value
        self.low = low
        self.high = high
        self.isApproximate = isApproximate
    }

    /// The figure a source states, with its qualifier turned into limits.
    public init(_ quantity: Quantity) {
        switch quantity.qualifier {
        case .exact: self.init(quantity.value)
        case .approximate: self.init(quantity.value, isApproximate: true)
        case .atLeast: self.init(value: quantity.value, low: quantity.low ?? quantity.value, high: nil)
        case .atMost: self.init(value: quantity.value, low: nil, high: quantity.high ?? quantity.value)
        case .range: self.init(value: quantity.value, low: quantity.low, high: quantity.high)
        }
    }

    /// True when the figure has no spread: both limits equal the central value.
    public var isPoint: Bool { low == value && high == value }

    /// True when at least one limit is missing (the figure came from a bound).
    public var isBound: Bool { low == nil || high == nil }

    /// Applies an increasing function to the value and both limits.
    public func mapIncreasing(_ f: (Double) -> Double) -> Estimate {
        Estimate(value: f(value), low: low.map(f), high: high.map(f), isApproximate: isApproximate)
    }

    /// Applies a decreasing function: the limits swap.
    public func mapDecreasing(_ f: (Double) -> Double) -> Estimate {
        Estimate(value: f(value), low: high.map(f), high: low.map(f), isApproximate: isApproximate)
    }

    /// The quotient `self / other` for positive figures, with interval limits.
    public func divided(by other: Estimate) -> Estimate {
        let low: Double? = {
            guard let a = self.low, let d = other.high, d > 0 else { return nil }
            return a / d
        }()
        let high: Double? = {
            guard let b = self.high, let c = other.low, c > 0 else { return nil }
            return b / c
        }()
        return Estimate(
            value: value / other.value, low: low, high: high,
            isApproximate: isApproximate || other.isApproximate
        )
    }

    /// The difference `self - other`, with interval limits.
    public func minus(_ other: Estimate) -> Estimate {
        let low: Double? = {
            guard let a = self.low, let d = other.high else { return nil }
            return a - d
        }()
        let high: Double? = {
            guard let b = self.high, let c = other.low else { return nil }
            return b - c
        }()
        return Estimate(
            value: value - other.value, low: low, high: high,
            isApproximate: isApproximate || other.isApproximate
        )
    }
}

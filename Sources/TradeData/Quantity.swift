/// A number as a source states it: exact, approximate (`~1000`), a bound (`>1000`, `<50`) or a
/// range (`1100..1200`). Values are in base units (USD, not millions).
public struct Quantity: Hashable, Sendable {
    public enum Qualifier: String, Hashable, Sendable, CaseIterable, Codable {
        case exact
        case approximate
        /// A lower bound: "more than".
        case atLeast
        /// An upper bound: "less than".
        case atMost
        case range
    }

    /// The central value: the stated figure, or a range's midpoint.
    public let value: Double
    /// Lower end for ranges and lower bounds.
    public let low: Double?
    /// Upper end for ranges and upper bounds.
    public let high: Double?
    public let qualifier: Qualifier

    public init(_ value: Double, qualifier: Qualifier = .exact) {
        self.value = value
        self.qualifier = qualifier
        switch qualifier {
        case .atLeast: (low, high) = (value, nil)
        case .atMost: (low, high) = (nil, value)
        default: (low, high) = (nil, nil)
        }
    }

    /// A range `low...high`; its central value is the midpoint.
    public init(low: Double, high: Double) {
        self.low = min(low, high)
        self.high = max(low, high)
        self.value = (low + high) / 2
        self.qualifier = .range
    }

    public static func exact(_ value: Double) -> Quantity { Quantity(value) }

    /// True when the figure is not a plain stated number.
    public var isQualified: Bool { qualifier != .exact }

    /// The same quantity with every figure multiplied by `factor` (unit conversion).
    public func scaled(by factor: Double) -> Quantity {
        switch qualifier {
        case .range: Quantity(low: (low ?? value) * factor, high: (high ?? value) * factor)
        default: Quantity(value * factor, qualifier: qualifier)
        }
    }
}

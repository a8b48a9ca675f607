import TradeData

/// Exports minus imports for one period, marked approximate when its parts are: approximate or
/// qualified themselves, or rounded so that they do not add up to the period's total.
public struct BalanceFigure: Hashable, Sendable, Codable {
    public enum Reason: String, Hashable, Sendable, Codable {
        /// An export or import figure is approximate, a bound or a range.
        case partsQualified
        /// Exports + imports differ from the preferred total of the period by more than 0.1 %
        /// (rounded parts, or parts from another source).
        case partsDisagreeWithTotal
    }

    public var period: String
    public var balance: Estimate
    public var exports: Double
    public var imports: Double
    /// The preferred two-way total of the period, when the dataset has one.
    public var total: Double?
    /// True when `reasons` is not empty: the balance reads "about".
    public var approximate: Bool
    public var reasons: [Reason]
}

extension Metrics {
    /// The balance of every period both series report (preferred figures), with its qualifiers.
    public static func balanceFigures(exports: Series, imports: Series, total: Series?) -> [BalanceFigure] {
        exports.preferredObservations.compactMap { export in
            guard let imported = imports.preferred(at: export.period) else { return nil }
            var reasons: [BalanceFigure.Reason] = []
            if export.quantity.isQualified || imported.quantity.isQualified { reasons.append(.partsQualified) }
            let whole = total?.preferred(at: export.period)
            if let whole, whole.value > 0, abs(export.value + imported.value - whole.value) > 0.001 * whole.value {
                reasons.append(.partsDisagreeWithTotal)
            }
            var balance = Estimate(export.quantity).minus(Estimate(imported.quantity))
            if !reasons.isEmpty { balance.isApproximate = true }
            return BalanceFigure(period: export.period.description, balance: balance, exports: export.value, imports: imported.value,
                                 total: whole?.value, approximate: !reasons.isEmpty, reasons: reasons)
        }
    }
}

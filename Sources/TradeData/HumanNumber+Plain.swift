import Foundation

/// The plain (English, locale-free) numbers of terminal tables, CSV notes and analysis
/// descriptions. Localised briefing numbers are formatted in TradeCharts over ChartKit's
/// `ValueFormat`; these are the one home of the plain ones.
extension HumanNumber {
    /// `0.2953` → `29.5%`; `n/a` for nil or a non-finite value.
    public static func percent(_ fraction: Double?) -> String {
        guard let fraction, fraction.isFinite else { return "n/a" }
        return String(format: "%.1f%%", fraction * 100)
    }

    /// `2.246e9` → `2.246 billion USD` with `digits` decimals.
    public static func billions(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f billion USD", value / 1e9)
    }

    /// `5e9` → `5.00 billion USD`; `8.5e8` → `850.0 million USD`.
    public static func money(_ value: Double, unit: Bool = true) -> String {
        let suffix = unit ? " USD" : ""
        return abs(value) >= 1e9 ? String(format: "%.2f billion%@", value / 1e9, suffix)
            : String(format: "%.1f million%@", value / 1e6, suffix)
    }

    /// `2.0` → `2`, `1.5` → `1.5`.
    public static func shortest(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.0f", value) : String(format: "%g", value)
    }

    /// `10000` → `10,000`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        let groups = stride(from: digits.count, to: 0, by: -3).map { end in
            String(digits[digits.index(digits.startIndex, offsetBy: max(end - 3, 0))..<digits.index(digits.startIndex, offsetBy: end)])
        }
        return (value < 0 ? "-" : "") + groups.reversed().joined(separator: ",")
    }
}

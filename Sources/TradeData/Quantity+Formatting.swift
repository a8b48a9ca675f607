import NumberText

/// Quantities in human units for terminal tables and messages: `2.98 billion`, `590.3 million`,
/// `1,160`, over NumberText's plain numbers (`HumanNumber`).
///
/// Billions keep two to three decimals, millions one to two, smaller numbers up to two;
/// digits are grouped with commas (English convention, deterministic, no locale).
extension HumanNumber {
    /// A value split into its number and scale word (`("2.98", "billion")`), for aligned columns.
    public static func parts(_ value: Double, unit: MeasureUnit) -> (number: String, scale: String) {
        let (factor, scale, minDigits, maxDigits) = magnitude(of: value, unit: unit)
        return (grouped(value / factor, min: minDigits, max: maxDigits), scale)
    }

    /// `2.98 billion USD`, `590.3 million USD`, `1,160`.
    public static func format(_ value: Double, unit: MeasureUnit) -> String {
        let (number, scale) = parts(value, unit: unit)
        return [number, scale, unit == .usd ? "USD" : ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A quantity with its qualifier, number and scale: `~1.70`, `> 1.00`, `1.10–1.20` with the
    /// scale of the larger figure, so a range reads `1.10–1.20 billion`.
    public static func parts(_ quantity: Quantity, unit: MeasureUnit) -> (number: String, scale: String) {
        let reference = quantity.high ?? quantity.value
        let (factor, scale, minDigits, maxDigits) = magnitude(of: reference, unit: unit)
        func text(_ v: Double) -> String { grouped(v / factor, min: minDigits, max: maxDigits) }
        switch quantity.qualifier {
        case .exact: return (text(quantity.value), scale)
        case .approximate: return ("~" + text(quantity.value), scale)
        case .atLeast: return ("> " + text(quantity.low ?? quantity.value), scale)
        case .atMost: return ("< " + text(quantity.high ?? quantity.value), scale)
        case .range: return (text(quantity.low ?? quantity.value) + "–" + text(quantity.high ?? quantity.value), scale)
        }
    }

    /// A quantity in words with its unit: `~1.70 billion USD`.
    public static func format(_ quantity: Quantity, unit: MeasureUnit) -> String {
        let (number, scale) = parts(quantity, unit: unit)
        return [number, scale, unit == .usd ? "USD" : ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func magnitude(of value: Double, unit: MeasureUnit) -> (Double, String, Int, Int) {
        guard unit == .usd else { return (1, "", 0, 2) }
        switch abs(value) {
        case 1e9...: return (1e9, "billion", 2, 3)
        case 1e6...: return (1e6, "million", 1, 2)
        default: return (1, "", 0, 2)
        }
    }
}

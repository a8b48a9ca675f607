/// Reads a stated figure with its qualifier: `2980`, `~1700` (or `≈1700`), `>1000` (`≥`, `>=`),
/// `<50` (`≤`, `<=`), and ranges `1100..1200` (or `1100–1200` with an en dash). A plain hyphen
/// is not a range mark, because it reads as a minus sign.
public enum ValueParser {
    /// What a value field may look like, for error messages.
    public static let suggestion = "a number such as 2980, 2,98, ~1700, >1000 or 1100..1200"

    /// The quantity in the unit the file states (not yet scaled), or nil when malformed.
    public static func parse(_ raw: String, convention: NumberConvention = .automatic) -> Quantity? {
        let text = raw.trimmingSpaces
        for mark in ["..", "–", "—"] {
            guard let range = text.range(of: mark) else { continue }
            guard let low = NumberParser.parse(String(text[..<range.lowerBound]), convention: convention),
                  let high = NumberParser.parse(String(text[range.upperBound...]), convention: convention)
            else { return nil }
            return Quantity(low: low, high: high)
        }
        let prefixes: [(String, Quantity.Qualifier)] = [
            (">=", .atLeast), ("<=", .atMost), ("≥", .atLeast), ("≤", .atMost),
            (">", .atLeast), ("<", .atMost), ("~", .approximate), ("≈", .approximate),
        ]
        for (prefix, qualifier) in prefixes where text.hasPrefix(prefix) {
            return NumberParser.parse(String(text.dropFirst(prefix.count)), convention: convention)
                .map { Quantity($0, qualifier: qualifier) }
        }
        return NumberParser.parse(text, convention: convention).map { Quantity($0) }
    }
}

/// Which character a file uses for decimals, when the file tells (a semicolon-delimited export
/// from a Vietnamese or European spreadsheet writes decimal commas).
public enum NumberConvention: Sendable, Hashable {
    /// Decide from the number itself (see `NumberParser`).
    case automatic
    /// `,` is the decimal separator and `.` groups thousands: `2,98`, `1.234,5`.
    case decimalComma
    /// `.` is the decimal separator and `,` groups thousands: `2.98`, `1,234.5`.
    case decimalPoint
}

/// Reads numbers as spreadsheets write them: `2980`, `2.98`, `2,98`, `1,234.5`, `1.234,5`,
/// `1 234,5` (spaces, no-break spaces or thin spaces group thousands), with an optional sign.
///
/// When both `.` and `,` appear, the last one is the decimal separator. A lone separator is
/// ambiguous; the rule is:
/// - several of the same separator group thousands: `1,234,567` and `1.234.567` are 1234567;
/// - with `.decimalComma` (semicolon-delimited files) a lone `,` is decimal and a lone `.`
///   followed by exactly three digits groups thousands (`2.980` is 2980, `2.5` is 2.5);
/// - with `.decimalPoint` a lone `.` is decimal and a lone `,` groups thousands;
/// - with `.automatic` (comma-delimited files, JSON strings, YAML) a lone `.` is decimal; a lone
///   `,` groups thousands only when exactly three digits follow and one to three non-zero-led
///   digits precede it (`1,234` is 1234), otherwise it is decimal (`2,98` is 2.98, `0,125` is 0.125).
///
/// ```swift
/// NumberParser.parse("2,98")      // 2.98
/// NumberParser.parse("1.234,5")   // 1234.5
/// NumberParser.parse("1,234")     // 1234
/// ```
public enum NumberParser {
    /// Parses with the `.automatic` convention; nil when the text is not a number.
    public static func parse(_ text: String) -> Double? { parse(text, convention: .automatic) }

    /// Parses with a file's convention; nil when the text is not a number.
    public static func parse(_ text: String, convention: NumberConvention) -> Double? {
        var body = text.trimmingSpaces.filter { !$0.isWhitespace }
        var sign = 1.0
        if let first = body.first, "+-−".contains(first) {
            if first != "+" { sign = -1 }
            body.removeFirst()
        }
        guard !body.isEmpty else { return nil }
        if body.contains(where: { $0 == "e" || $0 == "E" }) {
            // Scientific notation as programs write it: plain ASCII, decimal point only.
            guard !body.contains(","), let value = Double(body), value.isFinite else { return nil }
            return sign * value
        }
        guard body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) else { return nil }
        let commas = body.filter { $0 == "," }.count
        let dots = body.filter { $0 == "." }.count
        let decimal: Character?
        switch (commas, dots) {
        case (0, 0): decimal = nil
        case (_, 0) where commas > 1: decimal = nil
        case (0, _) where dots > 1: decimal = nil
        case (1, 0): decimal = lone(",", in: body, convention: convention) ? nil : ","
        case (0, 1): decimal = lone(".", in: body, convention: convention) ? nil : "."
        default: decimal = body.last { $0 == "," || $0 == "." }
        }
        return assemble(body, decimal: decimal).map { sign * $0 }
    }

    /// True when a single separator groups thousands rather than marking decimals.
    private static func lone(_ separator: Character, in body: String, convention: NumberConvention) -> Bool {
        let parts = body.split(separator: separator, omittingEmptySubsequences: false)
        let looksGrouped = parts.count == 2 && parts[1].count == 3 && (1...3).contains(parts[0].count)
            && parts[0].first != "0"
        switch (convention, separator) {
        case (.decimalComma, ","), (.decimalPoint, "."), (.automatic, "."): return false
        case (.decimalComma, _), (.automatic, _): return looksGrouped
        case (.decimalPoint, _): return true
        }
    }

    /// Checks the thousands grouping and builds the value with `decimal` as the decimal mark.
    private static func assemble(_ body: String, decimal: Character?) -> Double? {
        var integerPart = Substring(body)
        var fraction = Substring("")
        if let decimal, let index = body.lastIndex(of: decimal) {
            integerPart = body[..<index]
            fraction = body[body.index(after: index)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        let groups = integerPart.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        if groups.count > 1 {
            guard let head = groups.first, (1...3).contains(head.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        guard digits.allSatisfy(\.isASCIIDigit), !(digits.isEmpty && fraction.isEmpty) else { return nil }
        // Hundreds of digits overflow to infinity: not a number a file can mean.
        return Double("\(digits.isEmpty ? "0" : digits).\(fraction.isEmpty ? "0" : fraction)").flatMap { $0.isFinite ? $0 : nil }
    }
}

/// The plain numbers of terminal tables, CSV notes, messages and analysis figures: English
/// convention (comma groups, point decimals), fixed decimals, the minus sign U+2212 as every
/// number tradechart writes for people. The same family as `ValueFormat` (the localised,
/// trimmed numbers of charts and reports): both write through `ValueFormat.decimal`, so a
/// number reads the same in a table and on a chart.
///
/// ```swift
/// HumanNumber.percent(-0.094)        // "−9.4%"
/// HumanNumber.money(5e9)             // "5.00 billion USD"
/// HumanNumber.grouped(1234.5, min: 1, max: 2)   // "1,234.5"
/// ```
public enum HumanNumber {
    /// `1234.5` → `1,234.5`, rounded to `max` decimals (halves away from zero), trailing zeros
    /// kept down to `min`; beyond 10^15 or not finite, the value in plain scientific text.
    public static func grouped(_ value: Double, min minDigits: Int, max maxDigits: Int) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
        var text = ValueFormat.decimal(value, decimals: maxDigits, locale: .en)
        guard let point = text.firstIndex(of: ".") else { return text }
        var kept = text.distance(from: point, to: text.endIndex) - 1
        while kept > minDigits, text.hasSuffix("0") { text.removeLast(); kept -= 1 }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `value` with exactly `decimals` decimals: `1.836` → `1.84` (decimals 2).
    public static func fixed(_ value: Double, decimals: Int) -> String {
        grouped(value, min: decimals, max: decimals)
    }

    /// `0.2953` → `29.5%` (`decimals` 1), `0.5` → `50%` (0); `n/a` for nil or a non-finite value.
    public static func percent(_ fraction: Double?, decimals: Int = 1) -> String {
        guard let fraction, fraction.isFinite else { return "n/a" }
        return fixed(fraction * 100, decimals: decimals) + "%"
    }

    /// `2.246e9` → `2.246 billion USD` with `digits` decimals.
    public static func billions(_ value: Double, digits: Int) -> String {
        fixed(value / 1e9, decimals: digits) + " billion USD"
    }

    /// `5e9` → `5.00 billion USD`; `8.5e8` → `850.0 million USD`; without `unit`, no " USD".
    public static func money(_ value: Double, unit: Bool = true) -> String {
        let suffix = unit ? " USD" : ""
        return abs(value) >= 1e9 ? fixed(value / 1e9, decimals: 2) + " billion" + suffix
            : fixed(value / 1e6, decimals: 1) + " million" + suffix
    }

    /// `2.0` → `2`, `1.5` → `1.5`: as few decimals as the value needs (up to six).
    public static func shortest(_ value: Double) -> String {
        grouped(value, min: 0, max: 6)
    }

    /// `10000` → `10,000`; `-5` → `−5`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (value < 0 ? ValueFormat.minus : "") + out
    }
}

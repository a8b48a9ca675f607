import Foundation

/// How a value is written.
public enum NumberStyle: Hashable, Sendable {
    /// A plain grouped number: en "2,980", vi "2.980".
    case number
    /// An amount in `unit` with a magnitude word from a million up: en "2.98 billion USD".
    case currency(String)
    /// A fraction as a percentage: 0.327 → en "32.7%", vi "32,7%".
    case percent
    /// A fraction as a signed percentage: 0.327 → "+32.7%", −0.05 → "−5%".
    case signedPercent
    /// Short magnitudes: en "2.98B", "450M", "12.5K" (never "G"); vi "2,98 tỷ", "450 triệu".
    case compact
}

/// Powers of a thousand with their words per language.
public enum Magnitude: Int, Sendable, CaseIterable, Comparable {
    case unit = 0, thousand = 3, million = 6, billion = 9, trillion = 12

    public static func < (a: Magnitude, b: Magnitude) -> Bool { a.rawValue < b.rawValue }

    public var divisor: Double { pow(10, Double(rawValue)) }

    /// The largest magnitude not exceeding `abs(value)`.
    public static func of(_ value: Double) -> Magnitude {
        allCases.last { abs(value) >= $0.divisor } ?? .unit
    }

    /// "billion" / "tỷ"; empty for `.unit`.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.unit, _): return ""
        case (.thousand, .en): return "thousand"
        case (.million, .en): return "million"
        case (.billion, .en): return "billion"
        case (.trillion, .en): return "trillion"
        case (.thousand, .vi): return "nghìn"
        case (.million, .vi): return "triệu"
        case (.billion, .vi): return "tỷ"
        case (.trillion, .vi): return "nghìn tỷ"
        }
    }

    /// "B" in English compact style (never SI "G"); Vietnamese keeps the word.
    func compactSuffix(_ language: Language) -> String {
        guard language == .en else { return self == .unit ? "" : " " + word(language) }
        switch self {
        case .unit: return ""
        case .thousand: return "K"
        case .million: return "M"
        case .billion: return "B"
        case .trillion: return "T"
        }
    }
}

/// Locale-aware number formatting for chart labels, deterministic and independent of the
/// process locale.
public enum ValueFormat {
    /// The minus sign used in labels (U+2212, as in typeset tables).
    public static let minus = "\u{2212}"

    /// Formats `value` in `style` for `locale`.
    ///
    /// `format(2.98e9, locale: .vi, style: .currency("USD"))` → `"2,98 tỷ USD"`.
    public static func format(_ value: Double, locale: Language, style: NumberStyle) -> String {
        guard value.isFinite else { return "–" }
        switch style {
        case .number:
            return decimal(value, decimals: autoDecimals(value), locale: locale, trim: true)
        case .currency(let unit):
            let text = abs(value) >= 1e6 ? scaled(value, locale: locale, suffix: { " " + $0.word(locale) })
                : decimal(value, decimals: autoDecimals(value), locale: locale, trim: true)
            return unit.isEmpty ? text : text + " " + unit
        case .compact:
            return abs(value) >= 1e3 ? scaled(value, locale: locale, suffix: { $0.compactSuffix(locale) })
                : decimal(value, decimals: autoDecimals(value), locale: locale, trim: true)
        case .percent:
            return decimal(value * 100, decimals: 1, locale: locale, trim: true) + "%"
        case .signedPercent:
            let text = decimal(value * 100, decimals: 1, locale: locale, trim: true) + "%"
            return value * 100 >= 0.05 ? "+" + text : text
        }
    }

    /// A number with exactly `decimals` decimals (or up to, when `trim`), grouped by thousands.
    public static func decimal(_ value: Double, decimals: Int, locale: Language, trim: Bool = false) -> String {
        let d = max(0, min(decimals, 10))
        let factor = pow(10, Double(d))
        var text = String(format: "%.\(d)f", (abs(value) * factor).rounded() / factor)  // halves away from zero
        if trim, text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integer = group(String(parts[0]), separator: locale == .vi ? "." : ",")
        let fraction = parts.count > 1 ? (locale == .vi ? "," : ".") + parts[1] : ""
        let isZero = text.allSatisfy { $0 == "0" || $0 == "." }
        return (value < 0 && !isZero ? minus : "") + integer + fraction
    }

    /// Decimals for about three significant digits, at most two.
    static func autoDecimals(_ value: Double) -> Int {
        let a = abs(value)
        return a >= 100 ? 0 : a >= 10 ? 1 : 2
    }

    private static func scaled(_ value: Double, locale: Language, suffix: (Magnitude) -> String) -> String {
        var magnitude = Magnitude.of(value)
        var x = value / magnitude.divisor
        let d = autoDecimals(x)
        if abs((x * pow(10, Double(d))).rounded() / pow(10, Double(d))) >= 1000, magnitude < .trillion {
            magnitude = Magnitude(rawValue: magnitude.rawValue + 3) ?? magnitude
            x = value / magnitude.divisor
        }
        return decimal(x, decimals: autoDecimals(x), locale: locale, trim: true) + suffix(magnitude)
    }

    private static func group(_ digits: String, separator: String) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return out
    }
}

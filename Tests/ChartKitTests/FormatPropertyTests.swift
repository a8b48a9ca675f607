import Foundation
import PropertyBased
import Testing
@testable import ChartKit
import NumberText

@Suite("Number format round trips")
struct FormatPropertyTests {
    /// Reads a label back the way a reader of `locale` would: group and decimal separators,
    /// U+2212 minus, magnitude words, a trailing unit or "%".
    static func parse(_ text: String, locale: Language) -> Double? {
        let (group, point): (Character, Character) = locale == .vi ? (".", ",") : (",", ".")
        let words: [(String, Double)] = locale == .vi
            ? [("nghìn tỷ", 1e12), ("tỷ", 1e9), ("triệu", 1e6), ("nghìn", 1e3)]
            : [("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3)]
        var s = text
        var factor = 1.0
        if s.hasSuffix(" USD") { s.removeLast(4) }
        if s.hasSuffix("%") { s.removeLast(); factor = 0.01 }
        for (word, value) in words where s.hasSuffix(" " + word) {
            s.removeLast(word.count + 1); factor *= value
            break
        }
        var sign = 1.0
        if s.hasPrefix(ValueFormat.minus) { s.removeFirst(); sign = -1 }
        guard s.allSatisfy({ $0.isNumber || $0 == group || $0 == point }) else { return nil }
        let plain = String(s.filter { $0 != group }.map { $0 == point ? "." : $0 })
        return Double(plain).map { sign * $0 * factor }
    }

    /// Digits shown after the decimal separator.
    static func shownDecimals(_ text: String, locale: Language) -> Int {
        let point: Character = locale == .vi ? "," : "."
        guard let i = text.firstIndex(of: point) else { return 0 }
        return text[text.index(after: i)...].prefix { $0.isNumber }.count
    }

    @Test("decimal(): parsed back equals the value within half a unit of the last shown decimal, en and vi")
    func decimals() async {
        await propertyCheck(count: 400, input: Gen.double(in: -10...10), Gen.int(in: -4...14), Gen.int(in: 0...6)) { m, e, d in
            let value = m * pow(10, Double(e))
            for locale in Language.allCases {
                let text = ValueFormat.decimal(value, decimals: d, locale: locale)
                guard let back = Self.parse(text, locale: locale) else {
                    Issue.record("'\(text)' does not parse for \(locale)")
                    continue
                }
                #expect(Self.shownDecimals(text, locale: locale) == d)
                #expect(abs(back - value) <= 0.5 * pow(10, -Double(d)) * (1 + 1e-9) + abs(value) * 1e-15, "\(value) → '\(text)' → \(back)")
            }
        }
    }

    @Test("currency and percent labels read back within their shown precision, en and vi")
    func styles() async {
        await propertyCheck(count: 400, input: Gen.double(in: -10...10), Gen.int(in: -2...13)) { m, e in
            let value = m * pow(10, Double(e))
            for locale in Language.allCases {
                for style in [NumberStyle.currency("USD"), .percent, .number] {
                    let text = ValueFormat.format(value, locale: locale, style: style)
                    guard let back = Self.parse(text, locale: locale) else {
                        Issue.record("'\(text)' does not parse for \(locale)")
                        continue
                    }
                    // The unit of the last shown digit, times the magnitude word.
                    let shown = Self.shownDecimals(text, locale: locale)
                    let word = abs(back) > 0 && abs(value) >= 1e6 && style == .currency("USD")
                        ? Magnitude.of(abs(back) * (1 + 1e-12)).divisor : 1
                    let percent = style == .percent ? 0.01 : 1
                    let bound = 0.5 * pow(10, -Double(shown)) * word * percent * (1 + 1e-9) + abs(value) * 1e-12
                    #expect(abs(back - value) <= bound, "\(value) → '\(text)' → \(back)")
                }
            }
        }
    }
}

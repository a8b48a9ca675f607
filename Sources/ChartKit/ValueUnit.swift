import Foundation
import NumberText

/// A unit as spreadsheets write it in a unit column: a scale word and the unit proper, in
/// English or Vietnamese, in either order: "triệu USD" (× 10⁶, "USD"), "million USD",
/// "USD million", "tỷ đồng", "thousand tonnes", "USD" (× 1), "nghìn" (× 10³, no unit).
///
/// ```swift
/// ValueUnit(parsing: "triệu USD")  // multiplier 1e6, unit "USD"
/// ```
public struct ValueUnit: Hashable, Sendable {
    /// The factor from the written numbers to base units (2,980 "triệu USD" → 2.98e9 USD).
    public var multiplier: Double
    /// The base unit ("USD"); empty when the text is only a scale word.
    public var unit: String

    public init(multiplier: Double, unit: String) { self.multiplier = multiplier; self.unit = unit }

    /// Scale words (NumberText's one table), longest first so "nghìn tỷ" wins over "nghìn". Single
    /// letters are left out: in a unit column "m" may be metres.
    static let scaleWords: [(String, Double)] = ScaleWord.all.filter { !$0.isLetter }.map { ($0.text, $0.factor) }

    /// The unit written in `text`; nil when it is empty.
    public init?(parsing text: String) {
        let words = nfc(text).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        guard !words.isEmpty else { return nil }
        for (word, factor) in Self.scaleWords {
            let parts = word.split(separator: " ").map(String.init)
            let lowered = words.map { $0.lowercased() }
            if lowered.prefix(parts.count).elementsEqual(parts) {
                self.init(multiplier: factor, unit: words.dropFirst(parts.count).joined(separator: " "))
                return
            }
            if lowered.count > parts.count, lowered.suffix(parts.count).elementsEqual(parts) {
                self.init(multiplier: factor, unit: words.dropLast(parts.count).joined(separator: " "))
                return
            }
        }
        self.init(multiplier: 1, unit: words.joined(separator: " "))
    }

    /// The unit a column header states in brackets at its end: "total (billion USD)" is
    /// ("total", × 10⁹ USD), "xuất khẩu [triệu USD]" ("xuất khẩu", × 10⁶ USD). Nil when the header
    /// states none (or only "%").
    public static func header(_ name: String) -> (label: String, unit: ValueUnit)? {
        let text = nfc(name).trimmingCharacters(in: .whitespaces)
        for (open, close) in [("(", ")"), ("[", "]")] where text.hasSuffix(close) {
            guard let start = text.range(of: open, options: .backwards) else { continue }
            let inner = text[start.upperBound..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
            let label = text[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
            guard !inner.isEmpty, inner != "%", !label.isEmpty, let unit = ValueUnit(parsing: inner) else { continue }
            return (label, unit)
        }
        return nil
    }

    /// Column names that hold a table's unit: "unit", "units", "đơn vị" (case-insensitive).
    static let columnNames: Set<String> = ["unit", "units", "đơn vị", "don vi", "đvt"]

    /// The unit of `table`: from its unit column when every non-empty cell says the same thing.
    static func of(_ table: DataTable) -> ValueUnit? {
        guard let column = table.columnNames.first(where: { columnNames.contains(nfc($0).lowercased().trimmingCharacters(in: .whitespaces)) }),
              let cells = table.strings(column) else { return nil }
        let distinct = Set(cells.map { nfc($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        guard distinct.count == 1, let only = distinct.first else { return nil }
        return ValueUnit(parsing: only)
    }
}
